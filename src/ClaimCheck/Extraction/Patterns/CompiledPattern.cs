using ClaimCheck.Rules.Files;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>An attribution rule ready to match: its parsed pattern, kind and priority.</summary>
internal sealed record CompiledPattern(string Id, TokenPattern Pattern, StatementKind Kind, int Priority)
{
    public static CompiledPattern From(PatternEntry entry) => new(
        entry.Id,
        TokenPattern.Parse(entry.Pattern),
        entry.Kind switch
        {
            "direct" => StatementKind.Direct,
            "mixed" => StatementKind.Mixed,
            "according_to" => StatementKind.AccordingTo,
            _ => StatementKind.Indirect,
        },
        entry.Priority);

    public bool StartsWithContent => Pattern.Elements[0].Kind == PatternElementKind.Content;

    /// <summary>True when some element is a QUOTE (quote-only cues need one).</summary>
    public bool HasQuote { get; } = Pattern.Elements.Any(x => x.Kind == PatternElementKind.Quote);

    /// <summary>The elements as an array (indexed in the matcher's inner loop).</summary>
    internal PatternElement[] Elements { get; } = [.. Pattern.Elements];

    /// <summary>Each element's filter, parsed once.</summary>
    internal ElementPlan[] Plans { get; } = [.. Pattern.Elements.Select(e => new ElementPlan(e, PatternMatcher.DefaultSkip))];

    /// <summary>How far from its start the pattern's required CUE can be, or null when unbounded.</summary>
    internal CueReach? Reach { get; } = CueReach.Of(Pattern.Elements, PatternMatcher.DefaultSkip);
}
