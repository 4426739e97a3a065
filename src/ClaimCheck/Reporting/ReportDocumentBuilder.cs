using System.Globalization;
using ClaimCheck.Extraction;
using ClaimCheck.Framing;
using ClaimCheck.Output;
using ClaimCheck.Reporting.Document;
using ClaimCheck.Rules.Files;

namespace ClaimCheck.Reporting;

/// <summary>
/// Lays a <see cref="CrossSourceReport"/> out as a <see cref="ReportDocument"/>: five numbered
/// sections (sources, who said what, claims across outlets, framing by outlet, unattributed
/// quotations). Every heading is unique, so every anchor link has one target.
/// </summary>
public static class ReportDocumentBuilder
{
    public const string Title = "ClaimCheck report";

    public const string SourcesHeading = "1. Sources";
    public const string SpeakersHeading = "2. Who said what";
    public const string ClaimsHeading = "3. Claims across outlets";
    public const string FramingHeading = "4. Framing by outlet";
    public const string UnattributedHeading = "5. Unattributed quotations";

    public static IReadOnlyList<string> SourceColumns { get; } = ["#", "File", "Outlet", "Date", "Title", "Statements"];

    public static IReadOnlyList<string> StatementColumns { get; } = ["#", "Kind", "Verb", "Channel", "Outlet", "Statement", "Where"];

    public static IReadOnlyList<string> ClaimColumns { get; } = ["Outlet", "Speaker as named", "Verb", "Hedges", "Kind", "Quoted words or paraphrase", "Where"];

    public static IReadOnlyList<string> FramingColumns { get; } = ["Outlet", "Articles", "Statements", .. CueStances.All, "no cue", "Hedges", "Scare quotes"];

    public static IReadOnlyList<string> DescriptorColumns { get; } = ["Speaker", "Descriptors"];

    public static IReadOnlyList<string> UnattributedColumns { get; } = ["#", "Outlet", "Quotation", "Where"];

    /// <summary>Longest text shown in a table cell; the JSON output has it whole.</summary>
    private const int MaxCellText = 300;

