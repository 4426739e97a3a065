using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>
/// <c>claimcheck eval --gold DIR [--format md|json] [--errors FILE]</c>: runs the extractor over the
/// gold texts and prints the scores. Exit codes: 0 scored; 1 scored, but some articles failed to
/// analyse or the errors file could not be written; 2 bad format or no gold data.
/// </summary>
public static class EvalCommand
{
    public static int Run(
        string goldDir,
        string format,
        string? errorsFile,
        Func<SourceText, ArticleAnalysis> analyze,
        TextWriter stdout,
        TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(goldDir);
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        format ??= "md";
        if (format is not ("md" or "json"))
        {
            stderr.WriteLine($"error: unknown format '{format}' (expected md or json)");
            return 2;
        }

        GoldCorpus corpus;
        try
        {
            corpus = GoldCorpus.Load(goldDir);
        }
        catch (DirectoryNotFoundException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 2;
        }
        foreach (var warning in corpus.Warnings)
        {
            stderr.WriteLine($"warning: {warning}");
        }
        if (corpus.Articles.Count == 0)
        {
            stderr.WriteLine($"error: PolNeAR data not found at {goldDir}: no article has both a text and an annotation file.");
            return 2;
        }

        var scorer = new AttributionScorer();
        var failures = 0;
        foreach (var article in corpus.Articles)
        {
            IReadOnlyList<Statement> statements;
            try
            {
                statements = analyze(article.Text).Statements;
            }
#pragma warning disable CA1031 // One article the extractor fails on must not lose the scores of the others.
            catch (Exception e)
#pragma warning restore CA1031
            {
                stderr.WriteLine($"error: analysing {article.Name} failed ({e.GetType().Name}: {e.Message}); scored as no predictions");
                failures++;
                statements = [];
            }
            scorer.Add(article, statements);
        }

        var result = scorer.Result();
        stdout.Write(format == "json" ? EvalReport.ToJson(result) : EvalReport.ToMarkdown(result));

        if (errorsFile is not null)
        {
            try
            {
                // Written whole or not at all, as every output file.
                using var errors = new Commands.AtomicFileWriter(errorsFile);
                errors.Writer.Write(EvalReport.ErrorsToMarkdown(result));
                errors.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write {errorsFile}: {e.Message}");
                failures++;
            }
        }
        return failures > 0 ? 1 : 0;
    }
}
