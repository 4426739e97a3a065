namespace ClaimCheck.Linking;

/// <summary>
/// Persons grouped by surname key: the only names ever compared with one another. See
/// <see cref="SpeakerLinker"/> for the rules.
/// </summary>
internal sealed class PersonBlocks
{
    private readonly RoleWords roles;
    private readonly SortedDictionary<string, List<(PersonName Name, SpeakerLinker.Occurrence Occurrence)>> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Node>> persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Node> byFullText = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Node> unresolved = new(StringComparer.Ordinal);

    public PersonBlocks(RoleWords roles)
    {
        this.roles = roles;
    }

    /// <summary>Every person, blocks in key order, persons in the order they were formed; unresolved ones last.</summary>
    public IEnumerable<Node> Nodes =>
        persons.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => kv.Value).Concat(unresolved.Values);

    public static string BlockKey(PersonName name) =>
        name.SurnameKey.Length > 0 ? name.SurnameKey : name.Surname.ToLowerInvariant();

    /// <summary>Collects a full-name occurrence; surname-only ones are resolved after <see cref="Freeze"/>.</summary>
    public void AddFull(SpeakerLinker.Occurrence occurrence, PersonName name)
    {
        if (!name.HasGiven)
        {
            return;
        }

        string key = BlockKey(name);
        if (!pending.TryGetValue(key, out var list))
        {
            pending[key] = list = [];
        }

        list.Add((name, occurrence));
    }

    /// <summary>Forms the persons of each block from its full names, most frequent form first, so the grouping does not depend on input order.</summary>
    public void Freeze()
    {
        foreach (var (key, list) in pending)
        {
            var block = new List<Node>();
            persons[key] = block;
            var forms = list.GroupBy(p => p.Name.Text, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (var form in forms)
            {
                var name = form.First().Name;
                var formRoles = form.Select(p => p.Occurrence.Speaker.Role).OfType<string>().ToList();
                bool initialOnly = name.Given.All(g => g.TrimEnd('.').Length == 1);
                var person = block.Find(p => p.FullForms.TrueForAll(f => f.Matches(name))
                    && (!initialOnly || RolesFit(p, formRoles)));
                if (person is null)
                {
                    person = new Node(Extraction.EntityType.Person);
                    block.Add(person);
                }

                person.FullForms.Add(name);
                person.FullRoles.AddRange(formRoles);
                foreach (var p in form)
                {
                    person.FullArticles.Add(p.Occurrence.Ref.Article);
                }

                byFullText[name.Text] = person;
            }
        }

        pending.Clear();
    }

    /// <summary>
    /// The person a name in <paramref name="article"/> stands for. Surname-only names without a
    /// unique person go to an unresolved speaker per surname key (created only when <paramref name="create"/>).
    /// </summary>
    public Node? Resolve(int article, PersonName name, string? role, bool create)
    {
        if (byFullText.TryGetValue(name.Text, out var known))
        {
            return known;
        }

        string key = BlockKey(name);
        persons.TryGetValue(key, out var block);
        block ??= [];
        if (name.HasGiven)
        {
            // A full name not seen as a speaker (a mention looked up by the framing stage).
            return block.Find(p => p.FullForms.TrueForAll(f => f.Matches(name)));
        }

        var roleList = role is null ? new List<string>() : [role];
        var candidates = block.FindAll(p => p.FullForms.Exists(f => f.SurnameCompatible(name)) && RolesFit(p, roleList));
        var chosen = Unique(candidates)
            ?? Unique(candidates.FindAll(p => p.FullArticles.Contains(article)))
            ?? (role is null ? null : Unique(candidates.FindAll(p => p.FullRoles.Exists(r => string.Equals(RoleWords.Head(r), RoleWords.Head(role), StringComparison.Ordinal)))));
        if (chosen is not null)
        {
            return chosen;
        }

        string unresolvedKey = key + (name.Feminine == true ? "/f" : "");
        if (!unresolved.TryGetValue(unresolvedKey, out var node) && create)
        {
            // Ambiguous only when several people could be meant; otherwise simply known by surname.
            unresolved[unresolvedKey] = node = new Node(Extraction.EntityType.Person, unresolved: candidates.Count > 1);
        }

        return node;
    }

    private bool RolesFit(Node person, List<string> formRoles) =>
        formRoles.Count == 0 || person.FullRoles.Count == 0 || formRoles.Exists(r => person.FullRoles.Exists(pr => roles.Compatible(r, pr)));

    private static Node? Unique(List<Node> nodes) => nodes.Count == 1 ? nodes[0] : null;
}
