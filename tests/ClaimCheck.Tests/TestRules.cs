using ClaimCheck.Rules.Files;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimCheck.Tests;

/// <summary>Finds the repository's own folders (rules/, seeds/) from the test's output folder.</summary>
internal static class TestRules
{
    public static string RepoRoot { get; } = FindRoot();

    public static string RulesDir => Path.Combine(RepoRoot, "rules");

    public static string SeedsDir => Path.Combine(RepoRoot, "seeds");

    public static AbbreviationsFile Abbreviations { get; } = ReadYaml<AbbreviationsFile>("abbreviations.yaml");

    public static T ReadYaml<T>(string file)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<T>(File.ReadAllText(Path.Combine(RulesDir, file)));
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
