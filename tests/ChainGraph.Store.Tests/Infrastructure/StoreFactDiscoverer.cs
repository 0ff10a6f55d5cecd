using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChainGraph.Store.Tests.Infrastructure;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests; skips them when the concrete class's required environment variable is unset.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SkipReason(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);

    /// <summary>The stated reason to skip, when the test class requires an environment variable that is not set.</summary>
    internal static string? SkipReason(ITestMethod testMethod)
    {
        var requirement = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        if (requirement is null)
        {
            return null;
        }

        var arguments = requirement.GetConstructorArguments().Cast<string>().ToArray();
        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable(arguments[0])) ? arguments[1] : null;
    }
}
