using ClaimCheck.Extraction;

namespace ClaimCheck.Linking;

/// <summary>A speaker being built by <see cref="SpeakerLinker"/>: its occurrences and, for persons, its full name forms.</summary>
internal sealed class Node
{
    public Node(EntityType type, bool unresolved = false)
    {
        Type = type;
        Unresolved = unresolved;
    }

    public EntityType Type { get; }

    public bool Unresolved { get; }

    public List<SpeakerLinker.Occurrence> Occurrences { get; } = [];

    /// <summary>Full name forms (with a given name) that define the person, in the order they joined.</summary>
    public List<PersonName> FullForms { get; } = [];

    /// <summary>
    /// Head words of the roles of the full-name occurrences, for deciding where a surname-only form
    /// goes: a set, so a person named in thousands of articles costs no more than one named once.
    /// </summary>
    public HashSet<string?> FullRoleHeads { get; } = [];

    /// <summary>Articles in which the person is named in full.</summary>
    public HashSet<int> FullArticles { get; } = [];

    public void Add(SpeakerLinker.Occurrence occurrence) => Occurrences.Add(occurrence);

    /// <summary>Drops the occurrences once the speaker is drafted: a report of 50,000 articles keeps none of them.</summary>
    public void Release()
    {
        Occurrences.Clear();
        Occurrences.TrimExcess();
    }

    public SpeakerDraft ToSpeakerDraft()
    {
        // The canonical name: the most frequent full form, then the longest, then ordinal order.
        var names = Occurrences.GroupBy(o => o.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count(), Full: FullForms.Exists(f => f.Text == g.Key)))
            .OrderByDescending(n => n.Full)
            .ThenByDescending(n => n.Count)
            .ThenByDescending(n => n.Name.Length)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        var forms = Occurrences.Select(o => o.Speaker.Name.Trim())
            .Concat(Occurrences.Select(o => o.Name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var roles = Occurrences.Select(o => o.Speaker.Role?.Trim())
            .OfType<string>()
            .Where(r => r.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var refs = Occurrences.Select(o => o.Ref).Order().ToList();
        return new SpeakerDraft(names[0].Name, Type, forms, roles, refs, Unresolved);
    }
}
