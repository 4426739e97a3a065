using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Cues;

/// <summary>
/// Tells a cue verb from the same word used otherwise: "a claim", "refused to say", "was not
/// disclosed", "public protests". Word lists come from cues.yaml.
/// </summary>
public sealed class CueGuard
{
    private readonly WordSet notAfter;
    private readonly WordSet nounForms;
    private readonly WordSet verbContext;
    private readonly WordSet groupWords;
    private readonly WordSet notAdverbs;
    private readonly WordSet beForms;
    private readonly WordSet particles;

    /// <summary>At most this many adverbs stand between "is" and its -ing verb ("is once again questioning").</summary>
    private const int MaxAdverbsAfterBe = 3;

    public CueGuard(CuesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        notAfter = new WordSet(file.NotAfter);
        nounForms = new WordSet(file.NounForms);
        verbContext = new WordSet(file.VerbContext);
        groupWords = new WordSet(file.GroupWords);
        notAdverbs = new WordSet(file.NotAdverbs);
        beForms = new WordSet(file.BeForms);
        particles = new WordSet(file.Particles);
    }

    /// <summary>
    /// Where a cue ending at <paramref name="end"/> really ends: past a preposition it governs
    /// ("complained about [the delay]", "warned against [cuts]"), so the content starts after it.
    /// </summary>
    public int WithParticle(SegmentedText text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.TokenArray;
        return end < tokens.Length && tokens[end].Kind == TokenKind.Word && particles.Contains(text.TextOf(tokens[end])) ? end + 1 : end;
    }

    /// <summary>
    /// True when a form of "be" stands before <paramref name="cue"/>, past a few adverbs ("is also
    /// encouraging"): an -ing cue there is the progressive verb, not a participle.
    /// </summary>
    public bool AfterBe(SegmentedText text, int cue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.TokenArray;
        for (int t = cue - 1; t >= 0 && t >= cue - 1 - MaxAdverbsAfterBe; t--)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            if (beForms.Contains(text.TextOf(tokens[t])))
            {
                return true;
            }

            if (!InVerbGroup(text, t))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="token"/> may belong to a cue's verb group: an auxiliary, a negation or
    /// an adverb ("has also repeatedly said"). PolNeAR's cue spans, like a reader, take the whole group.
    /// </summary>
    public bool InVerbGroup(SegmentedText text, int token)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tok = text.Tokens[token];
        if (tok.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = text.TextOf(tok);
        if (groupWords.Contains(word))
        {
            return true;
        }

        // An -ly adverb in lower case ("publicly", "repeatedly"); capitalised, it is a name (Kelly).
        return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !notAdverbs.Contains(word);
    }

    /// <summary>
    /// "didn't", "won’t": the tokenizer keeps a negated auxiliary whole, so the "n't" of not_after
    /// would never match it; a cue after one is negated as after "did not".
    /// </summary>
    public static bool IsNegatedContraction(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when the cue at token <paramref name="cue"/> can be a verb here. <paramref name="afterSource"/>
    /// says the cue directly follows the statement's source (the opposition claim ...).
    /// </summary>
    public bool Allows(SegmentedText text, int cue, bool afterSource)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.TokenArray;
        if (cue == 0)
        {
            return !nounForms.Contains(text.TextOf(tokens[cue]));
        }

        // Right after its source the cue is a verb ("the opposition claim"), or the source's own noun ("his opinion").
        if (afterSource)
        {
            return true;
        }

        var prev = tokens[cue - 1];
        var prevText = text.TextOf(prev);
        if (prev.Kind == TokenKind.Word && beForms.Contains(prevText) && text.TextOf(tokens[cue]).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "is demanding": the progressive verb
        }

        // "was widely reported": a passive past the adverbs, as "was reported" is.
        if (prev.Kind == TokenKind.Word && !notAfter.Contains(prevText) && InVerbGroup(text, cue - 1)
            && !text.TextOf(tokens[cue]).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && AfterBe(text, cue))
        {
            return false;
        }

        if (prev.Kind == TokenKind.Word && (notAfter.Contains(prevText) || IsNegatedContraction(prevText)))
        {
            return false;
        }

        if (!nounForms.Contains(text.TextOf(tokens[cue])))
        {
            return true;
        }

        // A noun-like form is a verb right after its subject, after an auxiliary or adverb, or when it
        // opens an inverted attribution ("...," claims Smith).
        return (prev.Kind == TokenKind.Word && verbContext.Contains(prevText))
            || prev.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash;
    }
}
