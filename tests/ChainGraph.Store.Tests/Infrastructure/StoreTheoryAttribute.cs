using Xunit.Sdk;

namespace ChainGraph.Store.Tests.Infrastructure;

/// <summary>A theory of the store contract; skipped like <see cref="StoreFactAttribute"/> when the backend is not configured.</summary>
[XunitTestCaseDiscoverer("ChainGraph.Store.Tests.Infrastructure.StoreTheoryDiscoverer", "ChainGraph.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;
