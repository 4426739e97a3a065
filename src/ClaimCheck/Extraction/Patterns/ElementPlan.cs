namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// An element's filter read once when the pattern is compiled, not at every token it is tried at:
/// the CUE conditions, the mention types a SOURCE/OUTLET/OBJECT filter admits, a SKIP's length.
/// </summary>
internal sealed class ElementPlan
{
    public ElementPlan(PatternElement element, int defaultSkip)
    {
        string? filter = element.Filter;
        Alternatives = [.. element.Alternatives];
        Parts = filter?.Split(',') ?? [];
        Negated = new bool[Parts.Length];
        Conditions = new string[Parts.Length];
        for (int i = 0; i < Parts.Length; i++)
        {
            Negated[i] = Parts[i].StartsWith('-');
            Conditions[i] = Negated[i] ? Parts[i][1..] : Parts[i];
        }

        // The same test as comparing the filter with the mention type's name, for each type.
        AdmitsType = new bool[Enum.GetValues<EntityType>().Max(t => (int)t) + 1];
        foreach (var type in Enum.GetValues<EntityType>())
        {
            AdmitsType[(int)type] = filter is null || PatternMatcher.TypeFits(filter, type);
        }

        Skip = element.Kind == PatternElementKind.Skip && filter is not null
            ? int.Parse(filter, System.Globalization.CultureInfo.InvariantCulture)
            : defaultSkip;
    }

    // The ids of Alternatives in the vocabulary last asked for (AlternativeIds); replaced whole, so racing threads see one pair or the other.
    private Tuple<PatternVocabulary, int[][]>? ids;

    /// <summary>A literal's word sequences as ids of <paramref name="vocabulary"/> (<see cref="PatternVocabulary.IdsOf"/>).</summary>
    public int[][] AlternativeIds(PatternVocabulary vocabulary)
    {
        var known = ids;
        if (known is null || !ReferenceEquals(known.Item1, vocabulary))
        {
            known = Tuple.Create(vocabulary, Alternatives.Select(vocabulary.IdsOf).ToArray());
            ids = known;
        }

        return known.Item2;
    }

    /// <summary>A literal's word sequences, as an array: no enumerator per test.</summary>
    public string[][] Alternatives { get; }

    /// <summary>The comma-separated parts of the filter as written ("-ing", "belief").</summary>
    public string[] Parts { get; }

    /// <summary>Per part: it starts with '-'.</summary>
    public bool[] Negated { get; }

    /// <summary>Per part: the condition without its '-'.</summary>
    public string[] Conditions { get; }

    /// <summary>Indexed by <see cref="EntityType"/>: a mention of that type passes the filter.</summary>
    public bool[] AdmitsType { get; }

    /// <summary>For SKIP: the most tokens it may skip.</summary>
    public int Skip { get; }
}
