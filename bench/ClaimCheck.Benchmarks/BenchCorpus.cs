using ClaimCheck.Input;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>The texts benchmarked: the repository's seeds, plus a slice of a corpus named by CLAIMCHECK_BENCH_CORPUS.</summary>
public static class BenchCorpus
{
    public const string CorpusVariable = "CLAIMCHECK_BENCH_CORPUS";

    public static string RepoRoot { get; } = FindRoot();

    public static RuleSet LoadRules() =>
        RuleLoader.Load(Path.Combine(RepoRoot, "rules")).Rules ?? throw new InvalidOperationException("the rules in rules/ do not load: run claimcheck rules check");

    /// <summary>The seeds, then up to <paramref name="corpusArticles"/> articles of the extra corpus in path order.</summary>
    public static IReadOnlyList<SourceText> Texts(int corpusArticles = 200)
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        if (Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } corpus)
        {
            if (!Directory.Exists(corpus))
            {
                throw new DirectoryNotFoundException($"{CorpusVariable}={corpus} does not exist");
            }

            files.AddRange(ArticleReader.EnumerateInputs([corpus], new List<InputError>()).Take(corpusArticles));
        }

        return [.. files.Select(f => ArticleReader.Read(f, Path.GetFileName(f)))];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ClaimCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
