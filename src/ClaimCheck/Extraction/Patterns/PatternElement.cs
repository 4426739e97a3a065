namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// One element of a <see cref="TokenPattern"/>. For literals, <see cref="Alternatives"/> holds one or
/// more word sequences (lower case); a dash literal matches any dash.
/// </summary>
public sealed class PatternElement
{
    public PatternElement(PatternElementKind kind, bool optional, string? filter, IReadOnlyList<string[]> alternatives)
    {
        Kind = kind;
        Optional = optional;
        Filter = filter;
        Alternatives = alternatives;
    }

    public PatternElementKind Kind { get; }

    public bool Optional { get; }

    /// <summary>The part after a colon: <c>CUE:belief</c> gives "belief".</summary>
    public string? Filter { get; }

    public IReadOnlyList<string[]> Alternatives { get; }

    public override string ToString()
    {
        var core = Kind == PatternElementKind.Literal
            ? Alternatives.Count == 1 ? string.Join(' ', Alternatives[0]) : "(" + string.Join('|', Alternatives.Select(a => string.Join(' ', a))) + ")"
            : Kind.ToString().ToUpperInvariant() + (Filter is null ? "" : ":" + Filter);
        return Optional ? core + "?" : core;
    }
}
