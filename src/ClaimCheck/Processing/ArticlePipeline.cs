using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Reporting.Input;
using ClaimCheck.Text;

namespace ClaimCheck.Processing;

/// <summary>
/// Reads, analyses and (optionally) renders articles on several threads and yields the results in
/// input order, so the output of N threads is byte for byte the output of one. Immutable; one
/// pipeline can run many streams.
/// </summary>
public sealed class ArticlePipeline
{
    private readonly ArticleAnalyzer analyzer;
    private readonly Func<ArticleSource, ArticleAnalysis, string>? render;
    private readonly ArticleFactsFinder? facts;

    /// <param name="analyzer">Shared by all threads (it is immutable).</param>
    /// <param name="threads">Worker threads; 1 runs everything on the caller's thread.</param>
    /// <param name="render">Optional rendering run on the workers; its text lands in <see cref="ArticleResult.Rendered"/>.</param>
    /// <param name="facts">When given, each analysis also gets its report facts (<see cref="ArticleAnalysis.Facts"/>).</param>
    public ArticlePipeline(ArticleAnalyzer analyzer, int threads, Func<ArticleAnalysis, string>? render = null, ArticleFactsFinder? facts = null)
        : this(analyzer, threads, render is null ? null : (_, analysis) => render(analysis), facts)
    {
    }

    /// <param name="analyzer">Shared by all threads (it is immutable).</param>
    /// <param name="threads">Worker threads; 1 runs everything on the caller's thread.</param>
    /// <param name="render">Rendering run on the workers, given the input as read too (e.g. to print its text).</param>
    /// <param name="facts">When given, each analysis also gets its report facts (<see cref="ArticleAnalysis.Facts"/>).</param>
    public ArticlePipeline(ArticleAnalyzer analyzer, int threads, Func<ArticleSource, ArticleAnalysis, string>? render, ArticleFactsFinder? facts)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        this.analyzer = analyzer;
        this.render = render;
        this.facts = facts;
        Threads = threads;
    }

    public int Threads { get; }

    public IEnumerable<ArticleResult> Run(IEnumerable<ArticleInput> inputs, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return OrderedParallel.Map(inputs, Process, Threads, cancellation);
    }

    /// <summary>Loads and analyses one input; never throws for a bad article (the error is in the result).</summary>
    public ArticleResult Process(ArticleInput input) => Process(input, null);

    /// <summary>As <see cref="Process(ArticleInput)"/>, charging each stage to <paramref name="clock"/> when given (bench's breakdown).</summary>
    internal ArticleResult Process(ArticleInput input, StageClock? clock)
    {
        ArgumentNullException.ThrowIfNull(input);
        long bytes = 0;
        try
        {
            clock?.Start();
            var article = input.LoadArticle(out bytes);
            clock?.Lap(StageClock.Read);
            var analysis = ApplyOverrides(article.Apply(Analyze(analyzer, facts, article.Source, clock), analyzer.Rules.Outlets), input);
            var rendered = render?.Invoke(article, analysis);
            clock?.Lap(StageClock.Render);
            return new ArticleResult(input, analysis, null, bytes) { Article = article, Rendered = rendered };
        }
        catch (ArticleReadException e)
        {
            return new ArticleResult(input, null, e.Message, 0);
        }
#pragma warning disable CA1031 // One article's failure must not stop the others; it is reported by name.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new ArticleResult(input, null, $"{input.Name}: analysis failed: {e.GetType().Name}: {e.Message}", bytes);
        }
    }

    /// <summary>The analysis of <paramref name="source"/>, with its report facts when <paramref name="facts"/> is given (found from the same pass).</summary>
    public static ArticleAnalysis Analyze(ArticleAnalyzer analyzer, ArticleFactsFinder? facts, SourceText source) => Analyze(analyzer, facts, source, null);

    private static ArticleAnalysis Analyze(ArticleAnalyzer analyzer, ArticleFactsFinder? facts, SourceText source, StageClock? clock)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var inspection = analyzer.Inspect(source, clock);
        if (facts is null)
        {
            return inspection.Analysis;
        }

        return inspection.Analysis with { Facts = facts.Find(inspection) };
    }

    /// <summary>
    /// Given metadata (from a JSON Lines corpus) replaces the detected values. Extraction itself is
    /// not affected: boilerplate and the date marker are still found in the text and skipped.
    /// </summary>
    public static ArticleAnalysis ApplyOverrides(ArticleAnalysis analysis, ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Outlet is null && input.Date is null && input.Title is null)
        {
            return analysis;
        }

        var meta = analysis.Metadata;
        meta = meta with
        {
            Outlet = input.Outlet ?? meta.Outlet,
            Date = input.Date ?? meta.Date,
            Title = input.Title ?? meta.Title,
            TitleSpan = input.Title is null ? meta.TitleSpan : null,
        };
        return analysis with { Metadata = meta };
    }
}