    public static ReportDocument Build(CrossSourceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var blocks = new List<ReportBlock>();
        var headings = new HashSet<string>(StringComparer.Ordinal) { Anchors.Slug(Title) };
        var speakerAnchor = new Dictionary<string, string>(StringComparer.Ordinal);

        int statements = report.Sources.Sum(s => s.Statements);
        blocks.Add(new ReportParagraph(
            $"{Count(report.Sources.Count, "article")}, {Count(statements, "statement")}, {Count(report.Speakers.Count, "speaker")}, " +
            $"{Count(report.Claims.Count, "claim")} reported in more than one article, {Count(report.Unattributed.Count, "unattributed quotation")}."));

        // Speaker headings are reserved first so claim rows can link to them.
        var speakerHeadings = new List<string>();
        foreach (var section in new[] { SourcesHeading, SpeakersHeading, ClaimsHeading, FramingHeading, UnattributedHeading })
        {
            headings.Add(Anchors.Slug(section));
        }

        foreach (var s in report.Speakers)
        {
            string heading = Unique(headings, s.Speaker.Name, StatementNames.Of(s.Speaker.Type));
            speakerHeadings.Add(heading);
            speakerAnchor[s.Speaker.Id] = "#" + Anchors.Slug(heading);
        }

        var sourceOf = report.Sources.ToDictionary(s => s.Article);

        // 1. Sources
        blocks.Add(new ReportHeading(2, SourcesHeading));
        blocks.Add(new ReportTable(SourceColumns, report.Sources.Select(s => Row(
            [(s.Article + 1).ToString(CultureInfo.InvariantCulture)],
            [ReportInline.Link(s.Path, s.Link)],
            [s.Outlet],
            [s.Date ?? "—"],
            [s.Title ?? "—"],
            [s.Statements.ToString(CultureInfo.InvariantCulture)])).ToList()));

        // 2. Who said what
        blocks.Add(new ReportHeading(2, SpeakersHeading));
        if (report.Speakers.Count == 0)
        {
            blocks.Add(new ReportParagraph("No statement has a speaker."));
        }

        for (int i = 0; i < report.Speakers.Count; i++)
        {
            var s = report.Speakers[i];
            blocks.Add(new ReportHeading(3, speakerHeadings[i]));
            var facts = new List<ReportInline>
            {
                ReportInline.Strong("Type:"), " " + StatementNames.Of(s.Speaker.Type),
                " · ", ReportInline.Strong("Articles:"), " " + s.Speaker.ArticleCount.ToString(CultureInfo.InvariantCulture),
                " · ", ReportInline.Strong("Names seen:"), " " + string.Join(", ", s.Speaker.Forms),
            };
            if (s.Speaker.Roles.Count > 0)
            {
                facts.AddRange([" · ", ReportInline.Strong("Roles:"), " " + string.Join("; ", s.Speaker.Roles)]);
            }

            if (s.Speaker.Unresolved)
            {
                facts.AddRange([" · ", ReportInline.Emphasis("surname only: could be one of several people")]);
            }

            blocks.Add(new ReportParagraph(facts));
            blocks.Add(new ReportTable(StatementColumns, s.Statements.Select((r, k) => Row(
                [(k + 1).ToString(CultureInfo.InvariantCulture)],
                [r.Kind],
                [r.Verb ?? "—"],
                [r.Channel ?? "—"],
                [r.Outlet],
                [Quoted(r)],
                [Where(sourceOf[r.Article], r)])).ToList()));
        }

        // 3. Claims across outlets
        blocks.Add(new ReportHeading(2, ClaimsHeading));
        if (report.Claims.Count == 0)
        {
            blocks.Add(new ReportParagraph("No claim was found in more than one article."));
        }

        for (int i = 0; i < report.Claims.Count; i++)
        {
            var c = report.Claims[i];
            string label = c.Cluster.Keys.Count > 0 ? string.Join(", ", c.Cluster.Keys) : c.Cluster.Id;
            blocks.Add(new ReportHeading(3, Unique(headings, $"Claim {i + 1}: {label}", "claim")));
            var outlets = c.Reports.Select(r => r.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            blocks.Add(new ReportParagraph($"In {Count(c.Cluster.ArticleCount, "article")} ({string.Join(", ", outlets)}); shared: {(c.Cluster.Keys.Count > 0 ? string.Join(", ", c.Cluster.Keys) : "—")}."));
            blocks.Add(new ReportTable(ClaimColumns, c.Reports.Select(r => Row(
                [r.Outlet],
                [r.SpeakerId is { } id && speakerAnchor.TryGetValue(id, out var anchor) ? ReportInline.Link(r.NamedAs.Length > 0 ? r.NamedAs : r.SpeakerName ?? id, anchor) : (ReportInline)r.NamedAs],
                [r.Verb ?? "—"],
                [r.Hedges.Count > 0 ? string.Join(", ", r.Hedges) : "—"],
                [r.Kind],
                [Quoted(r)],
                [Where(sourceOf[r.Article], r)])).ToList()));
        }

        // 4. Framing by outlet
        blocks.Add(new ReportHeading(2, FramingHeading));
        blocks.Add(new ReportParagraph("Statements by the stance of their cue (cues.yaml), hedges (framing.yaml) and scare quotes (short quoted terms), side by side; then, per outlet, the cues behind each stance and the descriptors it puts on recurring speakers."));
        blocks.Add(new ReportTable(FramingColumns, report.Framing.Select(o =>
        {
            var cells = new List<IReadOnlyList<ReportInline>> { new ReportInline[] { o.Outlet }, new ReportInline[] { Num(o.Articles) }, new ReportInline[] { Num(o.Statements) } };
            foreach (var stance in CueStances.All.Append("none"))
            {
                cells.Add(new ReportInline[] { Num(o.Stances.FirstOrDefault(s => s.Stance == stance)?.Count ?? 0) });
            }

            cells.Add(new ReportInline[] { Num(o.Hedges.Sum(h => h.Count)) });
            cells.Add(new ReportInline[] { Num(o.ScareQuotes.Sum(h => h.Count)) });
            return (IReadOnlyList<IReadOnlyList<ReportInline>>)cells;
        }).ToList()));
        foreach (var o in report.Framing)
        {
            blocks.Add(new ReportHeading(3, Unique(headings, "Outlet: " + o.Outlet, "framing")));
            blocks.Add(new ReportList(
            [
                [ReportInline.Strong("Cues:"), " " + (o.Stances.Count == 0 ? "—" : string.Join("; ", o.Stances.Select(s => s.Stance == "none" ? $"no cue {s.Count}" : $"{s.Stance} {s.Count} ({Terms(s.Cues)})")))],
                [ReportInline.Strong("Hedges:"), " " + (o.Hedges.Count == 0 ? "—" : Terms(o.Hedges))],
                [ReportInline.Strong("Scare quotes:"), " " + (o.ScareQuotes.Count == 0 ? "—" : Terms(o.ScareQuotes, quoted: true))],
            ]));
            if (o.Descriptors.Count > 0)
            {
                blocks.Add(new ReportTable(DescriptorColumns, o.Descriptors.Select(d => Row(
                    [speakerAnchor.TryGetValue(d.SpeakerId, out var anchor) ? ReportInline.Link(d.SpeakerName, anchor) : (ReportInline)d.SpeakerName],
                    [Terms(d.Descriptors)])).ToList()));
            }
        }

        // 5. Unattributed quotations
        blocks.Add(new ReportHeading(2, UnattributedHeading));
        blocks.Add(new ReportParagraph("Quoted passages that no statement covers (short quoted terms are counted as scare quotes instead), so nothing silently disappears."));
        if (report.Unattributed.Count > 0)
        {
            blocks.Add(new ReportTable(UnattributedColumns, report.Unattributed.Select((u, k) => Row(
                [(k + 1).ToString(CultureInfo.InvariantCulture)],
                [u.Outlet],
                ["“" + Truncate(u.Text) + "”"],
                [ReportInline.Link($"{sourceOf[u.Article].Path} @ {u.Span.Start}–{u.Span.End}", sourceOf[u.Article].Link)])).ToList()));
        }

        return new ReportDocument(Title, blocks);
    }

    private static IReadOnlyList<ReportInline>[] Row(params IReadOnlyList<ReportInline>[] cells) => cells;

    private static ReportInline Where(ReportSource source, ReportStatement r) =>
        ReportInline.Link($"{source.Path} @ {r.Span.Start}–{r.Span.End}", source.Link);

    private static string Quoted(ReportStatement r) =>
        r.Kind == StatementNames.Of(StatementKind.Direct) ? "“" + Truncate(r.Text) + "”" : Truncate(r.Text);

    private static string Truncate(string text) =>
        text.Length <= MaxCellText ? text : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', MaxCellText) is > 200 and var cut ? cut : MaxCellText), " …");

    private static string Terms(IEnumerable<TermCount> terms, bool quoted = false) =>
        string.Join(", ", terms.Select(t => (quoted ? "“" + t.Term + "”" : t.Term) + (t.Count > 1 ? " ×" + Num(t.Count) : "")));

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => $"{Num(n)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>A heading text whose anchor no other heading has: the text, then with a qualifier, then numbered.</summary>
    private static string Unique(HashSet<string> taken, string text, string qualifier)
    {
        if (Anchors.Slug(text).Length > 0 && taken.Add(Anchors.Slug(text)))
        {
            return text;
        }

        string qualified = $"{text} ({qualifier})";
        for (int n = 2; !taken.Add(Anchors.Slug(qualified)); n++)
        {
            qualified = $"{text} ({qualifier} {Num(n)})";
        }

        return qualified;
    }
}
