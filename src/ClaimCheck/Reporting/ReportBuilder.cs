using ClaimCheck.Extraction;
using ClaimCheck.Framing;
using ClaimCheck.Linking;
using ClaimCheck.Output;
using ClaimCheck.Reporting.Input;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// Builds a <see cref="CrossSourceReport"/> from <see cref="ReportArticle"/>s (statements and the
/// facts found during analysis; the article text is never read again): links speakers, clusters
/// claims, measures framing and lists unattributed quotations. Articles are taken in document-name
/// order, so the report does not depend on the order they were given in, nor on whether they come
/// from analyses, record shards or the store.
/// </summary>
public sealed class ReportBuilder
{
    /// <summary>A source mention longer than this is shown by the speaker's name instead.</summary>
    private const int MaxNamedAsLength = 60;

    private readonly SpeakerLinker linker;
    private readonly ClaimClusterer clusterer;
    private readonly FramingAnalyzer framing;
    private readonly ArticleFactsFinder facts;

    public ReportBuilder(RuleSet rules, ClaimClusterOptions? claimOptions = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        linker = new SpeakerLinker(rules.Aliases, rules.Outlets, rules.Coreference, rules.Mentions);
        clusterer = new ClaimClusterer(rules.Framing, claimOptions);
        framing = new FramingAnalyzer(rules);
        facts = new ArticleFactsFinder(rules);
    }

    /// <summary>The report input of an analysis: its facts, found now when the analysis was made without them.</summary>
    public ReportArticle Input(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return ReportArticle.From(analysis, analysis.Facts ?? facts.Find(analysis));
    }

    /// <summary>Builds the report from analyses (see <see cref="Build(IEnumerable{ReportArticle}, Func{string, string}?)"/>).</summary>
    public CrossSourceReport Build(IEnumerable<ArticleAnalysis> analyses, Func<string, string>? linkOf = null)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        return Build(analyses.Select(Input), linkOf);
    }

    /// <summary>
    /// Builds the report. <paramref name="linkOf"/> turns an article's path into the link target the
    /// report uses for it (relative to where the report is written); by default the path itself.
    /// </summary>
    public CrossSourceReport Build(IEnumerable<ReportArticle> inputs, Func<string, string>? linkOf = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        linkOf ??= p => p;
        // The articles go to a spool file as they come; every pass reads them back in name order
        // (OrderBy was stable: equal names keep their input order, as here). The report's rows
        // read the spool while it is rendered, so the spool lives as long as the report (its file
        // is already unlinked; the handle closes with it).
#pragma warning disable CA2000
        var articles = ArticleSpool.Create(inputs);
#pragma warning restore CA2000
        PhaseTrace.EndPhase("inputs", articles.Count);
        var core = articles.With(ArticleParts.Core);
        var links = linker.Link(core);
        PhaseTrace.EndPhase("speakers", articles.Count);

        var sources = core.Select((a, i) => new ReportSource(
            i,
            a.Doc,
            linkOf(a.Doc),
            FramingAnalyzer.OutletOf(a),
            a.Date,
            a.Title,
            a.Statements.Count)).ToList();

        // Rows are made when rendered (ProjectedList): never all of them at once.
        var speakers = links.Speakers
            .Select(s => new ReportSpeaker(s, new ProjectedList<ReportStatement>(s.Statements.Count, k => Row(articles, links, s.Statements[k].Article, s.Statements[k].Statement))))
            .ToList();
        PhaseTrace.Mark("speaker rows");

        var claims = clusterer.Cluster(articles.With(ArticleParts.Narration), links)
            .Select(c => new ReportClaim(c, new ProjectedList<ReportStatement>(c.Members.Count, k => c.Members[k] is { Statement: { } s } m
                ? Row(articles, links, m.Article, s)
                : NarrationRow(articles.Read(c.Members[k].Article, ArticleParts.Narration), c.Members[k].Article, c.Members[k].Span))))
            .ToList();

        PhaseTrace.EndPhase("claims", articles.Count);
        var outlets = framing.Analyze(articles.With(ArticleParts.ScareQuotes | ArticleParts.Persons), links);
        PhaseTrace.EndPhase("framing", articles.Count);
        var unattributed = new List<UnattributedQuotation>();
        for (int i = 0; i < articles.Count; i++)
        {
            var article = articles.Read(i, ArticleParts.Unattributed);
            string outlet = FramingAnalyzer.OutletOf(article);
            unattributed.AddRange(article.Facts.Unattributed.Select(q => new UnattributedQuotation(i, outlet, q.Span, OneLine(q.Text))));
        }

        return new CrossSourceReport(sources, speakers, claims, outlets, unattributed);
    }

    private static ReportStatement Row(ArticleSpool articles, SpeakerLinks links, int article, int index)
    {
        var input = articles.Read(article, ArticleParts.Core);
        var statement = input.Statements[index];
        var s = statement.Statement;
        var speaker = links.Of(new StatementRef(article, index));
        string? namedAs = statement.SourceText is { } source ? OneLine(source) : null;
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
            statement.CueText is { } cue ? OneLine(cue) : null,
            s.Cue?.Stance,
            s.Channel?.Name,
            FramingAnalyzer.OutletOf(input),
            FramingAnalyzer.HedgesOf(input, s).Select(h => h.Label).Distinct(StringComparer.Ordinal).ToList(),
            s.Extent,
            OneLine(statement.Text));
    }

    private static ReportStatement NarrationRow(ReportArticle article, int index, TextSpan span)
    {
        string outlet = FramingAnalyzer.OutletOf(article);
        string text = article.Facts.Narration.First(n => n.Span == span).Text;
        return new ReportStatement(
            index,
            null,
            null,
            null,
            outlet == FramingAnalyzer.UnknownOutlet ? "the article" : outlet,
            "narration",
            null,
            null,
            null,
            outlet,
            FramingAnalyzer.HedgesIn(article, span).Select(h => h.Label).Distinct(StringComparer.Ordinal).ToList(),
            span,
            OneLine(text));
    }

    internal static string OneLine(string s) =>
        string.Join(' ', s.Split([' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
