using BenchmarkDotNet.Running;

// Not run in CI (it only builds there). Run: dotnet run -c Release --project bench/ClaimCheck.Benchmarks -- --filter '*'
// Set CLAIMCHECK_BENCH_CORPUS to a folder (e.g. ../shared/corpora/bbc-fulltext) to add its first articles to the seeds.
BenchmarkSwitcher.FromAssembly(typeof(ClaimCheck.Benchmarks.StageBenchmarks).Assembly).Run(args);
