using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// What must stand right after a pattern's start when the pattern opens with a required literal of
/// one-word alternatives followed by a required literal or mention slot ("in (a|an|his) ...",
/// "(told|tells) OUTLET"): one of the next literal's first words, or a mention. Most starts of such
/// patterns ("in", "on", "to") fail at once on the next token; <see cref="PatternStarts"/> leaves them
/// out instead of having the matcher try them. A necessary condition only, so the matches stay the same.
/// </summary>
internal sealed class SecondToken
{
    private readonly bool[] words = []; // by word id
    private readonly bool dash;
    private readonly bool mention;

    private SecondToken(bool[] words, bool dash, bool mention)
    {
        this.words = words;
        this.dash = dash;
        this.mention = mention;
    }

    /// <summary>The condition for a pattern with these elements, or null when it has no such opening.</summary>
    public static SecondToken? Of(PatternElement[] elements, PatternVocabulary vocabulary)
    {
        if (elements.Length < 2 || elements[0] is not { Kind: PatternElementKind.Literal, Optional: false } first
            || first.Alternatives.Any(a => a.Length != 1) || elements[1].Optional)
        {
            return null;
        }

        switch (elements[1].Kind)
        {
            case PatternElementKind.Source or PatternElementKind.Other or PatternElementKind.Outlet:
                return new SecondToken([], false, true);
            case PatternElementKind.Literal:
                var words = new bool[vocabulary.Count];
                bool dash = false;
                foreach (var alternative in elements[1].Alternatives)
                {
                    if (alternative.Length == 0)
                    {
                        return null; // matches nothing at all; keep the plain path
                    }

                    if (alternative[0] == "-")
                    {
                        dash = true;
                        continue;
                    }

                    int id = vocabulary.IdOf(alternative[0]);
                    if (id < 0)
                    {
                        return null;
                    }

                    words[id] = true;
                    if (id == vocabulary.ApostropheS)
                    {
                        words[vocabulary.TypographicS] = true; // "'s" takes the typographic apostrophe too
                    }
                }

                return new SecondToken(words, dash, false);
            default:
                return null;
        }
    }

    /// <summary>False when nothing the second element needs stands at <paramref name="token"/>.</summary>
    public bool MayFollow(DocumentContext ctx, ReadOnlySpan<int> wordIds, int token)
    {
        if (token >= ctx.Tokens.Length || ctx.Excluded[token])
        {
            return false;
        }

        if (mention)
        {
            return ctx.MentionAt[token] >= 0 && ctx.InQuote[token] < 0;
        }

        return (wordIds[token] >= 0 && words[wordIds[token]]) || (dash && ctx.Tokens[token].Kind == TokenKind.Dash);
    }
}
