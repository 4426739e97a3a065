using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// The reported span of a statement's source. The matched mention may carry a relative clause
/// ("Trump, who leads in the polls, said"): the pattern needs it to reach the verb, but before the
/// verb the clause only recalls who an already named speaker is, and the source is the name before
/// it, as annotators mark it. A clause that introduces someone named for the first time ("Joe Lee,
/// who ran the agency, said") and any clause after the cue ("said Ann Lee, who ran it.") stay.
/// </summary>
internal static class SourceSpans
{
    /// <summary>At most this many words follow the possessive before the cue ("Mrs. Lee's campaign manager").</summary>
    private const int MaxPossessedWords = 4;

    /// <summary>At most this many capitalized words finish a name the mention cut short.</summary>
    private const int MaxNameRunWords = 3;

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] RelativeOpeners = [", who ", ", whose ", ", which "];

    /// <summary>
    /// Words that, right before a mention, open its noun phrase: a determiner or quantifier the mention
    /// left out ("The Post", "my father", "no one", "a CNN poll", "several GOP leaders", "Both Lee and
    /// Ruiz") or a surname particle ("de Blasio", "bin Laden"). Not "some": it is as often an adverb
    /// or a pronoun of its own before the source.
    /// </summary>
    private static readonly string[] Openers = ["the", "my", "our", "your", "no", "a", "an", "all", "both", "many", "several", "most", "other"];

    private static readonly string[] NameParticles = ["de", "bin", "van", "von", "del", "da", "di", "al"];

    public static TextSpan? Of(DocumentContext ctx, Finding f)
    {
        if (f.Source < 0)
        {
            return null;
        }

        var span = Core(ctx, f);
        var mention = ctx.Mentions[f.Source];
        if (span.Start != mention.Span.Start)
        {
            return span;
        }

        var first = f.CueStart >= mention.EndToken ? FirstConjunct(ctx, mention) : mention;
        int start = (SlashStart(ctx, first.FirstToken) ?? AbbreviationStart(ctx, first.FirstToken)) is int joined ? Opener(ctx, joined, ctx.Tokens[joined].Start) ?? ctx.Tokens[joined].Start : Opener(ctx, first) ?? first.Span.Start;
        int end = span.End == mention.Span.End && f.CueStart >= mention.EndToken ? SlashEnd(ctx, mention.EndToken, f) ?? NameRunEnd(ctx, mention.EndToken, f) ?? NounRuns.End(ctx, mention, f) ?? span.End : span.End;
        return new TextSpan(start, end);
    }

    /// <summary>
    /// "a CNN/ORC poll": the tokenizer splits the joined names at the slash and the mention holds one
    /// side. Where the mention opens right after "Name/", returns the first token of the names before it.
    /// </summary>
    private static int? SlashStart(DocumentContext ctx, int first)
    {
        int t = first - 1;
        if (t < 1 || ctx.TextOf(t) is not "/" || ctx.Tokens[t].End != ctx.Tokens[first].Start)
        {
            return null;
        }

        int k = t - 1;
        while (k >= 0 && ctx.Tokens[k].Kind == TokenKind.Word && char.IsUpper(ctx.Text[ctx.Tokens[k].Start]) && ctx.SentenceOf[k] == ctx.SentenceOf[first])
        {
            k--;
        }

        return k + 1 < t ? k + 1 : null;
    }

    /// <summary>
    /// "The S.E.C. said": the mention opened inside the dotted initials ("E.C."), after letters the
    /// tokenizer split off. Returns the token where the initials start, or null.
    /// </summary>
    private static int? AbbreviationStart(DocumentContext ctx, int first)
    {
        var text = ctx.Text;
        int at = ctx.Tokens[first].Start;
        while (at >= 2 && text[at - 1] == '.' && char.IsUpper(text[at - 2]) && (at == 2 || !char.IsLetter(text[at - 3])))
        {
            at -= 2;
        }

        if (at == ctx.Tokens[first].Start)
        {
            return null;
        }

        for (int k = first - 1; k >= 0 && ctx.Tokens[k].End > at; k--)
        {
            if (ctx.Tokens[k].Start == at)
            {
                return ctx.SentenceOf[k] == ctx.SentenceOf[first] ? k : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "The Reuters/Ipsos poll showed": where the mention stops at a slash and only words run from
    /// it to the cue, the source runs up to the cue. Returns that end, or null.
    /// </summary>
    private static int? SlashEnd(DocumentContext ctx, int end, Finding f)
    {
        int cue = f.CueGroupStart >= 0 ? f.CueGroupStart : f.CueStart;
        if (end >= cue - 1 || ctx.TextOf(end) is not "/" || ctx.Tokens[end - 1].End != ctx.Tokens[end].Start)
        {
            return null;
        }

        for (int k = end + 1; k < cue; k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word && ctx.TextOf(k) is not "/")
            {
                return null;
            }
        }

        return ctx.Tokens[cue - 1].End;
    }

    /// <summary>
    /// "Prime Minister Ann May said", "the New York Post reported": the mention stopped short of
    /// capitalized words that run on to the cue (a given name read as a month, a name part the
    /// tables lack); they finish the name. Returns the end of the last, or null. Not before a
    /// capitalized cue (a headline: "Lee Slams Plan") nor over a weekday ("Lee Monday said").
    /// </summary>
    private static int? NameRunEnd(DocumentContext ctx, int end, Finding f)
    {
        int cue = f.CueGroupStart >= 0 ? f.CueGroupStart : f.CueStart;
        if (end >= cue || cue - end > MaxNameRunWords || end < 1 || !char.IsLower(ctx.Text[ctx.Tokens[cue].Start]))
        {
            return null;
        }

        for (int k = end; k < cue; k++)
        {
            var token = ctx.Tokens[k];
            if (token.Kind != TokenKind.Word || !char.IsUpper(ctx.Text[token.Start]) || ctx.Tokens[k - 1].End + 1 != token.Start
                || ctx.SentenceOf[k] != ctx.SentenceOf[end - 1] || IsWeekday(ctx.TextOf(k)))
            {
                return null;
            }
        }

        return ctx.Tokens[cue - 1].End;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word)
    {
        foreach (var day in Weekdays)
        {
            if (word.Equals(day, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ann Lee and Tom Ruiz said": the pattern matched the conjunct next to the cue, but the
    /// speakers are the whole coordination, as annotators mark it. Walks back over "and" and list
    /// commas to the first of the joined mentions; a comma before "and" joins clauses ("..., and he
    /// said"), not names, so it stops there.
    /// </summary>
    private static Mention FirstConjunct(DocumentContext ctx, Mention mention)
    {
        var first = mention;
        if (Before(ctx, first, "and") is not { } joined)
        {
            return first;
        }

        first = joined;
        while (Before(ctx, first, ",") is { } listed)
        {
            first = listed;
        }

        return first;
    }

    /// <summary>The mention that ends right before <paramref name="joiner"/> right before <paramref name="mention"/>, in the same sentence.</summary>
    private static Mention? Before(DocumentContext ctx, Mention mention, string joiner)
    {
        int j = mention.FirstToken - 1;
        if (j < 1 || !ctx.TextOf(j).Equals(joiner, StringComparison.Ordinal) || ctx.SentenceOf[j - 1] != ctx.SentenceOf[mention.FirstToken]
            || ctx.Tokens[j - 1].Kind != TokenKind.Word)
        {
            return null;
        }

        foreach (var m in ctx.Mentions)
        {
            if (m.EndToken == j && (m.Kind == mention.Kind || m.Kind == MentionKind.Name))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Where the word that opens the mention's noun phrase starts, or null.</summary>
    private static int? Opener(DocumentContext ctx, Mention mention) => Opener(ctx, mention.FirstToken, mention.Span.Start);

    private static int? Opener(DocumentContext ctx, int first, int spanStart)
    {
        int t = first - 1;
        if (t < 0 || ctx.Tokens[t].Kind != TokenKind.Word || ctx.SentenceOf[t] != ctx.SentenceOf[first]
            || ctx.Tokens[t].End + 1 != spanStart)
        {
            return null;
        }

        var word = ctx.TextOf(t);
        foreach (var opener in Openers)
        {
            if (word.Equals(opener, StringComparison.OrdinalIgnoreCase))
            {
                return ctx.Tokens[t].Start;
            }
        }

        if (char.IsUpper(ctx.Text[spanStart]))
        {
            foreach (var particle in NameParticles)
            {
                if (word.Equals(particle, StringComparison.OrdinalIgnoreCase))
                {
                    return ctx.Tokens[t].Start;
                }
            }
        }

        return null;
    }

    private static TextSpan Core(DocumentContext ctx, Finding f)
    {

        var mention = ctx.Mentions[f.Source];
        var span = mention.Span;
        if (f.CueStart >= mention.EndToken && Possessed(ctx, mention, f) is int possessedEnd)
        {
            return new TextSpan(span.Start, possessedEnd);
        }

        if (f.CueStart < mention.EndToken)
        {
            return WithApposition(ctx, mention, f) is int appositionEnd ? new TextSpan(span.Start, appositionEnd) : span;
        }

        if (mention.Head.End >= span.End)
        {
            return span;
        }

        if (!NamedBefore(ctx.Text, mention))
        {
            return span;
        }

        var tail = ctx.Text.AsSpan(mention.Head.End, span.End - mention.Head.End);
        foreach (var opener in RelativeOpeners)
        {
            int at = tail.IndexOf(opener, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new TextSpan(span.Start, mention.Head.End + at);
            }
        }

        return span;
    }

    /// <summary>
    /// "..., said Ann Lee, a lawyer for the city.": after an inverted cue the apposition that opens
    /// with "a" or "an" describes the speaker and belongs to the source, as annotators mark it, up to
    /// the next comma or the sentence end. Returns where it ends, or null. Not after "according to"
    /// ("According to the Post, an email was sent": the clause after the comma is the content).
    /// </summary>
    private static int? WithApposition(DocumentContext ctx, Mention mention, Finding f)
    {
        int t = mention.EndToken;
        if (f.Kind == StatementKind.AccordingTo || f.CueEnd != mention.FirstToken || t + 2 >= ctx.Tokens.Length
            || ctx.TextOf(t) is not "," || ctx.TextOf(t + 1) is not ("a" or "an"))
        {
            return null;
        }

        int sentenceEnd = ctx.SentenceEndToken(t);
        int end = -1;
        for (int k = t + 1; k < sentenceEnd; k++)
        {
            var kind = ctx.Tokens[k].Kind;
            if (kind is TokenKind.Punctuation or TokenKind.Terminal or TokenKind.Quote or TokenKind.Dash)
            {
                break;
            }

            end = ctx.Tokens[k].End;
        }

        return end > 0 ? end : null;
    }

    /// <summary>Whether the head's last word (a surname) occurs as a word earlier in the text.</summary>
    private static bool NamedBefore(string text, Mention mention)
    {
        var head = text.AsSpan(mention.Head.Start, mention.Head.Length).TrimEnd();
        int space = head.LastIndexOf(' ');
        var surname = space >= 0 ? head[(space + 1)..] : head;
        if (surname.Length < 2)
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Span.Start);
        for (int at = before.IndexOf(surname, StringComparison.Ordinal); at >= 0;)
        {
            int end = at + surname.Length;
            if ((at == 0 || !char.IsLetter(before[at - 1])) && (end >= before.Length || !char.IsLetter(before[end])))
            {
                return true;
            }

            int next = before[end..].IndexOf(surname, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>
    /// "Mrs. Lee's campaign said": the speaker is what the name owns, the words from the possessive
    /// to the cue (auxiliaries excluded); returns where that phrase ends, or null.
    /// </summary>
    private static int? Possessed(DocumentContext ctx, Mention mention, Finding f)
    {
        int cue = f.CueGroupStart >= 0 ? f.CueGroupStart : f.CueStart;
        int t = mention.EndToken;
        if (t >= cue || ctx.TextOf(t) is not ("'s" or "’s") || cue - t - 1 < 1 || cue - t - 1 > MaxPossessedWords)
        {
            return null;
        }

        for (int k = t + 1; k < cue; k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return ctx.Tokens[cue - 1].End;
    }
}
