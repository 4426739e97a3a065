namespace ClaimCheck.Rules;

/// <summary>One problem in a rule file, printed as <c>file(line,col): error CCR0NN: message</c>.</summary>
public sealed record RuleDiagnostic(string File, int Line, int Column, string Id, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): error {Id}: {Message}";
}
