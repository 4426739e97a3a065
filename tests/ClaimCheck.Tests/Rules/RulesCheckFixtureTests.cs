using ClaimCheck.Commands;

namespace ClaimCheck.Tests.Rules;

/// <summary>
/// <c>rules check</c> on a shipped folder holding every kind of rule defect: all problems are listed
/// in one run, each as <c>file(line,col): error CCR0NN: message</c>, and a command given the folder
/// stops with exit code 2 before writing anything.
/// </summary>
public sealed class RulesCheckFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Rules", "Fixtures", "every-defect");

    private static readonly string[] Expected =
    [
        "abbreviations.yaml(2,1): error CCR009",
        "aliases.yaml(2,10): error CCR005",
        "boilerplate.yaml(3,5): error CCR008",
        "boilerplate.yaml(5,5): error CCR008",
        "channels.yaml(3,5): error CCR010",
        "cues.yaml(4,5): error CCR003",
        "cues.yaml(11,5): error CCR002",
        "framing.yaml(2,6): error CCR001",
        "mentions.yaml(1,1): error CCR011",
        "metadata.yaml(1,1): error CCR012",
        "outlets.yaml(3,5): error CCR004",
        "patterns.yaml(7,5): error CCR006",
        "patterns.yaml(11,5): error CCR007",
    ];

    [Fact]
    public void Every_defect_is_listed_at_once_with_file_line_column_and_id()
    {
        var (code, stdout, stderr) = Run("rules", "check", Folder);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split('\n').Where(l => l.Contains(": error CCR", StringComparison.Ordinal)).ToList();
        Assert.Equal(Expected, lines.Select(l => Path.GetFileName(l[..(l.IndexOf(": error ", StringComparison.Ordinal) + 14)])));
        Assert.All(lines, l => Assert.Matches(@"\(\d+,\d+\): error CCR0\d\d: \S", l));
        Assert.Contains("13 problem(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_id_in_the_table_is_exercised()
    {
        var ids = Expected.Select(e => e[^6..]).ToHashSet();
        string table = File.ReadAllText(Path.Combine(TestRules.RulesDir, "RULE-IDS.md"));
        foreach (var id in System.Text.RegularExpressions.Regex.Matches(table, @"^\| (CCR\d{3}) ", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value))
        {
            Assert.Contains(id, ids);
        }
    }

    [Fact]
    public void Extract_with_the_folder_stops_with_exit_2_and_writes_no_output()
    {
        string output = Path.Combine(Path.GetTempPath(), "claimcheck-fixture-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var (code, stdout, stderr) = Run("extract", TestRules.SeedsDir, "--rules", Folder, "-o", output);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, code);
        Assert.Equal("", stdout);
        Assert.Equal(13, stderr.Split('\n').Count(l => l.Contains(": error CCR", StringComparison.Ordinal)));
        Assert.False(File.Exists(output));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = ClaimCheckApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
