using ClaimCheck.Extraction;

namespace ClaimCheck.Processing;

/// <summary>
/// Times each stage of reading, analysing and rendering articles with a stopwatch, to show where the
/// time goes. It runs the pipeline's own code (<see cref="ArticlePipeline.Process(ArticleInput)"/>),
/// which reports each stage to a <see cref="StageClock"/>, so it cannot drift from the analyzer.
/// Single-threaded.
/// </summary>
internal sealed class StageProfiler
{
    private readonly ArticlePipeline pipeline;
    private readonly StageClock clock = new();

    public StageProfiler(ArticleAnalyzer analyzer, Func<ArticleAnalysis, string> render)
    {
        pipeline = new ArticlePipeline(analyzer, 1, render);
    }

    public static IReadOnlyList<string> StageNames => StageClock.StageNames;

    /// <summary>Stopwatch ticks per stage, indexed like <see cref="StageNames"/>.</summary>
    public long[] Ticks => clock.Ticks;

    /// <summary>This thread's CPU nanoseconds per stage, indexed like <see cref="StageNames"/>.</summary>
    public long[] CpuNanoseconds => clock.CpuNanoseconds;

    /// <summary>Bytes allocated per stage (this thread), indexed like <see cref="StageNames"/>.</summary>
    public long[] Allocated => clock.Allocated;

    public long Statements { get; private set; }

    /// <summary>Processes one input; an unreadable one is skipped (the passes count it).</summary>
    public void Run(ArticleInput input)
    {
        var result = pipeline.Process(input, clock);
        Statements += result.Analysis?.Statements.Count ?? 0;
    }
}
