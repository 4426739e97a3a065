using ClaimCheck.Extraction;
using ClaimCheck.Reporting.Input;
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
/// <para>A "name" made only of determiners and numbers ("two" of "the two sides agreed", "both",
/// "some") says nobody: its statements keep their source as written but get no speaker.</para>
/// </remarks>
public sealed class SpeakerLinker
{
    private readonly Dictionary<string, (string Name, EntityType? Type)> aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> outletNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly RoleWords roles;
    private readonly HashSet<string> determiners = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="mentions">Its determiner lists tell names that name nobody ("two", "both"); none when null.</param>
    public SpeakerLinker(AliasesFile aliasesFile, OutletsFile outlets, CoreferenceFile coreference, MentionsFile? mentions = null)
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
        if (mentions is not null)
        {
            foreach (var d in mentions.DefiniteDeterminers.Concat(mentions.IndefiniteDeterminers).Concat(mentions.PossessiveDeterminers))
            {
                determiners.UnionWith(d.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            // Cardinal numbers past the lists' few: a closed class of the language, not a rule to tune.
            determiners.UnionWith(["six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million", "dozen", "dozens", "hundreds", "thousands", "millions"]);
        }
    }

    /// <summary>True when every word of <paramref name="name"/> is a determiner or a number: it names nobody.</summary>
    internal bool NamesNobody(string name) =>
        determiners.Count > 0
        && name.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && Array.TrueForAll(words, w => determiners.Contains(w) || w.All(c => char.IsDigit(c) || c is ',' or '.'));

    /// <summary>Links the speakers of every statement of <paramref name="articles"/> (indices are list positions).</summary>
    public SpeakerLinks Link(IReadOnlyList<ArticleAnalysis> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Link(articles.Select(a => ReportArticle.From(a, ArticleFacts.Empty)).ToList());
    }

    /// <summary>Links the speakers of every statement of <paramref name="articles"/> (indices are list positions).</summary>
    public SpeakerLinks Link(IReadOnlyList<ReportArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var occurrences = new List<Occurrence>();
        for (int a = 0; a < articles.Count; a++)
        {
            var statements = articles[a].Statements;
            for (int s = 0; s < statements.Count; s++)
            {
                if (statements[s].Statement.Speaker is { } speaker && !string.IsNullOrWhiteSpace(speaker.Name) && !NamesNobody(speaker.Name))
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
