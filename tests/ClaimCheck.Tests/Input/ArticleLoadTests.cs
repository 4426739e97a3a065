using System.Text;
using ClaimCheck.Input;
using ClaimCheck.Metadata;
using ClaimCheck.Tests.Robustness;

namespace ClaimCheck.Tests.Input;

public sealed class ArticleLoadTests
{
    [Fact]
    public void Invalid_utf8_is_replaced_and_warned_with_the_byte_offset()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "Ab"u8, 0xFF, .. "c"u8, 0xC3, 0x28, .. "d"u8];
        var source = ArticleReader.Load(bytes, "bad.txt", InputFormat.Text);
        Assert.Equal("Ab\uFFFDc\uFFFD(d", source.Source.Text);
        var warning = Assert.Single(source.Warnings);
        Assert.Contains("invalid UTF-8 at byte offset 5", warning, StringComparison.Ordinal);
        Assert.Contains("2 invalid sequence(s)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_utf8_has_no_warning()
    {
        var decoded = ArticleReader.DecodeChecked("Caf\u00E9 \u201Cquote\u201D \U0001F600"u8);
        Assert.Equal(-1, decoded.FirstInvalidByte);
        Assert.Equal(0, decoded.InvalidSequences);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_bom_is_read_right_in_every_format(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("<p>Caf\u00E9 \u201Cok\u201D</p>")];
        Assert.Equal("Caf\u00E9 \u201Cok\u201D", ArticleReader.Load(bytes, "u.html", InputFormat.Html).Source.Text);
        Assert.Equal("<p>Caf\u00E9 \u201Cok\u201D</p>", ArticleReader.Load(bytes, "u.txt", InputFormat.Text).Source.Text);
        Assert.Empty(ArticleReader.Load(bytes, "u.txt", InputFormat.Text).Warnings);
    }

    [Fact]
    public void A_binary_file_is_skipped_with_a_message()
    {
        byte[] bytes = [0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.Load(bytes, "img.txt", InputFormat.Text));
        Assert.Equal("img.txt", e.Path);
        Assert.Contains("binary file (NUL byte at byte offset 8)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InputFormat.Text)]
    [InlineData(InputFormat.Markdown)]
    [InlineData(InputFormat.Html)]
    public void An_empty_file_gives_no_statements_and_no_warning(InputFormat format)
    {
        var source = ArticleReader.Load([], "empty", format);
        Assert.Equal("", source.Source.Text);
        Assert.Empty(source.Warnings);
        Assert.Empty(Analyzers.Repository.Analyze(source.Source).Statements);
    }

    [Theory]
    [InlineData("a.html", InputFormat.Html)]
    [InlineData("a.HTM", InputFormat.Html)]
    [InlineData("a.md", InputFormat.Markdown)]
    [InlineData("a.markdown", InputFormat.Markdown)]
    [InlineData("a.txt", InputFormat.Text)]
    [InlineData("a", InputFormat.Text)]
    public void The_format_follows_the_extension(string path, InputFormat format) => Assert.Equal(format, ArticleReader.FormatOf(path));

    [Fact]
    public void Page_metadata_overrides_guesses_and_maps_outlets_to_their_canonical_name()
    {
        var analysis = Analyzers.Repository.Analyze(new ClaimCheck.Text.SourceText("a", "Some headline here\n\nBody text said nothing."));
        var source = new ArticleSource(analysis.Source, InputFormat.Html, new PageMetadata("Some headline here", "X", "2020-01-02", "the reuters"), []);
        var merged = source.Apply(analysis, Analyzers.Repository.Rules.Outlets).Metadata;
        Assert.Equal(new ClaimCheck.Text.TextSpan(0, 18), merged.TitleSpan);
        Assert.Equal("2020-01-02", merged.Date);
        Assert.Null(merged.DateSpan);
        Assert.Equal("Reuters", merged.Outlet);
        Assert.Equal("Unknown Weekly", ArticleSource.CanonicalOutlet(" Unknown Weekly ", Analyzers.Repository.Rules.Outlets));
    }

    [Fact]
    public void Without_page_metadata_the_analysis_is_unchanged()
    {
        var analysis = Analyzers.Repository.Analyze(new ClaimCheck.Text.SourceText("a", "Headline\n\nBody."));
        var source = new ArticleSource(analysis.Source, InputFormat.Text, PageMetadata.None, []);
        Assert.Same(analysis, source.Apply(analysis, Analyzers.Repository.Rules.Outlets));
        Assert.IsType<ArticleMetadata>(analysis.Metadata);
    }
}
