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

    public bool StartsWithContent { get; } = Pattern.Elements[0].Kind == PatternElementKind.Content; // read once per pattern and document: no interface call

    /// <summary>True when the pattern opens with its quotation ('"...," she said').</summary>
    public bool StartsWithQuote { get; } = Pattern.Elements[0].Kind == PatternElementKind.Quote;

    /// <summary>True when some element is a QUOTE (quote-only cues need one).</summary>
    public bool HasQuote { get; } = Pattern.Elements.Any(x => x.Kind == PatternElementKind.Quote);

    /// <summary>True when a literal "to" comes right before a CONTENT: the content is an infinitive ("promised [to send police]").</summary>
    public bool HasInfinitiveContent { get; } = Pattern.Elements.Zip(Pattern.Elements.Skip(1)).Any(p =>
        p.First.Kind == PatternElementKind.Literal && p.First.Alternatives.Any(a => a is ["to"]) && p.Second.Kind == PatternElementKind.Content);

    /// <summary>
    /// True when a required OBJECT and a preposition other than "that" stand between the CUE and a CONTENT
    /// ("accused [the Kremlin of pressing Belarus]"): the object and its preposition belong to the
    /// reported content (PolNeAR marks the content from the object on, 35 of 38 times on its train split).
    /// </summary>
    public bool ContentTakesObject { get; } = Pattern.Elements.Count > 3 && Enumerable.Range(0, Pattern.Elements.Count - 3).Any(i =>
        Pattern.Elements[i].Kind == PatternElementKind.Cue
        && Pattern.Elements[i + 1] is { Kind: PatternElementKind.Other, Optional: false }
        && Pattern.Elements[i + 2] is { Kind: PatternElementKind.Literal, Optional: false } preposition
        && !preposition.Alternatives.Any(a => a is ["that"])
        && Pattern.Elements[i + 3].Kind == PatternElementKind.Content);

    /// <summary>True when the pattern opens with "and" or "but" before its CUE: a verb coordinated with an earlier one ("... and promised to").</summary>
    public bool IsCoordinated { get; } = Pattern.Elements.Count > 1 && Pattern.Elements[0].Kind == PatternElementKind.Literal
        && Pattern.Elements[0].Alternatives.Any(a => a is ["and"]) && Pattern.Elements[1].Kind == PatternElementKind.Cue;

    /// <summary>True for a pattern with no SOURCE that opens with its CONTENT: a passive report that names nobody ("Turnout is expected to rise").</summary>
    public bool IsAgentless { get; } = Pattern.Elements.Count > 0 && Pattern.Elements[0].Kind == PatternElementKind.Content
        && Pattern.Elements.All(x => x.Kind != PatternElementKind.Source);

    /// <summary>Per element: a CUE's <see cref="CueFitMemo.KeyOf"/> key; -1 for other elements.</summary>
    internal int[] CueKeys { get; } = [.. Pattern.Elements.Select(e => e.Kind == PatternElementKind.Cue
        ? CueFitMemo.KeyOf(e.Filter, Pattern.Elements.Any(x => x.Kind == PatternElementKind.Quote))
        : -1)];

    /// <summary>The elements as an array (indexed in the matcher's inner loop).</summary>
    internal PatternElement[] Elements { get; } = [.. Pattern.Elements];

    /// <summary>Each element's filter, parsed once.</summary>
    internal ElementPlan[] Plans { get; } = [.. Pattern.Elements.Select(e => new ElementPlan(e, PatternMatcher.DefaultSkip))];

    /// <summary>How far from its start the pattern's required CUE can be, or null when unbounded.</summary>
    internal CueReach? Reach { get; } = CueReach.Of(Pattern.Elements, PatternMatcher.DefaultSkip);
}
