using YamlDotNet.Core;

namespace ClaimCheck.Rules.Loading;

/// <summary>Adds diagnostics for one rule file to the shared list, positioned at YAML marks.</summary>
internal sealed class RuleFileDiagnostics
{
    private readonly List<RuleDiagnostic> diagnostics;

    public RuleFileDiagnostics(string file, List<RuleDiagnostic> diagnostics)
    {
        File = file;
        this.diagnostics = diagnostics;
        Start = diagnostics.Count;
    }

    public string File { get; }

    /// <summary>Index in the shared list of this file's first diagnostic.</summary>
    public int Start { get; }

    public int Count => diagnostics.Count - Start;

    public void Report(Mark at, string id, string message)
    {
        var (line, column) = Position(at);
        diagnostics.Add(new RuleDiagnostic(File, line, column, id, message));
    }

    /// <summary>Orders this file's diagnostics by position (stable) so they read top to bottom.</summary>
    public void SortByPosition()
    {
        var mine = diagnostics.GetRange(Start, Count).OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        diagnostics.RemoveRange(Start, mine.Count);
        diagnostics.AddRange(mine);
    }

    /// <summary>YAML marks are 1-based already; <see cref="Mark.Empty"/> (no position) becomes (1,1).</summary>
    public static (int Line, int Column) Position(Mark at) =>
        (ClampToInt(at.Line), ClampToInt(at.Column));

    private static int ClampToInt(long value) => value < 1 ? 1 : value > int.MaxValue ? int.MaxValue : (int)value;
}
