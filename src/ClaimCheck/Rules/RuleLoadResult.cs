namespace ClaimCheck.Rules;

/// <summary>The outcome of <see cref="RuleLoader.Load"/>: the rules when every file is valid, and every problem found.</summary>
public sealed class RuleLoadResult
{
    public RuleLoadResult(RuleSet? rules, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        Rules = rules;
        Diagnostics = diagnostics;
    }

    /// <summary>Null when any file has an error.</summary>
    public RuleSet? Rules { get; }

    /// <summary>All problems across all files, in file order (by name), then in the order found.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }
}
