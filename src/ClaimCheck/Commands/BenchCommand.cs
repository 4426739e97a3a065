using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Output;
using ClaimCheck.Processing;

namespace ClaimCheck.Commands;

/// <summary>
/// <c>claimcheck bench PATH [--threads N] [--rules DIR]</c>: whole-corpus throughput of extraction
/// (read, analyse, render JSON Lines to nowhere) on one thread and on N, peak memory, and a stopwatch
/// breakdown by stage. PATH is a folder, files, or a <c>.jsonl</c> corpus.
/// </summary>
internal static class BenchCommand
{
    private static readonly HashSet<string> ValueOptions = ["--threads", "--rules"];
    private static readonly HashSet<string> Flags = [];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, Flags, out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        if (line!.Arguments.Count == 0)
        {
            return ClaimCheckApp.UsageError(stderr, "usage: claimcheck bench PATH [--threads N] (e.g. ../shared/corpora/bbc-fulltext)");
        }

        var missing = line.Arguments.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var p in missing)
            {
                stderr.Write($"claimcheck: bench: {p} does not exist; nothing was measured (the BBC corpus lives in shared/corpora/bbc-fulltext)\n");
            }

            return ClaimCheckApp.UsageOrRuleError;
        }

        if (!ExtractCommand.TryThreads(line, stderr, out int threads))
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var load = Stopwatch.StartNew();
        var analyzer = ClaimCheckApp.LoadAnalyzer(line.Option("--rules"), stderr);
        if (analyzer is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        load.Stop();
        var jsonl = line.Arguments.Where(p => p.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && File.Exists(p)).ToList();
        var paths = line.Arguments.Except(jsonl).ToList();
        IEnumerable<ArticleInput> Inputs() => ExtractCommand.Inputs(paths, jsonl, null, new List<InputError>());

        var o = stdout;
        o.Write(string.Create(CultureInfo.InvariantCulture, $"# claimcheck bench {string.Join(' ', line.Arguments)}\n\n"));
        o.Write(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}; rules loaded in {load.ElapsedMilliseconds} ms\n\n"));
        o.Flush();

        // Warm-up: let tiered JIT settle so the passes measure steady state. One pass is not enough:
        // the runtime starts counting calls only once no new method has been jitted for 100 ms, so
        // methods are promoted (tier 0 -> instrumented -> optimised) in the background during the
        // *next* pass, which then burnt up to 0.8 CPU-s more than the steady state on the JIT thread
        // and in slow code. Repeat short passes, pausing past that delay, until nothing new is jitted.
        var cold = Pass(analyzer, Inputs().Take(3000), 1);
        int rounds = WarmUp(analyzer, Inputs);
        o.Write(string.Create(CultureInfo.InvariantCulture, $"warm-up: a whole pass, then {rounds} rounds of 300 articles until the JIT was quiet ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled)\n\n"));

        // CPU seconds (all threads, GC included) beside wall time: on a shared machine wall time
        // measures the neighbours too; MB per CPU second is what the code costs.
        o.Write("| threads | articles | MB | seconds | MB/s | articles/s | CPU s | MB/CPU-s | statements | allocated MB | GC gen0/1/2 | GC pause s | peak working set MB | GC heap MB |\n");
        o.Write("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        // The first pass, JIT included, is what a one-off `extract` of the corpus costs.
        o.Write(cold.Row("1, cold"));
        var one = Pass(analyzer, Inputs(), 1);
        o.Write(one.Row());
        o.Flush();
        if (threads > 1)
        {
            var many = Pass(analyzer, Inputs(), threads);
            o.Write(many.Row());
            o.Write(string.Create(CultureInfo.InvariantCulture, $"\nspeed-up with {threads} threads: {many.MBps / one.MBps:F2}x\n"));
        }

        var profiler = new StageProfiler(analyzer, RenderJsonLines);
        foreach (var input in Inputs())
        {
            profiler.Run(input);
        }

        // Wall seconds and this thread's CPU seconds side by side: on a shared machine the wall column
        // also counts the neighbours, the CPU column only this code (compare CPU between runs).
        long total = profiler.Ticks.Sum();
        long totalCpu = profiler.CpuNanoseconds.Sum();
        string cpuKind = ThreadCpuClock.IsThreadCpu ? "thread CPU s" : "CPU s (n/a: wall)";
        o.Write(string.Create(CultureInfo.InvariantCulture, $"\n| stage (one thread) | seconds | share | {cpuKind} | CPU share | allocated MB |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"));
        for (int i = 0; i < StageProfiler.StageNames.Count; i++)
        {
            o.Write(string.Create(CultureInfo.InvariantCulture, $"| {StageProfiler.StageNames[i]} | {profiler.Ticks[i] / (double)Stopwatch.Frequency:F3} | {100.0 * profiler.Ticks[i] / total:F1}% | {profiler.CpuNanoseconds[i] / 1e9:F3} | {100.0 * profiler.CpuNanoseconds[i] / totalCpu:F1}% | {profiler.Allocated[i] / 1e6:F0} |\n"));
        }

        o.Write(string.Create(CultureInfo.InvariantCulture, $"| total | {total / (double)Stopwatch.Frequency:F3} | 100% | {totalCpu / 1e9:F3} | 100% | {profiler.Allocated.Sum() / 1e6:F0} |\n"));
        if (profiler.Statements != one.Statements)
        {
            o.Write(string.Create(CultureInfo.InvariantCulture, $"\nwarning: the stage breakdown found {profiler.Statements} statements, the analyzer {one.Statements}: StageProfiler is out of step with ArticleAnalyzer\n"));
        }

        o.Flush();
        return ClaimCheckApp.Ok;
    }

    /// <summary>Short passes with pauses until a round compiles no new method (at most 20); returns the rounds run.</summary>
    private static int WarmUp(ArticleAnalyzer analyzer, Func<IEnumerable<ArticleInput>> inputs)
    {
        long compiled = -1;
        for (int round = 1; round <= 20; round++)
        {
            Thread.Sleep(250);
            Pass(analyzer, inputs().Take(300), 1);
            long now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled)
            {
                return round;
            }

            compiled = now;
        }

        return 20;
    }

    private static PassResult Pass(ArticleAnalyzer analyzer, IEnumerable<ArticleInput> inputs, int threads)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        var pipeline = new ArticlePipeline(analyzer, threads, RenderJsonLines);
        long articles = 0, bytes = 0, statements = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var result in pipeline.Run(inputs))
        {
            articles++;
            bytes += result.Bytes;
            statements += result.Analysis?.Statements.Count ?? 0;
            TextWriter.Null.Write(result.Rendered);
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        return new PassResult(
            threads,
            articles,
            bytes,
            clock.Elapsed.TotalSeconds,
            cpuSeconds,
            statements,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            [GC.CollectionCount(0) - collections[0], GC.CollectionCount(1) - collections[1], GC.CollectionCount(2) - collections[2]],
            (GC.GetTotalPauseDuration() - paused).TotalSeconds,
            process.PeakWorkingSet64,
            GC.GetGCMemoryInfo().HeapSizeBytes);
    }

    private static string RenderJsonLines(ArticleAnalysis analysis) => JsonLinesWriter.Render(analysis);

    private sealed record PassResult(int Threads, long Articles, long Bytes, double Seconds, double CpuSeconds, long Statements, long Allocated, int[] Collections, double GcPause, long PeakWorkingSet, long HeapSize)
    {
        public double MBps => Bytes / 1e6 / Seconds;

        public string Row(string? label = null) => string.Create(
            CultureInfo.InvariantCulture,
            $"| {label ?? Threads.ToString(CultureInfo.InvariantCulture)} | {Articles} | {Bytes / 1e6:F2} | {Seconds:F2} | {MBps:F2} | {Articles / Seconds:F0} | {CpuSeconds:F2} | {Bytes / 1e6 / CpuSeconds:F2} | {Statements} | {Allocated / 1e6:F0} | {Collections[0]}/{Collections[1]}/{Collections[2]} | {GcPause:F3} | {PeakWorkingSet / 1e6:F0} | {HeapSize / 1e6:F0} |\n");
    }
}
