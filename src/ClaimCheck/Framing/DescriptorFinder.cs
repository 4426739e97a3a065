using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Mentions;
using ClaimCheck.Linking;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;

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
/// "Belarusian"), then the one named nearest to it. A description inside a quotation is the quoted
/// speaker's word, not the outlet's, and is marked so. Each descriptor counts once per article.
/// </remarks>
internal sealed class DescriptorFinder
{
    private readonly MentionFinder mentions;
    private readonly RoleWords roles;

    public DescriptorFinder(MentionFinder mentions, RoleWords roles)
    {
        this.mentions = mentions;
        this.roles = roles;
    }

    /// <summary>Descriptors per article, and the articles each speaker appears in (by name or statement).</summary>
    public (List<List<(LinkedSpeaker Speaker, string Descriptor)>> PerArticle, Dictionary<string, HashSet<int>> Appearances) Find(
        IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<SegmentedText> segmented, SpeakerLinks links)
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

        // First pass: the persons each article names, and every role given with a name.
        var perArticleMentions = new List<(List<(LinkedSpeaker Speaker, Mention Mention)> Named, List<Mention> Descriptions, List<TextSpan> Quotes)>();
        for (int a = 0; a < articles.Count; a++)
        {
            var named = new List<(LinkedSpeaker, Mention)>();
            var descriptions = new List<Mention>();
            var quotes = QuoteFinder.Find(segmented[a]).Where(q => q.IsTopLevel).Select(q => q.Inner).ToList();
            perArticleMentions.Add((named, descriptions, quotes));
            IReadOnlyList<Mention> all;
            try
            {
                all = mentions.Find(segmented[a], articles[a].Metadata.Boilerplate.OrderBy(b => b.Start).ToList());
            }
#pragma warning disable CA1031 // Descriptors are an extra: a failure on odd text costs them, never the report.
            catch (Exception)
#pragma warning restore CA1031
            {
                continue;
            }

            foreach (var m in all.Where(m => m.Type == EntityType.Person))
            {
                if (m.Kind == MentionKind.Name && m.Name is { } name && links.Find(a, name, EntityType.Person, m.Role) is { Type: EntityType.Person } speaker)
                {
                    named.Add((speaker, m));
                    Appear(appearances, speaker.Id, [a]);
                    if (m.Role is { } role)
                    {
                        AddRole(knownRoles[speaker.Id], role);
                    }
                }
                else if (m.Kind == MentionKind.Description && !m.Plural)
                {
                    descriptions.Add(m);
                }
            }
        }

        var result = new List<List<(LinkedSpeaker, string)>>();
        for (int a = 0; a < articles.Count; a++)
        {
            var found = new List<(LinkedSpeaker, string)>();
            var analysis = articles[a];
            string text = analysis.Source.Text;
            for (int s = 0; s < analysis.Statements.Count; s++)
            {
                if (analysis.Statements[s].Speaker is { Type: EntityType.Person, Role: { } role } && links.Of(new StatementRef(a, s)) is { } speaker && Clean(role) is { } d)
                {
                    found.Add((speaker, d));
                }
            }

            var (named, descriptions, quotes) = perArticleMentions[a];
            foreach (var (speaker, m) in named)
            {
                if (m.Role is { } role && Clean(role) is { } d)
                {
                    found.Add((speaker, d));
                }
            }

            foreach (var m in descriptions)
            {
                string description = text.Substring(m.Span.Start, m.Span.Length);
                if (Best(named, knownRoles, m, description) is { } target && Clean(description) is { } d)
                {
                    found.Add((target, quotes.Exists(q => q.Contains(m.Span)) ? d + " (in a quotation)" : d));
                }
            }

            // Case apart ("Belarusian President", "Belarusian president"), one descriptor; the first form stays.
            result.Add(found.DistinctBy(f => (f.Item1.Id, f.Item2.ToUpperInvariant())).ToList());
        }

        return (result, appearances);
    }

    private LinkedSpeaker? Best(List<(LinkedSpeaker Speaker, Mention Mention)> named, Dictionary<string, (HashSet<string?> Heads, HashSet<string> Modifiers)> knownRoles, Mention description, string text)
    {
        string? head = RoleWords.Head(description.Role ?? text);
        var modifiers = Modifiers(text);
        LinkedSpeaker? best = null;
        (int Score, int Distance, string Id) bestKey = (-1, 0, "");
        foreach (var group in named.GroupBy(n => n.Speaker.Id, StringComparer.Ordinal))
        {
            var speaker = group.First().Speaker;
            var (heads, roleModifiers) = knownRoles[speaker.Id];
            if (heads.Count > 0 && !heads.Any(h => roles.HeadsCompatible(h, head)))
            {
                continue;
            }

            int score = (heads.Contains(head) ? 2 : 0) + (roleModifiers.Overlaps(modifiers) ? 1 : 0);
            int distance = group.Min(n => Math.Abs(n.Mention.Span.Start - description.Span.Start));
            var key = (score, distance, speaker.Id);
            if (best is null || key.score > bestKey.Score || (key.score == bestKey.Score && (key.distance < bestKey.Distance || (key.distance == bestKey.Distance && string.CompareOrdinal(key.Id, bestKey.Id) < 0))))
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
