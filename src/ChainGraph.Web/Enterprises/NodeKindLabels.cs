using ChainGraph.Core.Model;

namespace ChainGraph.Web.Enterprises;

/// <summary>Chinese names of node kinds for tables, tooltips and graph legends.</summary>
public static class NodeKindLabels
{
    public static string Of(NodeKind kind) => kind switch
    {
        NodeKind.Chain => "产业链",
        NodeKind.Segment => "环节",
        NodeKind.Enterprise => "企业",
        NodeKind.Industry => "行业",
        NodeKind.Product => "产品",
        NodeKind.Region => "地区",
        NodeKind.Fund => "基金",
        NodeKind.Event => "对接会",
        NodeKind.Patent => "专利",
        NodeKind.Source => "文件",
        _ => "其他",
    };
}
