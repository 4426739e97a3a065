using ClaimCheck.Extraction;
using ClaimCheck.Linking;
using ClaimCheck.Reporting.Input;

namespace ClaimCheck.Framing;

/// <summary>
/// Finds the descriptors articles put on persons: roles given with a name ("Belarusian President
/// Alexander Lukashenko"), roles statements' speakers were resolved with, and descriptions standing
/// alone ("the embattled leader", "the usurper").
/// </summary>
/// <remarks>
/// A description standing alone goes to a person named in the same article whose roles (from
/// every article) fit it by the coreference role synonyms; the best is the one whose role has the
/// description's head word itself, then one that shares a modifier with it ("Belarus'" and
/// "Belarusian"), then the one the article names most often (whom it is about), then the one
/// named nearest to it. A description inside a quotation is the quoted
/// speaker's word, not the outlet's, and is marked so. Each descriptor counts once per article.
/// </remarks>
internal sealed class DescriptorFinder
{
    private readonly RoleWords roles;

    public DescriptorFinder(RoleWords roles)
    {
        this.roles = roles;
    }

    /// <summary>Descriptors per article, and the articles each speaker appears in (by name or statement).</summary>
    public (List<List<(LinkedSpeaker Speaker, string Descriptor)>> PerArticle, Dictionary<string, HashSet<int>> Appearances) Find(
        IReadOnlyList<ReportArticle> articles, SpeakerLinks links)
    {
        var appearances = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        // Per speaker, the head words and modifiers of every role seen: sets, so a person named in
        // thousands of articles costs no more per description than one named once.
        var knownRoles = new Dictionary<string, (HashSet<string?> Heads, HashSet<string> Modifiers)>(StringComparer.Ordinal);
        foreach (var speaker in links.Speakers)
        {
            Appear(appearances, speaker.Id, speaker.Statements.Select(s => s.Article));
            knownRoles[speaker.Id] = ([], []);
            foreach (var role in speaker.Roles)
            {
                AddRole(knownRoles[speaker.Id], role);
            }
        }

        // First pass: every role given with a name, and where persons appear. What each article names
        // is found again in the second pass rather than kept: a million mentions at 50,000 articles.
        for (int a = 0; a < articles.Count; a++)
        {
            foreach (var (speaker, m) in Mentions(articles[a], a, links).Named)
            {
                Appear(appearances, speaker.Id, [a]);
                if (m.Role is { } role)
                {
                    AddRole(knownRoles[speaker.Id], role);
                }
            }
        }

        var result = new List<List<(LinkedSpeaker, string)>>();
        for (int a = 0; a < articles.Count; a++)
        {
            var found = new List<(LinkedSpeaker, string)>();
            var article = articles[a];
            for (int s = 0; s < article.Statements.Count; s++)
            {
                if (article.Statements[s].Statement.Speaker is { Type: EntityType.Person, Role: { } role } && links.Of(new StatementRef(a, s)) is { } speaker && Clean(role) is { } d)
                {
                    found.Add((speaker, d));
                }
            }

            var (named, descriptions) = Mentions(article, a, links);
            foreach (var (speaker, m) in named)
            {
                if (m.Role is { } role && Clean(role) is { } d)
                {
                    found.Add((speaker, d));
                }
            }

            foreach (var m in descriptions)
            {
                string description = m.Description!;
                if (Best(named, knownRoles, m, description) is { } target && Clean(description) is { } d)
                {
                    found.Add((target, m.Quoted ? d + " (in a quotation)" : d));
                }
            }

            // Case apart ("Belarusian President", "Belarusian president"), one descriptor; the first form stays.
            result.Add(found.DistinctBy(f => (f.Item1.Id, f.Item2.ToUpperInvariant())).ToList());
        }

        return (result, appearances);
    }

