namespace ClaimCheck.Rules;

/// <summary>Collects diagnostics while a rule file is validated; positions come from the YAML nodes.</summary>
public sealed class RuleValidationContext
{
    private readonly List<RuleDiagnostic> diagnostics;
    private readonly Func<object, (int Line, int Column)> locate;

    public RuleValidationContext(string file, List<RuleDiagnostic> diagnostics, Func<object, (int Line, int Column)> locate)
    {
        File = file;
        this.diagnostics = diagnostics;
        this.locate = locate;
    }

    public string File { get; }

    /// <summary>Reports a problem at the YAML position the object <paramref name="at"/> was read from.</summary>
    public void Error(object at, string id, string message)
    {
        var (line, column) = locate(at);
        diagnostics.Add(new RuleDiagnostic(File, line, column, id, message));
    }
}
