using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>
/// Collects validation errors per request field; answered as one RFC 9457 validation problem. Messages are written
/// for the person at the page (Chinese, naming the field as the page labels it and what to enter); the keys under
/// <c>errors</c> stay the request's field names for API callers.
/// </summary>
public sealed class RequestErrors
{
    private static readonly Dictionary<string, string> s_labels = new(StringComparer.Ordinal)
    {
        ["chain"] = "产业链", ["segment"] = "环节", ["anchor"] = "链主企业", ["direction"] = "方向", ["region"] = "地区",
        ["tags"] = "标签", ["size"] = "规模", ["top"] = "数量", ["name"] = "名称", ["date"] = "日期", ["attendees"] = "参会企业",
        ["file"] = "上传的名单文件", ["enterpriseKey"] = "企业", ["q"] = "查询内容", ["limit"] = "条数", ["format"] = "导出格式",
        ["userName"] = "用户名", ["password"] = "密码", ["action"] = "校正方式", ["weight"] = "权重", ["reason"] = "依据",
        ["query"] = "名单的查询条件", ["idOrName"] = "企业", ["code"] = "企业代码",
    };

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>How the page names a request field (产业链 for <c>chain</c>); the field itself when it has no label.</summary>
    public static string Label(string field) => s_labels.GetValueOrDefault(field, field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>A required text field: present, not blank, at most <paramref name="maxLength"/> characters.</summary>
    public void Require(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"请填写{Label(field)}。");
        }
        else
        {
            MaxLength(value, field, maxLength);
        }
    }

    public void MaxLength(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{Label(field)}最多 {maxLength} 个字，现在是 {value.Length} 个，请缩短。");
        }
    }

    public void Range(int value, string field, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, $"{Label(field)}应在 {min} 到 {max} 之间，现在是 {value}。");
        }
    }

    public ValidationProblem ToResult() => TypedResults.ValidationProblem(
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()),
        title: "填写的内容有误",
        detail: "请按提示修改后再提交。");
}
