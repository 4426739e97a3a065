using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Mentions;
using ClaimCheck.Linking;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;

namespace ClaimCheck.Framing;

/// <summary>
/// Framing by outlet: cue stances of its statements, hedges in its text (a hedge that is itself a
/// statement's cue does not count), its scare quotes (term-like quotations), and the descriptors it
/// puts on recurring speakers (persons who appear in at least two articles).
/// </summary>
/// <remarks>
/// A descriptor is a role given with the speaker's name ("Belarusian President Alexander
/// Lukashenko", "Aleksey Danilov, head of ..."), the role a statement's speaker was resolved with,
/// or a description standing alone ("the embattled leader", "the usurper") given to the nearest
/// recurring person named before it, within the same or the previous
/// <see cref="DescriptionReach"/> paragraphs, whose roles fit it (coreference role synonyms).
/// </remarks>
public sealed class FramingAnalyzer
{
    public const string UnknownOutlet = "unknown outlet";

    private const int DescriptionReach = 2;

    private static readonly string[] Determiners = ["the ", "a ", "an ", "this ", "that "];

    private readonly HedgeLexicon hedges;
    private readonly MentionFinder mentions;
    private readonly RoleWords roles;

    public FramingAnalyzer(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        hedges = new HedgeLexicon(rules.Framing);
        mentions = new MentionFinder(rules.Mentions, rules.Outlets);
        roles = new RoleWords(rules.Coreference);
    }

    public HedgeLexicon Hedges => hedges;

    /// <summary>The outlet an article is grouped under.</summary>
    public static string OutletOf(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return string.IsNullOrWhiteSpace(analysis.Metadata.Outlet) ? UnknownOutlet : analysis.Metadata.Outlet;
    }

    /// <summary>Hedges of a statement: those in its source, cue and content region, the cue itself excepted.</summary>
    public IReadOnlyList<HedgeMatch> HedgesOf(ArticleAnalysis analysis, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(statement);
        var region = statement.Extent;
        if (statement.Source is { } source)
        {
            region = TextSpan.Cover(region, source);
        }

        if (statement.Cue is { } cue)
        {
            region = TextSpan.Cover(region, cue.Span);
        }

        return hedges.Find(analysis.Source.Text, region).Where(h => statement.Cue is not { } c || !c.Span.Overlaps(h.Span)).ToList();
    }

    /// <summary>Framing of every outlet, sorted by outlet name (the unknown outlet last).</summary>
    public IReadOnlyList<OutletFraming> Analyze(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<SegmentedText> segmented, SpeakerLinks links)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(segmented);
        ArgumentNullException.ThrowIfNull(links);

