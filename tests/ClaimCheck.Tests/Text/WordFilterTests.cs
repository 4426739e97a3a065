using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public sealed class WordFilterTests
{
    private static readonly string[] Words = ["according", "Said", "’s", "-", "in"];

    [Theory]
    [InlineData("according")]
    [InlineData("ACCORDING")]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("’s")]
    [InlineData("-")]
    [InlineData("In")]
    public void Passes_every_word_in_any_case(string word) => Assert.True(new WordFilter(Words).MayContain(word));

    [Theory]
    [InlineData("according1")] // longer than every word
    [InlineData("bus")] // no word starts with b
    [InlineData("Xi")]
    [InlineData("sad")] // no word of length 3
    [InlineData("ix")] // no word ends in x
    public void Rules_out_what_no_lookup_can_find(string word) => Assert.False(new WordFilter(Words).MayContain(word));

    [Fact]
    public void Passes_non_ascii_characters_on_to_the_lookup()
    {
        Assert.True(new WordFilter(Words).MayContain("és"));
        Assert.True(new WordFilter(Words).MayContain("iñ"));
    }

    [Fact]
    public void Never_rules_out_a_word_the_lookup_finds()
    {
        var set = new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase);
        var filter = new WordFilter(Words);
        for (char a = '\0'; a < 0x3000; a++)
        {
            foreach (string w in (string[])[a.ToString(), a + "s", a + "n", "i" + a, "Sai" + a, "’" + a, a + "ccording", a + "aid"])
            {
                if (set.Contains(w))
                {
                    Assert.True(filter.MayContain(w), w);
                }
            }
        }
    }
}
