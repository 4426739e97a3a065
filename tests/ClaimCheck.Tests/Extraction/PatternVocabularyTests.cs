using ClaimCheck.Extraction.Patterns;
using Xunit;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Word ids stand in for OrdinalIgnoreCase string tests, so they must give the same answers.</summary>
public class PatternVocabularyTests
{
    [Fact]
    public void Ids_agree_with_ignoring_case()
    {
        var vocabulary = new PatternVocabulary([TokenPattern.Parse("(told|in) (a|the)? (statement|interview) - SOURCE"), TokenPattern.Parse("straße CUE")]);
        string[] known = ["told", "in", "a", "the", "statement", "interview", "straße", "'s", "’s"];
        foreach (var word in known)
        {
            int id = vocabulary.IdOf(word);
            Assert.True(id >= 0, word);
            Assert.Equal(id, vocabulary.IdOf(word.ToUpperInvariant()));
            foreach (var other in known)
            {
                Assert.Equal(string.Equals(word, other, StringComparison.OrdinalIgnoreCase), id == vocabulary.IdOf(other));
            }
        }

        Assert.Equal(-1, vocabulary.IdOf("tolled"));
        Assert.Equal(-1, vocabulary.IdOf("-"));
        Assert.Equal(-1, vocabulary.IdOf(""));
        Assert.Equal(vocabulary.IdOf("'s"), vocabulary.IdOf("'S"));
        Assert.NotEqual(vocabulary.IdOf("'s"), vocabulary.IdOf("’s"));
        Assert.Equal([PatternVocabulary.Dash, vocabulary.IdOf("told")], vocabulary.IdsOf(["-", "TOLD"]));
    }

    [Fact]
    public void A_dotless_i_word_still_matches_its_ascii_spelling()
    {
        // "ın" upper-cases to "IN", so OrdinalIgnoreCase takes "in" for it: the ids must too.
        var vocabulary = new PatternVocabulary([TokenPattern.Parse("ın SOURCE")]);
        Assert.Equal(string.Equals("ın", "in", StringComparison.OrdinalIgnoreCase), vocabulary.IdOf("in") == vocabulary.IdOf("ın"));
    }
}
