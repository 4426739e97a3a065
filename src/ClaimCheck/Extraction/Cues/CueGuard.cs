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

    public CueGuard(CuesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        notAfter = new WordSet(file.NotAfter);
        nounForms = new WordSet(file.NounForms);
        verbContext = new WordSet(file.VerbContext);
    }

    /// <summary>
    /// True when the cue at token <paramref name="cue"/> can be a verb here. <paramref name="afterSource"/>
    /// says the cue directly follows the statement's source (the opposition claim ...).
    /// </summary>
    public bool Allows(SegmentedText text, int cue, bool afterSource)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
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
        if (prev.Kind == TokenKind.Word && notAfter.Contains(prevText))
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
