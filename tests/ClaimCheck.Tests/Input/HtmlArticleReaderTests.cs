using System.Text;
using ClaimCheck.Input;
using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Input;

public sealed class HtmlArticleReaderTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Input", "Fixtures", "article.html");

    private static ArticleSource Fixture() => ArticleReader.Load(FixturePath, "article.html");

    [Fact]
    public void Page_metadata_gives_title_byline_date_and_outlet()
    {
        var page = Fixture().Page;
        Assert.Equal("Harbour plan divides council", page.Title);
        Assert.Equal("Jane Doe", page.Byline);
        Assert.Equal("2021-03-04", page.Date);
        Assert.Equal("Reuters", page.Outlet);
    }

    [Fact]
    public void The_article_text_is_kept_in_paragraphs_headed_by_the_title()
    {
        var source = Fixture();
        Assert.Equal(InputFormat.Html, source.Format);
        string text = source.Source.Text;
        Assert.StartsWith("Harbour plan divides council\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\nThe city council voted on Tuesday to expand the old harbour, a project that has split residents", text, StringComparison.Ordinal);
        Assert.Contains("twice the estimate published last spring. A spokesman", text, StringComparison.Ordinal);
        Assert.Contains("\n\n\"We have heard the concerns and we will publish every study,\" the council said in a statement.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Related stories")]
    [InlineData("Reader42")]
    [InlineData("Copyright")]
    [InlineData("Sport")]
    [InlineData("buy now")]
    [InlineData("color: red")]
    public void Navigation_ads_related_links_comments_and_scripts_are_dropped(string boilerplate)
    {
        Assert.DoesNotContain(boilerplate, Fixture().Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_come_from_the_article_and_cite_offsets_into_the_extracted_text()
    {
        var source = Fixture();
        var analysis = source.Apply(Analyzers.Repository.Analyze(source.Source), Analyzers.Repository.Rules.Outlets);
        Analyzers.AssertWellFormed(analysis);
        Assert.NotEmpty(analysis.Statements);
        Assert.Contains(analysis.Statements, s => source.Source.ToString(s.Content[0]).Contains("This harbour will bring jobs", StringComparison.Ordinal));
        int articleEnd = source.Source.Text.IndexOf("environmental report", StringComparison.Ordinal);
        Assert.All(analysis.Statements, s => Assert.True(s.Extent.End <= articleEnd + 100));
        Assert.Equal("Reuters", analysis.Metadata.Outlet);
        Assert.Equal("2021-03-04", analysis.Metadata.Date);
        Assert.Equal("Harbour plan divides council", analysis.Metadata.Title);
        Assert.Equal(new ClaimCheck.Text.TextSpan(0, 28), analysis.Metadata.TitleSpan);
    }

    [Fact]
    public void A_page_without_an_article_is_read_whole_with_a_warning()
    {
        var source = ArticleReader.Load(Encoding.UTF8.GetBytes("<html><body><p>Short note.</p><div>Second line</div></body></html>"), "x.html", InputFormat.Html);
        Assert.Equal("Short note.\n\nSecond line", source.Source.Text);
        Assert.Contains(source.Warnings, w => w.Contains("no article found", StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_line_breaks_and_preformatted_text_render_as_a_reader_sees_them()
    {
        var source = HtmlArticleReader.Read("<body><p>A&amp;B&nbsp;&lt;x&gt;<br>next\n   line</p><pre>keep\n  lines</pre></body>", "x.html");
        Assert.Equal("A&B <x>\nnext line\n\nkeep\nlines", source.Source.Text.Replace('\u00A0', ' '));
    }

    [Fact]
    public void A_page_nested_deeper_than_the_parser_handles_well_is_read_by_stripping_tags()
    {
        // 200,000 unclosed <div>s: the HTML parser's scope checks would be quadratic.
        string html = string.Concat(Enumerable.Repeat("<div>", 200_000)) + "Mayor Anna Berg said &quot;yes&quot;.<script>x</script>";
        var source = HtmlArticleReader.Read(html, "deep.html");
        Assert.Equal("Mayor Anna Berg said \"yes\".", source.Source.Text);
        Assert.Contains(source.Warnings, w => w.Contains("more than 512 deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Moderately_deep_pages_are_parsed_but_skip_article_detection()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 300)) + "Deep text." + string.Concat(Enumerable.Repeat("</div>", 300));
        var source = HtmlArticleReader.Read(html, "deep.html");
        Assert.Equal("Deep text.", source.Source.Text);
        Assert.Contains(source.Warnings, w => w.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Stray_less_than_signs_are_text()
    {
        string html = "<p>" + string.Concat(Enumerable.Repeat("x < y </> ", 20_000)) + "</p>";
        var source = HtmlArticleReader.Read(html, "lt.html");
        Assert.StartsWith("x < y </> x < y", source.Source.Text, StringComparison.Ordinal);
        Assert.Equal(20_000, source.Source.Text.Count(c => c == '>'));
    }

    [Fact]
    public void A_page_with_very_many_elements_skips_article_detection()
    {
        string html = "<p>" + string.Concat(Enumerable.Repeat("<b>x</b> ", HtmlArticleReader.MaxReadableElements + 10));
        var source = HtmlArticleReader.Read(html, "many.html");
        Assert.Contains(source.Warnings, w => w.Contains("elements; article detection skipped", StringComparison.Ordinal));
        Assert.Equal((HtmlArticleReader.MaxReadableElements + 10) * 2 - 1, source.Source.Text.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<!--")]
    [InlineData("<script>")]
    [InlineData("</p></div></body>")]
    [InlineData("<p <p <p")]
    [InlineData("<html><head><title></title></head></html>")]
    public void Broken_pages_give_text_not_exceptions(string html)
    {
        var source = HtmlArticleReader.Read(html, "broken.html");
        Analyzers.AssertWellFormed(Analyzers.Repository.Analyze(source.Source));
    }
}
