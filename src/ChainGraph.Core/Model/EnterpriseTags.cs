namespace ChainGraph.Core.Model;

/// <summary>Quality tags a chain lead filters and ranks by.</summary>
public static class EnterpriseTags
{
    public const string Listed = "上市";
    public const string Specialized = "专精特新";
    public const string HighTech = "高新技术";
    public const string Fortune500 = "500强";
    public const string CentralSoe = "央企";
    public const string Unicorn = "独角兽";
    public const string Anchor = "链主";
}
