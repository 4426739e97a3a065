using ClaimCheck.Extraction;
using ClaimCheck.Rules.Files;

namespace ClaimCheck.Linking;

/// <summary>
/// Joins the speakers of many articles into people and bodies.
/// </summary>
/// <remarks>
/// <para>Persons are blocked by the transliteration key of their surname (<see cref="NameKey"/>), so
/// only names that share it are ever compared. In a block, full names join when their given names
/// are one name in two spellings or an initial of it, and the surnames are not a masculine/feminine
/// pair (Putin / Putina). A surname-only form joins the one person of its block it can be; with
/// several, the one named in full in the same article, then the one whose role fits; otherwise it
/// stays an unresolved speaker of its own. A surname-only or initial-only form whose role conflicts
/// with every role of the person (son / president) is not joined.</para>
/// <para>Organizations, groups and outlets join by their name without case or a leading "the";
/// outlets through their aliases in outlets.yaml. Anonymous sources ("an expert") are never joined
/// across articles: two articles' experts are not known to be one person.</para>
/// <para>Names listed in aliases.yaml are replaced by their canonical name first.</para>
/// </remarks>
public sealed class SpeakerLinker
{
    private readonly Dictionary<string, (string Name, EntityType? Type)> aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> outletNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly RoleWords roles;

    public SpeakerLinker(AliasesFile aliasesFile, OutletsFile outlets, CoreferenceFile coreference)
    {
        ArgumentNullException.ThrowIfNull(aliasesFile);
        ArgumentNullException.ThrowIfNull(outlets);
        ArgumentNullException.ThrowIfNull(coreference);
        foreach (var a in aliasesFile.Aliases)
        {
            EntityType? type = a.Type switch
            {
                "person" => EntityType.Person,
                "organization" => EntityType.Organization,
                "group" => EntityType.Group,
                "outlet" => EntityType.Outlet,
                _ => null,
            };
            foreach (var f in a.Forms)
            {
                aliases[Normalize(f)] = (a.Name, type);
            }
        }

        foreach (var o in outlets.Outlets)
        {
            outletNames[Normalize(o.Name)] = o.Name;
            foreach (var alias in o.Aliases)
            {
                outletNames.TryAdd(Normalize(alias), o.Name);
            }
        }

        roles = new RoleWords(coreference);
    }

    /// <summary>Links the speakers of every statement of <paramref name="articles"/> (indices are list positions).</summary>
    public SpeakerLinks Link(IReadOnlyList<ArticleAnalysis> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var occurrences = new List<Occurrence>();
        for (int a = 0; a < articles.Count; a++)
        {
            var statements = articles[a].Statements;
            for (int s = 0; s < statements.Count; s++)
            {
                if (statements[s].Speaker is { } speaker && !string.IsNullOrWhiteSpace(speaker.Name))
                {
                    occurrences.Add(new Occurrence(new StatementRef(a, s), speaker, Canonical(speaker.Name, speaker.Type)));
                }
            }
        }

        var persons = new PersonBlocks(roles);
        var others = new SortedDictionary<string, Node>(StringComparer.Ordinal);
        foreach (var o in occurrences)
        {
            if (o.Type == EntityType.Person && PersonName.Parse(o.Name) is { } parsed)
            {
                persons.AddFull(o, parsed);
            }
        }

        persons.Freeze();
        var nodeOf = new Dictionary<StatementRef, Node>();
        foreach (var o in occurrences)
        {
            Node node;
            if (o.Type == EntityType.Person && PersonName.Parse(o.Name) is { } parsed)
            {
                node = persons.Resolve(o.Ref.Article, parsed, o.Speaker.Role, create: true)!;
            }
            else
            {
                string key = OtherKey(o.Type, o.Name, o.Ref.Article);
                if (!others.TryGetValue(key, out node!))
                {
                    others[key] = node = new Node(o.Type);
                }
            }

            node.Add(o);
            nodeOf[o.Ref] = node;
        }

        var nodes = persons.Nodes.Concat(others.Values).Where(n => n.Occurrences.Count > 0).ToList();
        return new SpeakerLinks(nodes, nodeOf, persons, others, this);
    }

    /// <summary>The canonical form of a name: an alias's canonical name, an outlet's canonical name, or the name itself.</summary>
    internal (string Name, EntityType Type) Canonical(string name, EntityType type)
    {
        string norm = Normalize(name);
        if (aliases.TryGetValue(norm, out var alias))
        {
            return (alias.Name, alias.Type ?? type);
        }

        if (type == EntityType.Outlet && outletNames.TryGetValue(norm, out var outlet))
        {
            return (outlet, type);
        }

        return (name.Trim(), type);
    }

    internal static string OtherKey(EntityType type, string name, int article)
    {
        string norm = Normalize(name);
        return type == EntityType.Anonymous ? $"anonymous:{article:D9}:{norm}" : $"{(int)type}:{norm}";
    }

    /// <summary>Lower case, single spaces, no leading "the", straight apostrophes.</summary>
    internal static string Normalize(string name)
    {
        string s = string.Join(' ', name.Replace('\u2019', '\'').Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    internal sealed record Occurrence(StatementRef Ref, Speaker Speaker, (string Name, EntityType Type) Canonical)
    {
        public string Name => Canonical.Name;

        public EntityType Type => Canonical.Type;
    }
}
