using ClaimCheck.Extraction.Patterns;

namespace ClaimCheck.Tests;

public class TokenPatternTests
{
    [Theory]
    [InlineData("QUOTE ,? CUE SOURCE", 4)]
    [InlineData("according to SOURCE , CONTENT", 5)]
    [InlineData("(in|during) (a|an) interview", 3)]
    [InlineData("SOURCE CUE:belief that? CONTENT", 4)]
    public void Parses_valid_patterns(string text, int elements)
    {
        Assert.True(TokenPattern.TryParse(text, out var pattern, out var error), error);
        Assert.Equal(elements, pattern.Elements.Count);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("QUOTE WHO", "unknown slot 'WHO'")]
    [InlineData("(a|b", "never closed")]
    [InlineData("CONTENT CONTENT", "two CONTENT")]
    [InlineData("that?", "every element is optional")]
    public void Rejects_invalid_patterns(string text, string message)
    {
        Assert.False(TokenPattern.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_choice_and_filter_are_read()
    {
        var p = TokenPattern.Parse("SOURCE CUE:belief (that|how)?");
        Assert.Equal("belief", p.Elements[1].Filter);
        Assert.True(p.Elements[2].Optional);
        Assert.Equal(2, p.Elements[2].Alternatives.Count);
    }
}
