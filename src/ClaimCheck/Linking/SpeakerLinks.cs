using System.Text;
using ClaimCheck.Extraction;

namespace ClaimCheck.Linking;

/// <summary>
/// The result of <see cref="SpeakerLinker.Link"/>: every speaker, sorted by type, then by how many
/// statements it has (most first), then by name; and the speaker of each statement.
/// </summary>
public sealed class SpeakerLinks
{
    private readonly Dictionary<StatementRef, LinkedSpeaker> byStatement = [];
    private readonly Dictionary<Node, LinkedSpeaker> byNode = [];
    private readonly PersonBlocks persons;
    private readonly IReadOnlyDictionary<string, Node> others;
    private readonly SpeakerLinker linker;

    internal SpeakerLinks(List<Node> nodes, Dictionary<StatementRef, Node> nodeOf, PersonBlocks persons, IReadOnlyDictionary<string, Node> others, SpeakerLinker linker)
    {
        this.persons = persons;
        this.others = others;
        this.linker = linker;
        var drafts = nodes.Select(n => (Node: n, Draft: n.ToSpeakerDraft()))
            .OrderBy(d => d.Draft.Type)
            .ThenByDescending(d => d.Draft.Statements.Count)
            .ThenBy(d => d.Draft.Name, StringComparer.Ordinal)
            .ThenBy(d => d.Draft.Statements[0])
            .ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var speakers = new List<LinkedSpeaker>(drafts.Count);
        foreach (var (node, d) in drafts)
        {
            string baseId = Slug(d.Name);
            string id = baseId;
            for (int n = 2; !ids.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

            var speaker = new LinkedSpeaker(id, d.Name, d.Type, d.Forms, d.Roles, d.Statements, d.Unresolved);
            speakers.Add(speaker);
            byNode[node] = speaker;
        }

        foreach (var (r, node) in nodeOf)
        {
            byStatement[r] = byNode[node];
        }

        foreach (var node in nodes)
        {
            node.Release();
        }

        Speakers = speakers;
    }

    public IReadOnlyList<LinkedSpeaker> Speakers { get; }

    /// <summary>The speaker of a statement, or null when the statement has none.</summary>
    public LinkedSpeaker? Of(StatementRef statement) => byStatement.GetValueOrDefault(statement);

    /// <summary>
    /// The speaker a name in an article stands for (a mention that is not itself a statement's
    /// speaker), by the same rules as linking; null when it names no known speaker.
    /// </summary>
    public LinkedSpeaker? Find(int article, string name, EntityType type, string? role = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (canonical, canonicalType) = linker.Canonical(name, type);
        if (canonicalType == EntityType.Person)
        {
            return PersonName.Parse(canonical) is { } parsed && persons.Resolve(article, parsed, role, create: false) is { } node
                ? byNode.GetValueOrDefault(node)
                : null;
        }

        return others.TryGetValue(SpeakerLinker.OtherKey(canonicalType, canonical, article), out var other) ? byNode.GetValueOrDefault(other) : null;
    }

    /// <summary>An anchor-safe id: ASCII letters and digits joined by single hyphens ("aliaksandr-lukashenka").</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (char raw in name.Normalize(NormalizationForm.FormD))
        {
            char c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '\'' or '\u2019')
            {
                if (sb.Length > 0 && sb[^1] != '-')
                {
                    sb.Append('-');
                }
            }
        }

        string s = sb.ToString().Trim('-');
        return s.Length == 0 ? "speaker" : s;
    }
}
