using System.Globalization;
using ClaimCheck.Input;
using ClaimCheck.Output;

namespace ClaimCheck.Commands;

/// <summary>
/// <c>claimcheck inspect FILE [--rules DIR]</c>: what each stage saw — sentences, quotations, mentions and
/// statements with their rules — so a rule author can see why a statement was or was not found.
/// </summary>
internal static class InspectCommand
{
    private static readonly HashSet<string> ValueOptions = ["--rules"];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, new HashSet<string>(), out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        if (line!.Arguments.Count != 1)
        {
            return ClaimCheckApp.UsageError(stderr, "inspect takes one file");
        }

        var analyzer = ClaimCheckApp.LoadAnalyzer(line.Option("--rules"), stderr);
        if (analyzer is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        string path = line.Arguments[0];
        Text.SourceText source;
        try
        {
            var article = Processing.ArticleInput.FromFile(path, ExtractCommand.DisplayPath(path)).LoadArticle(out _);
            foreach (var warning in article.Warnings)
            {
                stderr.Write($"claimcheck: {article.Source.Path}: warning: {warning}\n");
            }

            source = article.Source;
        }
        catch (ArticleReadException ex)
        {
            stderr.Write($"claimcheck: {ex.Message}\n");
            return ClaimCheckApp.SomeInputsFailed;
        }

        var inspection = analyzer.Inspect(source);
        string text = source.Text;
        var inv = CultureInfo.InvariantCulture;
        stdout.Write($"# {source.Path}\n\n## Sentences\n\n");
        foreach (var s in inspection.Segmented.Sentences)
        {
            stdout.Write(string.Create(inv, $"- [{s.Start}, {s.End}) p{s.Paragraph}: {Flat(text[s.Start..s.End])}\n"));
        }

        stdout.Write("\n## Quotations\n\n");
        foreach (var q in inspection.Quotes)
        {
            string flags = (q.Closed ? "closed" : "open") + (q.IsTermLike ? ", term" : "") + (q.ContinuedFrom >= 0 ? ", continues" : "");
            stdout.Write(string.Create(inv, $"- [{q.Inner.Start}, {q.Inner.End}) depth {q.Depth}, {flags}: {Flat(text[q.Inner.Start..q.Inner.End])}\n"));
        }

        stdout.Write("\n## Mentions\n\n");
        foreach (var m in inspection.Mentions)
        {
            string role = m.Role is null ? "" : $" role=\"{m.Role}\"";
            stdout.Write(string.Create(inv, $"- [{m.Span.Start}, {m.Span.End}) {m.Kind} {StatementNames.Of(m.Type)} name=\"{m.Name}\"{role}: {Flat(text[m.Span.Start..m.Span.End])}\n"));
        }

        stdout.Write("\n## Statements\n\n");
        MarkdownTableWriter.Write(stdout, inspection.Analysis);
        return ClaimCheckApp.Ok;
    }

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}
