using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Rules;

/// <summary>
/// A temporary rules folder holding a minimal valid version of every known file; tests break one
/// thing and load. When a DTO gains required keys or a non-empty check, update <see cref="Minimal"/>.
/// </summary>
public sealed class RuleFolder : IDisposable
{
    public static IReadOnlyDictionary<string, string> Minimal { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["abbreviations.yaml"] = """
            abbreviations:
              - Mr.
              - U.S.
            sentence_final: [U.S.]
            """,
        // Files whose minimal valid form is long are taken from the repository's own rules.
        ["boilerplate.yaml"] = Real("boilerplate.yaml"),
        ["aliases.yaml"] = "",
        ["coreference.yaml"] = "",
        ["framing.yaml"] = Real("framing.yaml"),
        ["channels.yaml"] = """
            channels:
              - id: in-statement
                type: statement
                pattern: in a statement
                name: statement
            """,
        ["cues.yaml"] = """
            cues:
              - id: say
                lemma: say
                forms: [say, says, said]
                stance: neutral
            """,
        ["mentions.yaml"] = Real("mentions.yaml"),
        ["metadata.yaml"] = Real("metadata.yaml"),
        ["outlets.yaml"] = """
            outlets:
              - id: reuters
                name: Reuters
                aliases: [Reuters]
            """,
        ["patterns.yaml"] = """
            patterns:
              - id: quote-cue-source
                kind: direct
                pattern: QUOTE ,? CUE SOURCE
                priority: 10
            """,
    };

    private static string Real(string name) => System.IO.File.ReadAllText(System.IO.Path.Combine(TestRules.RulesDir, name));

    public RuleFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var (name, text) in Minimal)
        {
            Write(name, text);
        }
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string text) => System.IO.File.WriteAllText(File(name), text.ReplaceLineEndings("\n"));

    public void Delete(string name) => System.IO.File.Delete(File(name));

    public RuleLoadResult Load() => RuleLoader.Load(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
