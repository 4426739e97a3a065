using ClaimCheck.Commands;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Rules;

/// <summary>
/// Each kind of rule-file error of the issue, seen through every command that loads rules: the same
/// <c>file(line,col): error CCR0NN</c> lines on stderr, exit code 2, and no output written.
/// </summary>
public sealed class RuleErrorsInEveryCommandTests : IDisposable
{
    private readonly RuleFolder folder = new();
    private readonly string work = Path.Combine(Path.GetTempPath(), "claimcheck-rulecmd-" + Guid.NewGuid().ToString("N"));

    public RuleErrorsInEveryCommandTests()
    {
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "a.txt"), "\"Yes,\" said Mayor Anna Berg.\n");
        File.WriteAllText(Path.Combine(work, "p.html"), "<p>x</p>");
        File.WriteAllText(Path.Combine(work, "p.expected.html"), "<p>x</p>");
    }

    public static TheoryData<string, string, string> Cases => new()
    {
        { "cues.yaml", "cues: [say\n  - x: 'y\n", RuleIds.YamlSyntax },
        { "cues.yaml", "cues:\n  - id: say\n    lemma: say\n    forms: [said]\n    stanse: neutral\n", RuleIds.UnknownKey },
        { "cues.yaml", "cues:\n  - id: say\n    id: say2\n    lemma: say\n    forms: [said]\n    stance: neutral\n", RuleIds.DuplicateKey },
        { "cues.yaml", "cues:\n  - id: say\n    lemma: say\n    forms: [said]\n    stance: neutral\n  - id: say\n    lemma: tell\n    forms: [told]\n    stance: neutral\n", RuleIds.DuplicateRuleId },
        { "outlets.yaml", "outlets:\n  - id: reuters\n    aliases: [Reuters]\n", RuleIds.MissingField },
        { "boilerplate.yaml", "rules:\n  - id: lookbehind\n    regex: '(?<=a)b'\n", RuleIds.InvalidRegex },
        { "boilerplate.yaml", "rules:\n  - id: unbalanced\n    regex: '(ab'\n", RuleIds.InvalidRegex },
        { "cues.yaml", "cues: []\n", RuleIds.EmptyLexicon },
        { "cues.yaml", "cues:\n  - id: say\n    lemma: say\n    forms: said\n    stance: neutral\n", RuleIds.WrongShape },
        { "patterns.yaml", "patterns:\n  - id: broken\n    kind: direct\n    pattern: QUOTE CUE WHO\n    priority: 1\n", RuleIds.InvalidPattern },
        { "channels.yaml", "channels:\n  - id: c\n    type: carrier-pigeon\n    pattern: in a statement\n    name: statement\n", RuleIds.InvalidValue },
        { "outlets.yaml", InvalidUtf8, RuleIds.UnreadableFile },
        { "outlets.yaml", Missing, RuleIds.MissingFile },
    };

    // Markers for cases that are not YAML text: a file of invalid UTF-8, a deleted file.
    private const string InvalidUtf8 = "<invalid utf-8>";
    private const string Missing = "<missing>";

    public void Dispose()
    {
        folder.Dispose();
        Directory.Delete(work, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rules_check_lists_the_problem_with_file_line_and_column(string file, string yaml, string id)
    {
        Break(file, yaml);
        var (code, stdout, stderr) = Run("rules", "check", folder.Path);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, code);
        Assert.Equal("", stdout);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(file)}\(\d+,\d+\): error {id}: ", stderr);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_command_that_loads_rules_prints_the_same_diagnostics_and_writes_nothing(string file, string yaml, string id)
    {
        Break(file, yaml);
        var expected = Diagnostics(Run("rules", "check", folder.Path).Stderr);
        Assert.Contains(expected, d => d.Contains(id, StringComparison.Ordinal));

        string output = Path.Combine(work, "out.jsonl");
        string errors = Path.Combine(work, "errors.md");
        string database = Path.Combine(work, "claims.db");
        var commands = new[]
        {
            new[] { "extract", Path.Combine(work, "a.txt"), "--rules", folder.Path, "-o", output },
            ["extract", Path.Combine(work, "a.txt"), "--show-text", "--format", "json", "--rules", folder.Path],
            ["eval", "--gold", work, "--errors", errors, "--rules", folder.Path],
            ["eval-html", work, "--rules", folder.Path],
            ["report", Path.Combine(work, "a.txt"), "--rules", folder.Path, "-o", output],
            ["index", Path.Combine(work, "a.txt"), "--db", database, "--rules", folder.Path],
            ["bench", work, "--rules", folder.Path],
            ["inspect", Path.Combine(work, "a.txt"), "--rules", folder.Path],
        };
        foreach (var args in commands)
        {
            var (code, stdout, stderr) = Run(args);
            Assert.Equal(ClaimCheckApp.UsageOrRuleError, code);
            Assert.Equal("", stdout);
            Assert.Equal(expected, Diagnostics(stderr));
        }

        Assert.False(File.Exists(output));
        Assert.False(File.Exists(errors));
        Assert.False(File.Exists(database));
        Assert.Equal(["a.txt", "p.expected.html", "p.html"], Directory.GetFiles(work).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private void Break(string file, string yaml)
    {
        switch (yaml)
        {
            case Missing:
                folder.Delete(file);
                break;
            case InvalidUtf8:
                File.WriteAllBytes(folder.File(file), [.. "outlets:\n  - id: caf"u8, 0xE9, .. "\n"u8]);
                break;
            default:
                folder.Write(file, yaml);
                break;
        }
    }

    private static List<string> Diagnostics(string stderr) =>
        stderr.Split('\n').Where(l => l.Contains(": error CCR", StringComparison.Ordinal)).ToList();

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = ClaimCheckApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
