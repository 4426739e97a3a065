using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// A determiner phrase between a comma and a finite verb of saying that ends the sentence is that
/// verb's source, known noun or not: "The plane had logged 2,000 hours, the airline said Thursday."
/// The mention scanner knows only listed role nouns; here the position (after the content, cue
/// next, only a few words to the sentence end) says the phrase is the reporting clause's subject.
/// </summary>
internal static class TailSources
{
    /// <summary>A subject phrase is at most this many tokens after its determiner.</summary>
    private const int MaxTokens = 5;

    /// <summary>At most this many tokens ("on Thursday in a statement") follow the cue before the sentence ends.</summary>
    private const int MaxAfterCue = 6;

    private static readonly WordSet Determiners = new(["the", "a", "an", "his", "her", "its", "their", "one", "another"]);

    public static IReadOnlyList<Mention> Add(SegmentedText text, IReadOnlyList<Mention> mentions, CueLexicon cues, WordSet verbs)
    {
        var tokens = text.TokenArray;
        List<Mention>? added = null;
        foreach (var sentence in text.SentenceArray)
        {
            for (int c = sentence.FirstToken + 1; c + 2 < sentence.EndToken; c++)
            {
                if (tokens[c].Kind != TokenKind.Punctuation || text.Source.Text[tokens[c].Start] != ',' || !Determiners.Contains(text.TextOf(tokens[c + 1])))
                {
                    continue;
                }

                int first = c + 1;
                int end = first + 1;
                while (end < sentence.EndToken && end - first <= MaxTokens && tokens[end].Kind is TokenKind.Word or TokenKind.Number
                    && !cues.TryMatch(text, end, out _, out _) && !verbs.Contains(text.TextOf(tokens[end])))
                {
                    end++;
                }

                if (end == first + 1 || end - first > MaxTokens || end >= sentence.EndToken
                    || !cues.TryMatch(text, end, out var form, out int cueEnd) || form.IsParticiple || form.Entry.QuoteOnly || form.Entry.ExplicitOnly
                    || form.Entry.Act == "belief" || !NearEnd(tokens, cueEnd, sentence.EndToken))
                {
                    continue;
                }

                PhraseMentions.AddAnonymous(text, mentions, first, end, ref added);
            }
        }

        return PhraseMentions.Merge(mentions, added);
    }

    /// <summary>Only a few words, no comma or quotation, follow the cue before the sentence ends.</summary>
    private static bool NearEnd(Token[] tokens, int from, int sentenceEnd)
    {
        int words = 0;
        for (int t = from; t < sentenceEnd; t++)
        {
            var kind = tokens[t].Kind;
            if (kind is TokenKind.Terminal)
            {
                return true;
            }

            if (kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash || ++words > MaxAfterCue)
            {
                return false;
            }
        }

        return true;
    }
}
