using ClaimCheck.Extraction;
using ClaimCheck.Framing;
using ClaimCheck.Linking;
using ClaimCheck.Output;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Reporting;

/// <summary>
/// Builds a <see cref="CrossSourceReport"/> from analysed articles: links speakers, clusters claims,
/// measures framing and collects unattributed quotations. Articles are taken in path order, so
/// the report does not depend on the order they were given in.
/// </summary>
public sealed class ReportBuilder
{
    /// <summary>A narration sentence shorter than this says too little to be a claim.</summary>
    private const int MinNarrationWords = 6;

    /// <summary>A source mention longer than this is shown by the speaker's name instead.</summary>
    private const int MaxNamedAsLength = 60;

    private readonly Segmenter segmenter;
    private readonly SpeakerLinker linker;
    private readonly ClaimClusterer clusterer;
    private readonly FramingAnalyzer framing;

    public ReportBuilder(RuleSet rules, ClaimClusterOptions? claimOptions = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        segmenter = new Segmenter(rules.Abbreviations);
        linker = new SpeakerLinker(rules.Aliases, rules.Outlets, rules.Coreference);
        clusterer = new ClaimClusterer(rules.Framing, claimOptions);
        framing = new FramingAnalyzer(rules);
    }

    /// <summary>
    /// Builds the report. <paramref name="linkOf"/> turns an article's path into the link target the
    /// report uses for it (relative to where the report is written); by default the path itself.
    /// </summary>
    public CrossSourceReport Build(IEnumerable<ArticleAnalysis> analyses, Func<string, string>? linkOf = null)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        linkOf ??= p => p;
        var articles = analyses.OrderBy(a => a.Source.Path, StringComparer.Ordinal).ToList();
        var segmented = articles.Select(a => segmenter.Segment(a.Source)).ToList();
        var quotes = segmented.Select(QuoteFinder.Find).ToList();
        var links = linker.Link(articles);

        var sources = articles.Select((a, i) => new ReportSource(
            i,
            a.Source.Path,
            linkOf(a.Source.Path),
            FramingAnalyzer.OutletOf(a),
            a.Metadata.Date,
            a.Metadata.Title,
            a.Statements.Count)).ToList();

        var speakers = links.Speakers
            .Select(s => new ReportSpeaker(s, s.Statements.Select(r => Row(articles, links, r.Article, r.Statement)).ToList()))
            .ToList();

        var narration = articles.Select((a, i) => Narration(a, segmented[i])).ToList();
        var claims = clusterer.Cluster(articles, links, narration)
            .Select(c => new ReportClaim(c, c.Members.Select(m => m.Statement is { } s
                ? Row(articles, links, m.Article, s)
                : NarrationRow(articles[m.Article], m.Article, m.Span)).ToList()))
            .ToList();

        var outlets = framing.Analyze(articles, segmented, links);
        var unattributed = new List<UnattributedQuotation>();
        for (int i = 0; i < articles.Count; i++)
        {
            unattributed.AddRange(Unattributed(articles[i], i, quotes[i]));
        }

        return new CrossSourceReport(sources, speakers, claims, outlets, unattributed);
    }

    private ReportStatement Row(List<ArticleAnalysis> articles, SpeakerLinks links, int article, int index)
    {
        var analysis = articles[article];
        var s = analysis.Statements[index];
        var speaker = links.Of(new StatementRef(article, index));
        string text = analysis.Source.Text;
        string? namedAs = s.Source is { } src ? OneLine(text.Substring(src.Start, src.Length)) : null;
        if (namedAs is null || namedAs.Length > MaxNamedAsLength)
        {
            namedAs = s.Speaker?.Name ?? namedAs ?? "";
        }

        return new ReportStatement(
            article,
            index,
            speaker?.Id,
            speaker?.Name,
            namedAs,
            StatementNames.Of(s.Kind),
            s.Cue is { } cue ? OneLine(text.Substring(cue.Span.Start, cue.Span.Length)) : null,
            s.Cue?.Stance,
            s.Channel?.Name,
            FramingAnalyzer.OutletOf(analysis),
            framing.HedgesOf(analysis, s).Select(h => h.Label).Distinct(StringComparer.Ordinal).ToList(),
            s.Extent,
            OneLine(StatementNames.ContentText(text, s)));
    }

    private ReportStatement NarrationRow(ArticleAnalysis analysis, int article, TextSpan span)
    {
        string outlet = FramingAnalyzer.OutletOf(analysis);
        string text = analysis.Source.Text;
        return new ReportStatement(
            article,
            null,
            null,
            null,
            outlet == FramingAnalyzer.UnknownOutlet ? "the article" : outlet,
            "narration",
            null,
            null,
            null,
            outlet,
            framing.Hedges.Find(text, span).Select(h => h.Label).Distinct(StringComparer.Ordinal).ToList(),
            span,
            OneLine(text.Substring(span.Start, span.Length)));
    }

    /// <summary>The article's own sentences: no statement in them, not page furniture, long enough to say something.</summary>
    private static List<TextSpan> Narration(ArticleAnalysis analysis, SegmentedText segmented)
    {
        var taken = analysis.Statements
            .SelectMany(s => new[] { s.Extent, s.Source ?? default, s.Cue?.Span ?? default })
            .Where(t => !t.IsEmpty)
            .Concat(analysis.Metadata.Boilerplate)
            .ToList();
        if (analysis.Metadata.TitleSpan is { } title)
        {
            taken.Add(title);
        }

        var result = new List<TextSpan>();
        foreach (var sentence in segmented.Sentences)
        {
            if (sentence.TokenCount >= MinNarrationWords && !taken.Exists(t => t.Overlaps(sentence.Span)))
            {
                result.Add(sentence.Span);
            }
        }

        return result;
    }

    private static IEnumerable<UnattributedQuotation> Unattributed(ArticleAnalysis analysis, int article, IReadOnlyList<Quotation> quotes)
    {
        string text = analysis.Source.Text;
        var covered = analysis.Statements.SelectMany(s => s.Content.Append(s.Extent)).ToList();
        foreach (var q in quotes)
        {
            if (!q.IsTopLevel || q.IsTermLike || q.Inner.IsEmpty
                || covered.Exists(c => c.Overlaps(q.Inner))
                || analysis.Metadata.Boilerplate.Any(b => b.Overlaps(q.Outer)))
            {
                continue;
            }

            yield return new UnattributedQuotation(article, FramingAnalyzer.OutletOf(analysis), q.Inner, OneLine(text.Substring(q.Inner.Start, q.Inner.Length)));
        }
    }

    internal static string OneLine(string s) =>
        string.Join(' ', s.Split([' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
