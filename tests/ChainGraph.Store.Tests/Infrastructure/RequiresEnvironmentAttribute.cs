namespace ChainGraph.Store.Tests.Infrastructure;

/// <summary>
/// On a test class: its <see cref="StoreFactAttribute"/> tests run only when the environment
/// variable is set; otherwise they are reported as skipped with <see cref="Reason"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresEnvironmentAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;

    public string Reason { get; } = reason;
}
