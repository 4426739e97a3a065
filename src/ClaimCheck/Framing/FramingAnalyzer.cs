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
/// <remarks>Descriptors: see <see cref="DescriptorFinder"/>.</remarks>
public sealed class FramingAnalyzer
{
    public const string UnknownOutlet = "unknown outlet";

    private readonly HedgeLexicon hedges;
    private readonly DescriptorFinder descriptors;

    public FramingAnalyzer(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        hedges = new HedgeLexicon(rules.Framing);
        descriptors = new DescriptorFinder(new MentionFinder(rules.Mentions, rules.Outlets), new RoleWords(rules.Coreference));
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
        var (perArticle, appearances) = descriptors.Find(articles, segmented, links);

        var result = new List<OutletFraming>();
        var byOutlet = Enumerable.Range(0, articles.Count).GroupBy(a => OutletOf(articles[a]), StringComparer.Ordinal);
        foreach (var group in byOutlet)
        {
            var stances = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            var hedgeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            var scare = new Dictionary<string, int>(StringComparer.Ordinal);
            var described = new Dictionary<string, (LinkedSpeaker Speaker, Dictionary<string, int> Counts)>(StringComparer.Ordinal);
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
                        if (!described.TryGetValue(speaker.Id, out var entry))
                        {
                            described[speaker.Id] = entry = (speaker, new Dictionary<string, int>(StringComparer.Ordinal));
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
                described.Values
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
