using BenchmarkDotNet.Running;
using ChainGraph.Benchmarks;

// dotnet run -c Release --project tests/ChainGraph.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, new BenchmarkConfig());
