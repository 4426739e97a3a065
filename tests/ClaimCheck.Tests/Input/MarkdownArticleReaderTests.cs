using ClaimCheck.Input;
using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Input;

public sealed class MarkdownArticleReaderTests
{
    private const string Article = """
        ---
        title: Harbour plan divides council
        author: Jane Doe
        date: 2021-03-04
        outlet: the reuters
        ---
        # Harbour plan divides council

        The city council voted on **Tuesday** to expand the [old harbour](https://example.invalid/harbour),
        a project that has _split_ residents.

        > "This harbour will bring jobs," said Mayor Anna Berg.
        > She added that ships could dock within three years.

        - Critics were not convinced.
        - Tom Reed said the dredging would destroy the breeding grounds.

        ![a photo](photo.jpg) Caption text &amp; more.
        """;

    [Fact]
    public void Headings_emphasis_and_links_become_their_text_and_quotes_stay()
    {
        var source = MarkdownArticleReader.Read(Article, "a.md");
        Assert.Equal(InputFormat.Markdown, source.Format);
        Assert.Equal(
            "Harbour plan divides council\n\n"
            + "The city council voted on Tuesday to expand the old harbour, a project that has split residents.\n\n"
            + "\"This harbour will bring jobs,\" said Mayor Anna Berg. She added that ships could dock within three years.\n\n"
            + "Critics were not convinced.\n\n"
            + "Tom Reed said the dredging would destroy the breeding grounds.\n\n"
            + "Caption text & more.",
            source.Source.Text);
    }

    [Fact]
    public void Front_matter_is_metadata_not_text()
    {
        var source = MarkdownArticleReader.Read(Article, "a.md");
        Assert.Equal(new PageMetadata("Harbour plan divides council", "Jane Doe", "2021-03-04", "the reuters"), source.Page);
        var analysis = source.Apply(Analyzers.Repository.Analyze(source.Source), Analyzers.Repository.Rules.Outlets);
        Assert.Equal("Reuters", analysis.Metadata.Outlet);
        Assert.Equal("2021-03-04", analysis.Metadata.Date);
    }

    [Fact]
    public void Statements_cite_offsets_into_the_plain_text()
    {
        var source = MarkdownArticleReader.Read(Article, "a.md");
        var analysis = Analyzers.Repository.Analyze(source.Source);
        Analyzers.AssertWellFormed(analysis);
        Assert.Contains(analysis.Statements, s => source.Source.ToString(s.Content[0]) == "This harbour will bring jobs,");
    }

    [Fact]
    public void Broken_front_matter_is_a_warning()
    {
        var source = MarkdownArticleReader.Read("---\ntitle: [unclosed\n---\nBody text.\n", "a.md");
        Assert.Equal("Body text.", source.Source.Text);
        Assert.Contains(source.Warnings, w => w.Contains("front matter", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(">")]
    [InlineData("*_")]
    [InlineData("[")]
    [InlineData("- ")]
    public void Absurd_nesting_is_read_as_plain_text_or_rendered_without_exceptions(string unit)
    {
        string markdown = string.Concat(Enumerable.Repeat(unit, 50_000)) + " text";
        var source = MarkdownArticleReader.Read(markdown, "deep.md");
        Assert.True(source.Source.Length <= markdown.Length);
        Assert.EndsWith("text", source.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_blocks_and_code_keep_their_text()
    {
        var source = MarkdownArticleReader.Read("<div><p>Raw <b>html</b></p></div>\n\n```\ncode line\n```\n", "a.md");
        Assert.Equal("Raw html\n\ncode line", source.Source.Text);
    }
}
