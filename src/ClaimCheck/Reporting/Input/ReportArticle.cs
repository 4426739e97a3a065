using ClaimCheck.Extraction;
using ClaimCheck.Output;

namespace ClaimCheck.Reporting.Input;

/// <summary>
/// One article as the report reads it: its name, outlet, date and title, its statements and the
/// <see cref="ArticleFacts"/>. Compact (no article text), and the same whether it comes from an
/// analysis, from record shards (<see cref="ArticleRecordJson"/>) or from the store.
/// </summary>
public sealed record ReportArticle(
    string Doc,
    string? Outlet,
    string? Date,
    string? Title,
    IReadOnlyList<ArticleStatement> Statements,
    ArticleFacts Facts)
{
    public static ReportArticle From(ArticleAnalysis analysis, ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(facts);
        string text = analysis.Source.Text;
        var statements = new List<ArticleStatement>(analysis.Statements.Count);
        foreach (var s in analysis.Statements)
        {
            statements.Add(new ArticleStatement(
                s,
                StatementNames.ContentText(text, s),
                s.Cue is { } cue ? text.Substring(cue.Span.Start, cue.Span.Length) : null,
                s.Source is { } source ? text.Substring(source.Start, source.Length) : null));
        }

        var meta = analysis.Metadata;
        return new ReportArticle(analysis.Source.Path, meta.Outlet, meta.Date, meta.Title, statements, facts);
    }
}
