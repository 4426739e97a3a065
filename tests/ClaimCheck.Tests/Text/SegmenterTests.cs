using ClaimCheck.Tests.Specs;
using ClaimCheck.Text;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Tests.Text;

public class SegmenterTests
{
    private static readonly Segmenter Segmenter = new(TestRules.Abbreviations);

    public static TheoryData<SpecExample> Examples => SpecFile.Theory("segmentation.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Splits_sentences_as_the_spec_says(SpecExample example)
    {
        var seg = Segmenter.Segment(new SourceText("spec", example.Input));
        var actual = seg.Sentences.Select(s => seg.Source.ToString(s.Span).Replace("\n", "⏎", StringComparison.Ordinal));
        Assert.Equal(example.Expected["sentences"].Split('\n'), actual);
    }

    [Theory]
    [InlineData("Moscow's position", "Moscow|'s|position")]
    [InlineData("Belarus' president", "Belarus|'|president")]
    [InlineData("It's O'Brien's Rostov-on-Don trip", "It|'s|O'Brien|'s|Rostov-on-Don|trip")]
    [InlineData("a 66-year-old former director", "a|66-year-old|former|director")]
    [InlineData("“union state” - he said.", "“|union|state|”|-|he|said|.")]
    [InlineData("$1.5 billion (£600m)", "$|1.5|billion|(|£|600m|)")]
    [InlineData("the U.S. and Mr. Smith", "the|U.S.|and|Mr.|Smith")]
    public void Tokenizes_words_numbers_and_marks(string text, string expected)
    {
        var seg = Segmenter.Segment(new SourceText("t", text));
        Assert.Equal(expected, string.Join('|', seg.Tokens.Select(t => text[t.Start..t.End])));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_with_CRLF()
    {
        string text = "First line.\r\n\r\nSecond \"quote.\"\r\n";
        var seg = Segmenter.Segment(new SourceText("t", text));
        Assert.Equal(2, seg.Paragraphs.Count);
        Assert.Equal("Second \"quote.\"", text[seg.Paragraphs[1].Start..seg.Paragraphs[1].End]);
        Assert.All(seg.Tokens, t => Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End])));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\"\"\"\"''''")]
    [InlineData("....!!!???")]
    public void Never_throws_on_odd_text(string text)
    {
        var seg = Segmenter.Segment(new SourceText("t", text));
        Assert.All(seg.Sentences, s => Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End));
    }
}
