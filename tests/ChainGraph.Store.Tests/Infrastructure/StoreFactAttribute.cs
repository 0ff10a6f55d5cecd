using Xunit.Sdk;

namespace ChainGraph.Store.Tests.Infrastructure;

/// <summary>
/// A fact of the store contract. The abstract suite declares it once; each backend's sealed
/// subclass runs it, and a subclass marked <see cref="RequiresEnvironmentAttribute"/> reports it
/// skipped (with the reason) when its server is not configured.
/// </summary>
[XunitTestCaseDiscoverer("ChainGraph.Store.Tests.Infrastructure.StoreFactDiscoverer", "ChainGraph.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
