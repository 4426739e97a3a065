using ClaimCheck.Metadata;
using ClaimCheck.Rules;
using ClaimCheck.Rules.Files;
using ClaimCheck.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimCheck.Tests.Metadata;

/// <summary>The repository's rule files, read straight with YamlDotNet (until the shared loader lands).</summary>
internal static class TestRules
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<MetadataExtractor> Shared = new(() => new MetadataExtractor(Outlets(), Boilerplate(), MetadataSettings()));

    public static string RepoRoot => Root.Value;

    public static MetadataExtractor Extractor => Shared.Value;

    public static OutletsFile Outlets() => Load<OutletsFile>("outlets.yaml");

    public static BoilerplateFile Boilerplate() => Load<BoilerplateFile>("boilerplate.yaml");

    public static MetadataFile MetadataSettings() => Load<MetadataFile>("metadata.yaml");

    public static T Load<T>(string file) => FromYaml<T>(File.ReadAllText(Path.Combine(RepoRoot, "rules", file)));

    public static T FromYaml<T>(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<T>(yaml);

    public static List<RuleDiagnostic> Validate(IRuleFile file)
    {
        var diagnostics = new List<RuleDiagnostic>();
        file.Validate(new RuleValidationContext("test.yaml", diagnostics, _ => (1, 1)));
        return diagnostics;
    }

    public static SourceText Seed(string prefix)
    {
        var file = Directory.GetFiles(Path.Combine(RepoRoot, "seeds"), prefix + "_*.txt").Single();
        return ClaimCheck.Input.ArticleReader.Read(file, Path.GetFileName(file));
    }

    /// <summary>The text of each boilerplate span, for readable assertions.</summary>
    public static string[] BoilerplateTexts(SourceText text, ArticleMetadata metadata) =>
        [.. metadata.Boilerplate.Select(s => text.ToString(s))];

    /// <summary>Boilerplate rule ids by line text, for asserting which rule marked a line.</summary>
    public static Dictionary<string, string> RuleByLine(string text)
    {
        var source = new SourceText("t.txt", text);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in Extractor.FindBoilerplate(source))
        {
            result.TryAdd(source.ToString(b.Span).Trim(), b.RuleId);
        }

        return result;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && Directory.Exists(Path.Combine(dir.FullName, "rules")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("no folder above the test binaries holds seeds/ and rules/");
    }
}
