using System.Globalization;
using ClaimCheck.Input;

namespace ClaimCheck.Commands;

/// <summary>
/// <c>claimcheck eval-html DIR [--rules DIR] [--min PERCENT]</c>: measures HTML article extraction on
/// pages that come with the text a reader would extract (NAME.html beside NAME.expected.html, as in
/// Mozilla Readability's test pages). Per page: the share of expected sentences found in ClaimCheck's
/// extracted text, and statements whose text lies outside the expected article (boilerplate that
/// produced statements). Exit 1 when a page is below the minimum (95% unless given) or has such
/// statements.
/// </summary>
internal static class EvalHtmlCommand
{
    private static readonly HashSet<string> ValueOptions = ["--rules", "--min"];
    private static readonly HashSet<string> Flags = [];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, Flags, out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        if (line!.Arguments.Count != 1)
        {
            return ClaimCheckApp.UsageError(stderr, "eval-html needs one folder of NAME.html and NAME.expected.html pages");
        }

        if (!double.TryParse(line.Option("--min") ?? "95", NumberStyles.Float, CultureInfo.InvariantCulture, out double min))
        {
            return ClaimCheckApp.UsageError(stderr, "--min needs a percentage");
        }

        string dir = line.Arguments[0];
        var pages = Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.expected.html").Select(f => f[..^".expected.html".Length]).Where(p => File.Exists(p + ".html")).Order(StringComparer.Ordinal).ToList()
            : [];
        if (pages.Count == 0)
        {
            stderr.Write($"claimcheck: eval-html: no pages in '{dir}': the folder is missing or has no NAME.html with NAME.expected.html beside it\n");
            return ClaimCheckApp.UsageOrRuleError;
        }

        var analyzer = ClaimCheckApp.LoadAnalyzer(line.Option("--rules"), stderr);
        if (analyzer is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        stdout.Write("| page | expected sentences | found | coverage | statements | outside article |\n|---|---:|---:|---:|---:|---:|\n");
        bool failed = false;
        int totalExpected = 0, totalFound = 0;
        foreach (var page in pages)
        {
            string name = Path.GetFileName(page);
            var input = ArticleReader.Load(page + ".html", name + ".html");
            var expectedText = HtmlCoverage.ExpectedText(ArticleReader.Decode(File.ReadAllBytes(page + ".expected.html")));
            var expected = HtmlCoverage.Sentences(expectedText);
            string ours = HtmlCoverage.Normalize(input.Source.Text);
            int found = expected.Count(s => ours.Contains(s, StringComparison.Ordinal));
            var analysis = analyzer.Analyze(input.Source);
            string article = HtmlCoverage.Normalize(expectedText);
            string title = input.Page.Title is { } t ? HtmlCoverage.Normalize(t) : "";
            // Each piece on its own: a split quotation's pieces are joined by " … " in output, not in the page.
            var outside = analysis.Statements
                .SelectMany(s => s.Content)
                .Select(c => HtmlCoverage.Normalize(input.Source.Text.Substring(c.Start, c.Length)))
                .Where(s => !article.Contains(s, StringComparison.Ordinal) && !title.Contains(s, StringComparison.Ordinal))
                .ToList();
            double share = expected.Count == 0 ? 100 : 100.0 * found / expected.Count;
            failed |= share < min || outside.Count > 0;
            totalExpected += expected.Count;
            totalFound += found;
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"| {name} | {expected.Count} | {found} | {share:F1}% | {analysis.Statements.Count} | {outside.Count} |\n"));
            foreach (var s in outside)
            {
                stderr.Write($"claimcheck: {name}: statement outside the article: {s}\n");
            }
        }

        stdout.Write(string.Create(CultureInfo.InvariantCulture, $"| all | {totalExpected} | {totalFound} | {100.0 * totalFound / Math.Max(1, totalExpected):F1}% | | |\n"));
        return failed ? ClaimCheckApp.SomeInputsFailed : ClaimCheckApp.Ok;
    }
}
