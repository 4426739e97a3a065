using System.Text.RegularExpressions;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Rules;

public sealed class RuleRegexTests
{
    [Fact]
    public void Compiles_with_the_non_backtracking_engine()
    {
        Assert.True(RuleRegex.TryCreate(@"^Also on \w+\.com$", out var regex, out var error), error);
        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Matches(regex, "Also on rt.com");
    }

    [Theory]
    [InlineData(@"(a)\1", "backreference")]
    [InlineData(@"foo(?=bar)", "lookahead")]
    [InlineData(@"a(", "Not enough )'s")]
    public void Rejects_what_it_cannot_run_with_the_engine_message(string pattern, string fragment)
    {
        Assert.False(RuleRegex.TryCreate(pattern, out var regex, out var error));
        Assert.Null(regex);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }
}
