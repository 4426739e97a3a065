using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Seeds;

/// <summary>The repository's rules and seed articles, analysed once for all seed tests.</summary>
internal static class SeedAnalyses
{
    private static readonly Lazy<ArticleAnalyzer> LazyAnalyzer = new(() =>
    {
        var result = RuleLoader.Load(TestRules.RulesDir);
        Assert.True(result.Rules is not null, string.Join('\n', result.Diagnostics));
        return new ArticleAnalyzer(result.Rules);
    });

    public static ArticleAnalyzer Analyzer => LazyAnalyzer.Value;

    public static IReadOnlyList<string> Names { get; } =
        Directory.GetFiles(TestRules.SeedsDir, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static ArticleAnalysis Analyze(string name) =>
        Analyzer.Analyze(ArticleReader.Read(Path.Combine(TestRules.SeedsDir, name), "seeds/" + name));

    /// <summary>The seed whose file name starts with <paramref name="prefix"/> ("002").</summary>
    public static ArticleAnalysis Seed(string prefix) => Analyze(Names.Single(n => n.StartsWith(prefix, StringComparison.Ordinal)));
}
