using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The report over the five seeds, paths and links relative to the repository root; built once.</summary>
internal static class SeedReport
{
    private static readonly Lazy<CrossSourceReport> Built = new(() => Build(reverse: false));

    public static CrossSourceReport Report => Built.Value;

    public static RuleSet Rules { get; } = RuleLoader.Load(TestRules.RulesDir).Rules!;

    public static List<ArticleAnalysis> Analyses(bool reverse)
    {
        var analyzer = new ArticleAnalyzer(Rules);
        var files = Directory.GetFiles(TestRules.SeedsDir, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (reverse)
        {
            files.Reverse();
        }

        return files.Select(f => analyzer.Analyze(ArticleReader.Read(f, "seeds/" + Path.GetFileName(f)))).ToList();
    }

    public static CrossSourceReport Build(bool reverse) => new ReportBuilder(Rules).Build(Analyses(reverse));
}
