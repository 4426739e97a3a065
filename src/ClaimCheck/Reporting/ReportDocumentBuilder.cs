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
        return new ReportDocument(Title, Blocks(report).ToList());
    }

    /// <summary>
    /// The blocks of the report's document (title excluded), made as they are read: renderers that
    /// write block by block never hold the whole document, and table rows are made as they are
    /// written (<see cref="ProjectedList{T}"/>). Enumerate once, in order.
    /// </summary>
    public static IEnumerable<ReportBlock> Blocks(CrossSourceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Iterate(report);
    }

    private static IEnumerable<ReportBlock> Iterate(CrossSourceReport report)
    {
        var headings = new HashSet<string>(StringComparer.Ordinal) { Anchors.Slug(Title) };
        var speakerAnchor = new Dictionary<string, string>(StringComparer.Ordinal);

        int statements = report.Sources.Sum(s => s.Statements);
        yield return (new ReportParagraph(
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


        // 1. Sources
        yield return (new ReportHeading(2, SourcesHeading));
        yield return (new ReportTable(SourceColumns, Project(report.Sources, s => Row(
            [(s.Article + 1).ToString(CultureInfo.InvariantCulture)],
            [ReportInline.Link(s.Path, s.Link)],
            [s.Outlet],
            [s.Date ?? "—"],
            [s.Title ?? "—"],
            [s.Statements.ToString(CultureInfo.InvariantCulture)]))));

        // 2. Who said what
        yield return (new ReportHeading(2, SpeakersHeading));
        if (report.Speakers.Count == 0)
        {
            yield return (new ReportParagraph("No statement has a speaker."));
        }

        for (int i = 0; i < report.Speakers.Count; i++)
        {
            var s = report.Speakers[i];
            yield return (new ReportHeading(3, speakerHeadings[i]));
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

            yield return (new ReportParagraph(facts));
            yield return (new ReportTable(StatementColumns, Project(s.Statements, (r, k) => Row(
                [(k + 1).ToString(CultureInfo.InvariantCulture)],
                [r.Kind],
                [r.Verb ?? "—"],
                [r.Channel ?? "—"],
                [r.Outlet],
                [Quoted(r)],
                [Where(report.Sources[r.Article], r)]))));
        }

        // 3. Claims across outlets
        yield return (new ReportHeading(2, ClaimsHeading));
        if (report.Claims.Count == 0)
        {
            yield return (new ReportParagraph("No claim was found in more than one article."));
        }

        for (int i = 0; i < report.Claims.Count; i++)
        {
            var c = report.Claims[i];
            string label = c.Cluster.Keys.Count > 0 ? string.Join(", ", c.Cluster.Keys) : c.Cluster.Id;
            yield return (new ReportHeading(3, Unique(headings, $"Claim {i + 1}: {label}", "claim")));
            var outlets = c.Reports.Select(r => r.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            yield return (new ReportParagraph($"In {Count(c.Cluster.ArticleCount, "article")} ({string.Join(", ", outlets)}); shared: {(c.Cluster.Keys.Count > 0 ? string.Join(", ", c.Cluster.Keys) : "—")}."));
            yield return (new ReportTable(ClaimColumns, Project(c.Reports, r => Row(
                [r.Outlet],
                [r.SpeakerId is { } id && speakerAnchor.TryGetValue(id, out var anchor) ? ReportInline.Link(r.NamedAs.Length > 0 ? r.NamedAs : r.SpeakerName ?? id, anchor) : (ReportInline)r.NamedAs],
                [r.Verb ?? "—"],
                [r.Hedges.Count > 0 ? string.Join(", ", r.Hedges) : "—"],
                [r.Kind],
                [Quoted(r)],
                [Where(report.Sources[r.Article], r)]))));
        }

        // 4. Framing by outlet
        yield return (new ReportHeading(2, FramingHeading));
        yield return (new ReportParagraph("Statements by the stance of their cue (cues.yaml), hedges (framing.yaml) and scare quotes (short quoted terms), side by side; then, per outlet, the cues behind each stance and the descriptors it puts on recurring speakers."));
        yield return (new ReportTable(FramingColumns, report.Framing.Select(o =>
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
            yield return (new ReportHeading(3, Unique(headings, "Outlet: " + o.Outlet, "framing")));
            yield return (new ReportList(
            [
                [ReportInline.Strong("Cues:"), " " + (o.Stances.Count == 0 ? "—" : string.Join("; ", o.Stances.Select(s => s.Stance == "none" ? $"no cue {s.Count}" : $"{s.Stance} {s.Count} ({Terms(s.Cues)})")))],
                [ReportInline.Strong("Hedges:"), " " + (o.Hedges.Count == 0 ? "—" : Terms(o.Hedges))],
                [ReportInline.Strong("Scare quotes:"), " " + (o.ScareQuotes.Count == 0 ? "—" : Terms(o.ScareQuotes, quoted: true))],
            ]));
            if (o.Descriptors.Count > 0)
            {
                yield return (new ReportTable(DescriptorColumns, o.Descriptors.Select(d => Row(
                    [speakerAnchor.TryGetValue(d.SpeakerId, out var anchor) ? ReportInline.Link(d.SpeakerName, anchor) : (ReportInline)d.SpeakerName],
                    [Terms(d.Descriptors)])).ToList()));
            }
        }

        // 5. Unattributed quotations
        yield return (new ReportHeading(2, UnattributedHeading));
        yield return (new ReportParagraph("Quoted passages that no statement covers (short quoted terms are counted as scare quotes instead), so nothing silently disappears."));
        if (report.Unattributed.Count > 0)
        {
            yield return (new ReportTable(UnattributedColumns, Project(report.Unattributed, (u, k) => Row(
                [(k + 1).ToString(CultureInfo.InvariantCulture)],
                [u.Outlet],
                ["“" + Truncate(u.Text) + "”"],
                [ReportInline.Link($"{report.Sources[u.Article].Path} @ {u.Span.Start}–{u.Span.End}", report.Sources[u.Article].Link)]))));
        }

    }

    /// <summary>Table rows made from <paramref name="items"/> as they are read.</summary>
    private static ProjectedList<IReadOnlyList<IReadOnlyList<ReportInline>>> Project<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<IReadOnlyList<ReportInline>>> row) =>
        new(items.Count, i => row(items[i]));

    private static ProjectedList<IReadOnlyList<IReadOnlyList<ReportInline>>> Project<T>(IReadOnlyList<T> items, Func<T, int, IReadOnlyList<IReadOnlyList<ReportInline>>> row) =>
        new(items.Count, i => row(items[i], i));

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