        // Descriptors first: they also tell which persons recur (appear in two articles or more).
        var perArticle = new List<List<(LinkedSpeaker Speaker, string Descriptor)>>();
        var appearances = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int a = 0; a < articles.Count; a++)
        {
            var found = Descriptors(a, articles[a], segmented[a], links, appearances);
            perArticle.Add(found);
        }

        foreach (var speaker in links.Speakers)
        {
            Appear(appearances, speaker, speaker.Statements.Select(s => s.Article));
        }

        var result = new List<OutletFraming>();
        var byOutlet = Enumerable.Range(0, articles.Count).GroupBy(a => OutletOf(articles[a]), StringComparer.Ordinal);
        foreach (var group in byOutlet)
        {
            var stances = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            var hedgeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            var scare = new Dictionary<string, int>(StringComparer.Ordinal);
            var descriptors = new Dictionary<string, (LinkedSpeaker Speaker, Dictionary<string, int> Counts)>(StringComparer.Ordinal);
            int statements = 0;
            foreach (int a in group)
            {
                var analysis = articles[a];
                string text = analysis.Source.Text;
                statements += analysis.Statements.Count;
                foreach (var s in analysis.Statements)
                {
                    string stance = s.Cue?.Stance ?? "none";
                    string lemma = s.Cue?.Lemma ?? "(no cue)";
                    if (!stances.TryGetValue(stance, out var cues))
                    {
                        stances[stance] = cues = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    Increment(cues, lemma);
                }

                var cueSpans = analysis.Statements.Select(s => s.Cue?.Span).OfType<TextSpan>().ToList();
                foreach (var h in hedges.Find(text, new TextSpan(0, text.Length)))
                {
                    if (!cueSpans.Exists(c => c.Overlaps(h.Span)) && !analysis.Metadata.Boilerplate.Any(b => b.Overlaps(h.Span)))
                    {
                        Increment(hedgeCounts, h.Label);
                    }
                }

                foreach (var q in QuoteFinder.Find(segmented[a]).Where(q => q.IsTermLike && !analysis.Metadata.Boilerplate.Any(b => b.Overlaps(q.Outer))))
                {
                    Increment(scare, text.Substring(q.Inner.Start, q.Inner.Length).Trim());
                }

                foreach (var (speaker, descriptor) in perArticle[a])
                {
                    if (appearances.TryGetValue(speaker.Id, out var seen) && seen.Count >= 2)
                    {
                        if (!descriptors.TryGetValue(speaker.Id, out var entry))
                        {
                            descriptors[speaker.Id] = entry = (speaker, new Dictionary<string, int>(StringComparer.Ordinal));
                        }

                        Increment(entry.Counts, descriptor);
                    }
                }
            }

            result.Add(new OutletFraming(
                group.Key,
                group.Count(),
                statements,
                stances.Select(kv => new StanceCount(kv.Key, kv.Value.Values.Sum(), Sorted(kv.Value)))
                    .OrderBy(s => StanceOrder(s.Stance))
                    .ThenBy(s => s.Stance, StringComparer.Ordinal)
                    .ToList(),
                Sorted(hedgeCounts),
                Sorted(scare),
                descriptors.Values
                    .Select(d => new SpeakerDescriptors(d.Speaker.Id, d.Speaker.Name, Sorted(d.Counts)))
                    .OrderBy(d => d.SpeakerName, StringComparer.Ordinal)
                    .ThenBy(d => d.SpeakerId, StringComparer.Ordinal)
                    .ToList()));
        }

        return result
            .OrderBy(o => o.Outlet == UnknownOutlet)
            .ThenBy(o => o.Outlet, StringComparer.Ordinal)
            .ToList();
    }

    private List<(LinkedSpeaker Speaker, string Descriptor)> Descriptors(int a, ArticleAnalysis analysis, SegmentedText segmented, SpeakerLinks links, Dictionary<string, HashSet<int>> appearances)
    {
        var found = new List<(LinkedSpeaker, string)>();
        string text = analysis.Source.Text;
        for (int s = 0; s < analysis.Statements.Count; s++)
        {
            var statement = analysis.Statements[s];
            if (statement.Speaker is { Type: EntityType.Person, Role: { } role } && links.Of(new StatementRef(a, s)) is { } speaker && Clean(role) is { } d)
            {
                found.Add((speaker, d));
            }
        }

        var skip = analysis.Metadata.Boilerplate.OrderBy(b => b.Start).ToList();
        var quotes = QuoteFinder.Find(segmented).Where(q => q.IsTopLevel).Select(q => q.Inner).ToList();
        IReadOnlyList<Mention> all;
        try
        {
            all = mentions.Find(segmented, skip);
        }
#pragma warning disable CA1031 // Descriptors are an extra: a failure on odd text costs them, never the report.
        catch (Exception)
#pragma warning restore CA1031
        {
            return found;
        }

        // Persons named so far, most recent last: a description goes to the nearest one its role fits.
        var named = new List<(LinkedSpeaker Speaker, int Paragraph, List<string> Roles)>();
        foreach (var m in all.Where(m => m.Type == EntityType.Person))
        {
            int paragraph = ParagraphOf(segmented, m.Span.Start);
            if (m.Kind == MentionKind.Name && m.Name is { } name)
            {
                if (links.Find(a, name, EntityType.Person, m.Role) is not { Type: EntityType.Person } speaker)
                {
                    continue;
                }

                Appear(appearances, speaker, [a]);
                var speakerRoles = new List<string>(speaker.Roles);
                if (m.Role is { } role && Clean(role) is { } d)
                {
                    found.Add((speaker, d));
                    speakerRoles.Add(role);
                }

                named.Add((speaker, paragraph, speakerRoles));
            }
            else if (m.Kind == MentionKind.Description && !m.Plural)
            {
                // A description inside a quotation is the quoted speaker's word, not the outlet's: marked so.
                string description = text.Substring(m.Span.Start, m.Span.Length);
                string suffix = quotes.Exists(q => q.Contains(m.Span)) ? " (in a quotation)" : "";
                for (int k = named.Count - 1; k >= 0; k--)
                {
                    var (speaker, p, speakerRoles) = named[k];
                    if (paragraph - p > DescriptionReach)
                    {
                        break;
                    }

                    if (speakerRoles.Count == 0 || speakerRoles.Exists(r => roles.Compatible(r, m.Role ?? description)))
                    {
                        if (Clean(description) is { } d)
                        {
                            found.Add((speaker, d + suffix));
                        }

                        break;
                    }
                }
            }
        }

        return found;
    }

    private static void Appear(Dictionary<string, HashSet<int>> appearances, LinkedSpeaker speaker, IEnumerable<int> articles)
    {
        if (!appearances.TryGetValue(speaker.Id, out var set))
        {
            appearances[speaker.Id] = set = [];
        }

        set.UnionWith(articles);
    }

    private static int ParagraphOf(SegmentedText segmented, int position)
    {
        int s = segmented.SentenceAt(position);
        return s >= 0 ? segmented.Sentences[s].Paragraph : -1;
    }

    /// <summary>A descriptor as shown: one line, no leading determiner, no trailing punctuation.</summary>
    internal static string? Clean(string descriptor)
    {
        string d = string.Join(' ', descriptor.Split([' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Trim(',', ';', ':', '.', ' ');
        foreach (var det in Determiners)
        {
            if (d.StartsWith(det, StringComparison.OrdinalIgnoreCase))
            {
                d = d[det.Length..];
                break;
            }
        }

        return d.Length < 2 ? null : d;
    }

    private static int StanceOrder(string stance) =>
        Array.IndexOf(["neutral", "distancing", "assertive", "tentative", "belief", "denial", "supportive", "critical", "none"], stance) is var i && i >= 0 ? i : 99;

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<TermCount> Sorted(Dictionary<string, int> counts) =>
        counts.Select(kv => new TermCount(kv.Key, kv.Value))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
}
