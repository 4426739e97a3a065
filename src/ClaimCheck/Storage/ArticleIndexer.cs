using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Processing;
using ClaimCheck.Reporting.Input;

namespace ClaimCheck.Storage;

/// <summary>
/// Indexes articles into a <see cref="ClaimStore"/>: workers read, hash and (unless the store already
/// holds the same text analysed with the same rules) analyse; the caller's thread writes each article
/// in its own transaction, in input order. Cancelling stops between articles; every article written
/// before stays.
/// </summary>
public sealed class ArticleIndexer
{
    private readonly ClaimStore store;
    private readonly ArticleAnalyzer analyzer;
    private readonly int threads;
    private readonly ArticleFactsFinder facts;

    public ArticleIndexer(ClaimStore store, ArticleAnalyzer analyzer, int threads)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        this.store = store;
        this.analyzer = analyzer;
        this.threads = threads;
        facts = new ArticleFactsFinder(analyzer.Rules);
    }

    /// <summary>Called with each failed input's message, in input order.</summary>
    public Action<string>? OnError { get; init; }

    /// <summary>Called after each input (stored, skipped or failed) with its size in bytes.</summary>
    public Action<long>? OnProgress { get; init; }

    public IndexSummary Run(IEnumerable<ArticleInput> inputs, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        string rulesHash = analyzer.Rules.Hash;
        int indexed = 0, skipped = 0, failed = 0;
        long statements = 0;
        try
        {
            foreach (var item in OrderedParallel.Map(inputs, input => Prepare(input, rulesHash), threads, cancellation))
            {
                OnProgress?.Invoke(item.Bytes);
                if (item.Error is not null)
                {
                    failed++;
                    OnError?.Invoke(item.Error);
                }
                else if (item.Analysis is null)
                {
                    skipped++;
                }
                else
                {
                    store.Save(item.Analysis, item.Input.Url, item.Hash!, rulesHash);
                    indexed++;
                    statements += item.Analysis.Statements.Count;
                }

                cancellation.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return new IndexSummary(indexed, skipped, failed, statements, Cancelled: true);
        }

        return new IndexSummary(indexed, skipped, failed, statements, Cancelled: false);
    }

    /// <summary>
    /// SHA-256 of the article text (UTF-8), followed by any given outlet, date, title and url and by what
    /// the page says about itself, so a changed label or meta tag re-indexes the article too.
    /// </summary>
    public static string ContentHash(string text, ArticleInput input, PageMetadata page)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(page);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        foreach (var field in (ReadOnlySpan<string?>)[input.Outlet, input.Date, input.Title, input.Url])
        {
            AppendField(hash, field);
        }

        // Plain text has no page metadata; leaving it out keeps the hashes of earlier stores valid.
        if (page != PageMetadata.None)
        {
            foreach (var field in (ReadOnlySpan<string?>)[page.Title, page.Byline, page.Date, page.Outlet])
            {
                AppendField(hash, field);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // A 0 byte never occurs in the UTF-8 of a label, so fields cannot run into each other.
    private static void AppendField(IncrementalHash hash, string? field) =>
        hash.AppendData(field is null ? [0, 0] : [0, 1, .. Encoding.UTF8.GetBytes(field)]);

    private Prepared Prepare(ArticleInput input, string rulesHash)
    {
        long bytes = 0;
        try
        {
            var article = input.LoadArticle(out bytes);
            var source = article.Source;
            string hash = ContentHash(source.Text, input, article.Page);
            if (store.Find(input.Name) is { } state && state.Hash == hash && state.RulesHash == rulesHash)
            {
                return new Prepared(input, null, hash, null, bytes);
            }

            // The report facts are stored too, so `report --db` never reads the articles again.
            // The page's own metadata (HTML meta tags, front matter) is applied as `extract` and `report`
            // apply it, so the report from the store is the report from the files.
            var analysis = ArticlePipeline.ApplyOverrides(article.Apply(ArticlePipeline.Analyze(analyzer, facts, source), analyzer.Rules.Outlets), input);
            return new Prepared(input, analysis, hash, null, bytes);
        }
        catch (ArticleReadException e)
        {
            return new Prepared(input, null, null, e.Message, 0);
        }
#pragma warning disable CA1031 // One article's failure must not stop the others; it is reported by name.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new Prepared(input, null, null, $"{input.Name}: analysis failed: {e.GetType().Name}: {e.Message}", bytes);
        }
    }

    private sealed record Prepared(ArticleInput Input, ArticleAnalysis? Analysis, string? Hash, string? Error, long Bytes);
}
