using ClaimCheck.Text;

namespace ClaimCheck.Tests.Metadata;

/// <summary>Expected metadata of the five seed articles in <c>seeds/</c>.</summary>
public class SeedMetadataTests
{
    [Fact]
    public void Seed_000_rt_with_date_marker_and_no_title_line()
    {
        var text = TestRules.Seed("000");
        var m = TestRules.Extractor.Extract(text);
        Assert.Equal("RT", m.Outlet);
        Assert.Equal("2020-11-13", m.Date);
        Assert.Equal("date 2020-11-13", text.ToString(m.DateSpan!.Value));
        Assert.Null(m.Title);
        Assert.Null(m.TitleSpan);
        AssertBoilerplate(
            text,
            ("teaser-prefix", "Also on rt.com Belarus"),
            ("teaser-prefix", "Also on rt.com As protests"),
            ("share-and-comment-furniture", "Think your friends would be interested? Share this story!"));
    }

    [Fact]
    public void Seed_001_rt_section_title_teasers_and_footer()
    {
        var text = TestRules.Seed("001");
        var m = TestRules.Extractor.Extract(text);
        Assert.Equal("RT", m.Outlet);
        Assert.Null(m.Date);
        Assert.Equal("Lukashenko may take part in future peace talks \u2013 top Ukrainian official", m.Title);
        Assert.Equal(m.Title, text.ToString(m.TitleSpan!.Value));
        AssertBoilerplate(
            text,
            ("outlet-signature", "Russia & FSU"),
            ("joined-title", "A group of the \u201Creal\u201D negotiators"),
            ("repeated-line", "Lukashenko may take part in future peace talks"),
            ("photo-prefix", "FILE PHOTO. \u00A9"),
            ("related-teaser", "Lukashenko outlines how Belarus could enter Ukraine conflict"),
            ("repeated-line", "Lukashenko outlines how Belarus could enter Ukraine conflict"),
            ("teaser-prefix", "READ MORE: Lukashenko outlines"),
            ("share-and-comment-furniture", "Source"),
            ("share-and-comment-furniture", "Leave a Reply"),
            ("share-and-comment-furniture", "Back to top button"));
    }

    [Fact]
    public void Seed_002_charter97_dateline_slogan_and_doubled_title()
    {
        var text = TestRules.Seed("002");
        var m = TestRules.Extractor.Extract(text);
        Assert.Equal("Charter 97", m.Outlet);
        Assert.Equal("2020-12-04", m.Date);
        Assert.Equal("4 December 2020", text.ToString(m.DateSpan!.Value));
        Assert.Equal("\"Moscow Intends to Push Lukashenka to Resign\"", m.Title);
        Assert.Equal(text.Text.IndexOf('"', StringComparison.Ordinal), m.TitleSpan!.Value.Start);
        AssertBoilerplate(
            text,
            ("date-line", "4 December 2020, Friday, 2:33"),
            ("outlet-signature", "Sim Sim, Charter 97!"),
            ("repeated-line", "\"Moscow Intends to Push Lukashenka to Resign\""));
    }

    [Fact]
    public void Seed_003_no_signature_means_no_outlet()
    {
        var text = TestRules.Seed("003");
        var m = TestRules.Extractor.Extract(text);
        Assert.Null(m.Outlet);
        Assert.Equal("2020-09-14", m.Date);
        Assert.Null(m.Title);

        // "Russian support now important" is a subheading of the article, not furniture.
        Assert.Empty(m.Boilerplate);
    }

    [Fact]
    public void Seed_004_moscow_times_appeal_and_photo_credit()
    {
        var text = TestRules.Seed("004");
        var m = TestRules.Extractor.Extract(text);
        Assert.Equal("The Moscow Times", m.Outlet);
        Assert.Null(m.Date);
        Assert.Equal("Kremlin Predicts Swift Resolution of Belarus Unrest", m.Title);
        AssertBoilerplate(
            text,
            ("support-appeal", "Support The Moscow Times!"),
            ("photo-credit", "Sergei Supinsky / AFP"),
            ("share-and-comment-furniture", "Read more"));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Boilerplate_spans_are_whole_lines_in_order(string seed)
    {
        var text = TestRules.Seed(seed);
        var spans = TestRules.Extractor.Extract(text).Boilerplate;
        var previous = -1;
        foreach (var s in spans)
        {
            Assert.True(s.Start > previous);
            Assert.True(s.Start == 0 || text.Text[s.Start - 1] is '\n' or '\r');
            Assert.True(s.End == text.Length || text.Text[s.End] is '\n' or '\r');
            previous = s.End;
        }
    }

    private static void AssertBoilerplate(SourceText text, params (string Rule, string LineStart)[] expected)
    {
        var found = TestRules.Extractor.FindBoilerplate(text);
        var actual = found.Select(b => (b.RuleId, text.ToString(b.Span))).ToList();
        Assert.True(
            expected.Length == actual.Count,
            $"expected {expected.Length} boilerplate lines, found {actual.Count}:\n" + string.Join("\n", actual.Select(a => $"{a.RuleId}: {a.Item2}")));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Rule, actual[i].RuleId);
            Assert.StartsWith(expected[i].LineStart, actual[i].Item2, StringComparison.Ordinal);
        }
    }
}