    /// <summary>The persons an article names (with the speaker each stands for) and the descriptions standing alone.</summary>
    private static (List<(LinkedSpeaker Speaker, PersonMention Mention)> Named, List<PersonMention> Descriptions) Mentions(ReportArticle article, int a, SpeakerLinks links)
    {
        var named = new List<(LinkedSpeaker, PersonMention)>();
        var descriptions = new List<PersonMention>();
        foreach (var m in article.Facts.Persons)
        {
            if (m.Name is { } name && links.Find(a, name, EntityType.Person, m.Role) is { Type: EntityType.Person } speaker)
            {
                named.Add((speaker, m));
            }
            else if (m.Name is null && m.Description is not null)
            {
                descriptions.Add(m);
            }
        }

        return (named, descriptions);
    }

    private LinkedSpeaker? Best(List<(LinkedSpeaker Speaker, PersonMention Mention)> named, Dictionary<string, (HashSet<string?> Heads, HashSet<string> Modifiers)> knownRoles, PersonMention description, string text)
    {
        string? head = RoleWords.Head(description.Role ?? text);
        var modifiers = Modifiers(text);
        LinkedSpeaker? best = null;
        (int Score, int Salience, int Distance, string Id) bestKey = (-1, 0, 0, "");
        foreach (var group in named.GroupBy(n => n.Speaker.Id, StringComparer.Ordinal))
        {
            var speaker = group.First().Speaker;
            var (heads, roleModifiers) = knownRoles[speaker.Id];
            if (heads.Count > 0 && !heads.Any(h => roles.HeadsCompatible(h, head)))
            {
                continue;
            }

            int score = (heads.Contains(head) ? 2 : 0) + (roleModifiers.Overlaps(modifiers) ? 1 : 0);
            // Salience: how often the article names the person (overlapping mentions of one naming count once).
            int salience = group.Select(n => n.Mention.Span.End).Distinct().Count();
            int distance = group.Min(n => Math.Abs(n.Mention.Span.Start - description.Span.Start));
            var key = (score, salience, distance, speaker.Id);
            if (best is null || key.score > bestKey.Score
                || (key.score == bestKey.Score && (key.salience > bestKey.Salience
                || (key.salience == bestKey.Salience && (key.distance < bestKey.Distance
                || (key.distance == bestKey.Distance && string.CompareOrdinal(key.Id, bestKey.Id) < 0))))))
            {
                best = speaker;
                bestKey = key;
            }
        }

        return best;
    }

    private static void AddRole((HashSet<string?> Heads, HashSet<string> Modifiers) profile, string role)
    {
        profile.Heads.Add(RoleWords.Head(role));
        profile.Modifiers.UnionWith(Modifiers(role));
    }

    /// <summary>Capitalized words by their first five letters: "Belarus'" and "Belarusian" share "belar".</summary>
    private static HashSet<string> Modifiers(string phrase) =>
        phrase.Split([' ', '\u00A0', ','], StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Prepend(phrase.TrimStart().Split(' ')[0] is var first && !first.Equals("the", StringComparison.OrdinalIgnoreCase) ? first : "")
            .Select(w => new string(w.TakeWhile(char.IsLetter).ToArray()))
            .Where(w => w.Length >= 4 && char.IsUpper(w[0]))
            .Select(w => w[..Math.Min(5, w.Length)].ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    private static void Appear(Dictionary<string, HashSet<int>> appearances, string id, IEnumerable<int> articles)
    {
        if (!appearances.TryGetValue(id, out var set))
        {
            appearances[id] = set = [];
        }

        set.UnionWith(articles);
    }

    /// <summary>A descriptor as shown: one line, from its first word (no leading date or number), without a leading determiner or trailing punctuation.</summary>
    internal static string? Clean(string descriptor)
    {
        var words = descriptor.Split([' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (!words[0].Any(char.IsLetter) || words[0] is "the" or "The" or "a" or "A" or "an" or "An" or "this" or "This" or "that" or "That"))
        {
            words.RemoveAt(0);
        }

        string d = string.Join(' ', words).Trim(',', ';', ':', '.', ' ');
        return d.Length < 2 ? null : d;
    }
}
