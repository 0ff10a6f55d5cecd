using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Collects validation errors per request field; answered as one RFC 9457 validation problem.</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

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
            Add(field, $"'{field}' is required.");
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
            Add(field, $"'{field}' has {value.Length} characters; at most {maxLength} are allowed.");
        }
    }

    public void Range(int value, string field, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, $"'{field}' is {value}; it must be between {min} and {max}.");
        }
    }

    public ValidationProblem ToResult() => TypedResults.ValidationProblem(
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()),
        title: "请求内容有误",
        detail: "请按下列提示修改后重试。");
}
