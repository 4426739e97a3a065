using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Document;
using ClaimCheck.Reporting.Renderers;
using ClaimCheck.Tests.Snapshots;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClaimCheck.Tests.Reporting;

public class ReportMarkdownTests
{
    private static string SeedMarkdown => ReportRenderer.Render(SeedReport.Report, ReportFormat.Markdown);

    [Fact]
    public void Seed_report_matches_the_snapshot()
    {
        Snapshot.Verify(SeedMarkdown, "Seeds", "md");
    }

    [Fact]
    public void Seed_report_does_not_depend_on_input_order()
    {
        Assert.Equal(SeedMarkdown, ReportRenderer.Render(SeedReport.Build(reverse: true), ReportFormat.Markdown));
    }

    [Fact]
    public void Sections_come_in_order_as_level_two_headings()
    {
        var doc = Markdown.Parse(SeedMarkdown, HtmlReportRenderer.Pipeline);
        var h1 = Assert.Single(doc.Descendants<HeadingBlock>(), h => h.Level == 1);
        Assert.Equal(ReportDocumentBuilder.Title, Text(h1.Inline));
        Assert.Equal(
            [ReportDocumentBuilder.SourcesHeading, ReportDocumentBuilder.SpeakersHeading, ReportDocumentBuilder.ClaimsHeading, ReportDocumentBuilder.FramingHeading, ReportDocumentBuilder.UnattributedHeading],
            doc.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => Text(h.Inline)));
    }

    [Fact]
    public void Tables_have_the_columns_of_their_section()
    {
        var doc = Markdown.Parse(SeedMarkdown, HtmlReportRenderer.Pipeline);
        var known = new[]
        {
            ReportDocumentBuilder.SourceColumns, ReportDocumentBuilder.StatementColumns, ReportDocumentBuilder.ClaimColumns,
            ReportDocumentBuilder.FramingColumns, ReportDocumentBuilder.DescriptorColumns, ReportDocumentBuilder.UnattributedColumns,
        };
        string? section = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in doc)
        {
            if (block is HeadingBlock { Level: 2 } h)
            {
                section = Text(h.Inline);
                continue;
            }

            if (block is not Table table)
            {
                continue;
            }

            var rows = table.OfType<TableRow>().ToList();
            Assert.True(rows[0].IsHeader);
            var header = rows[0].OfType<TableCell>().Select(c => Text(((ParagraphBlock)c[0]).Inline)).ToList();
            var expected = section switch
            {
                ReportDocumentBuilder.SourcesHeading => ReportDocumentBuilder.SourceColumns,
                ReportDocumentBuilder.SpeakersHeading => ReportDocumentBuilder.StatementColumns,
                ReportDocumentBuilder.ClaimsHeading => ReportDocumentBuilder.ClaimColumns,
                ReportDocumentBuilder.UnattributedHeading => ReportDocumentBuilder.UnattributedColumns,
                _ => known.First(k => k.SequenceEqual(header)),
            };
            Assert.Equal(expected, header);
            foreach (var row in rows.Skip(1))
            {
                Assert.Equal(header.Count, row.Count); // no cell text broke the table
            }

            seen.Add(section!);
        }

        Assert.Equal(5, seen.Count);
    }

    [Fact]
    public void Every_link_resolves_to_a_heading_or_a_file()
    {
        var doc = Markdown.Parse(SeedMarkdown, HtmlReportRenderer.Pipeline);
        var anchors = doc.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var links = doc.Descendants<LinkInline>().ToList();
        Assert.NotEmpty(links);
        Assert.Contains(links, l => l.Url!.StartsWith('#'));
        foreach (var link in links)
        {
            string url = link.Url!;
            if (url.StartsWith('#'))
            {
                Assert.Contains(url[1..], anchors);
            }
            else
            {
                Assert.True(File.Exists(Path.Combine(TestRules.RepoRoot, Uri.UnescapeDataString(url))), url);
            }
        }

        // Headings are unique, so no anchor is ambiguous.
        Assert.Equal(anchors.Count, doc.Descendants<HeadingBlock>().Count());
    }

    [Fact]
    public void Article_text_never_becomes_markup()
    {
        var document = new ReportDocument("T", [
            new ReportTable(["A", "B"], [[["x | y *z* [a](b) <b>"], [ReportInline.Link("f (1).txt", "dir/f (1).txt")]]]),
        ]);
        string md = MarkdownReportRenderer.Render(document);
        var doc = Markdown.Parse(md, HtmlReportRenderer.Pipeline);
        var table = Assert.Single(doc.Descendants<Table>());
        var row = table.OfType<TableRow>().Last();
        Assert.Equal(2, row.Count);
        Assert.Equal("x | y *z* [a](b) <b>", Text(((ParagraphBlock)((TableCell)row[0])[0]).Inline));
        Assert.Equal("dir/f%20%281%29.txt", Assert.Single(doc.Descendants<LinkInline>()).Url);
    }

    [Fact]
    public void Anchors_follow_markdig_github_identifiers()
    {
        foreach (var heading in new[] { "Aliaksandr Lukashenka", "Claim 2: $1.5 billion, loan", "Outlet: The Moscow Times", "Ukraine’s parliament (organization 2)" })
        {
            var doc = Markdown.Parse("## " + MarkdownReportRenderer.Escape(heading), HtmlReportRenderer.Pipeline);
            Assert.Equal(Anchors.Slug(heading), doc.Descendants<HeadingBlock>().Single().GetAttributes().Id);
        }
    }

    private static string Text(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var sb = new System.Text.StringBuilder();
        foreach (var leaf in inline.Descendants<LiteralInline>())
        {
            sb.Append(leaf.Content.ToString());
        }

        return sb.ToString();
    }
}
