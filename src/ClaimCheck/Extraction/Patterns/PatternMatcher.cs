using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// Matches one <see cref="CompiledPattern"/> at one token. Slots test precomputed indexes of the
/// <see cref="DocumentContext"/>; the only search is over CONTENT ends, SKIP lengths and the cut
/// points of an unclosed quote, each bounded by the sentence and by <see cref="MaxContentTokens"/>,
/// so the work per anchor is bounded whatever the text.
/// </summary>
internal sealed class PatternMatcher
{
    /// <summary>CONTENT never runs longer than this many tokens: keeps work per anchor bounded.</summary>
    public const int MaxContentTokens = 400;

    /// <summary>How many cut points of an unclosed quotation are tried.</summary>
    private const int MaxQuoteCuts = 6;

    /// <summary>The listener or setting between a cue and "that" is at most this long.</summary>
    private const int MaxObjectTokens = 10;

    private static readonly HashSet<string> SettingPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "via", "during", "through", "over", "after", "before", "to", "last", "this", "earlier", "later", "repeatedly", "again", "privately", "publicly", "recently",
    };

    /// <summary>Conjunctions that may open a new reporting clause after a comma (", but he said ...").</summary>
    private static readonly HashSet<string> ClauseConjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "though", "although",
    };

    /// <summary>A title quoted after a preposition is at most this many words ("Face the Nation").</summary>
    private const int MaxTitleWords = 5;

    private static readonly HashSet<string> TitleGovernors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "on", "in", "at", "from", "to", "for", "with", "by", "about", "into",
    };

    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "him", "her", "them", "his", "its", "their", "theirs", "whom", "me", "us", "my", "our", "your",
    };

    public const int DefaultSkip = 6;

    // One matcher per thread, re-aimed at each (document, pattern): MatchAll runs once per pattern
    // per document, and a fresh matcher with its slot arrays each time was a third of the stage's garbage.
    [ThreadStatic]
    private static PatternMatcher? reused;

    private DocumentContext ctx = null!;
    private CompiledPattern pattern = null!;
    private PatternElement[] elements = [];
    private ElementPlan[] plans = [];
    private int[] from = [];
    private int[] to = [];
    private int[] extra = [];
    private CueForm? cue;
    private int steps;
    private PatternVocabulary? vocabulary;
    private int[]?[] skipBuffers = [];
    private readonly SkipMemo skipMemo = new();
    private readonly CueFitMemo cueFits = new();

    // CueInReach's memory for the pattern being run (starts come in document order): no cue that fits
    // the pattern's CUE starts in [the previous start, noFitBefore); fitAt >= 0 is the first that does.
    private int noFitBefore;
    private int fitAt;

    private PatternMatcher()
    {
    }

    private static PatternMatcher For(DocumentContext ctx, CompiledPattern pattern)
    {
        var matcher = reused ??= new PatternMatcher();
        matcher.ctx = ctx;
        matcher.pattern = pattern;
        matcher.elements = pattern.Elements;
        matcher.plans = pattern.Plans;
        if (matcher.from.Length < pattern.Elements.Length)
        {
            // Slots are written before they are read (Match fills from/to/extra of each element it passes), so stale values past a shorter pattern never show.
            int size = Math.Max(pattern.Elements.Length, 2 * matcher.from.Length);
            matcher.from = new int[size];
            matcher.to = new int[size];
            matcher.extra = new int[size];
        }

        return matcher;
    }

    /// <summary>
    /// Adds every match of <paramref name="pattern"/> in the document to <paramref name="results"/>,
    /// trying only the tokens in <paramref name="starts"/> (from <see cref="PatternStarts"/>, in
    /// document order); CONTENT-first patterns are tried at each sentence's first token.
    /// </summary>
    /// <remarks>With <paramref name="vocabulary"/> (<see cref="PatternStarts.Vocabulary"/>, which must hold the pattern's words), literals compare word ids.</remarks>
    public static void MatchAll(DocumentContext ctx, CompiledPattern pattern, List<int> starts, List<PatternMatch> results, PatternVocabulary? vocabulary = null)
    {
        if (!pattern.StartsWithContent && starts.Count == 0)
        {
            return;
        }

        var matcher = For(ctx, pattern);
        matcher.vocabulary = vocabulary;
        matcher.skipMemo.Aim(ctx);
        matcher.cueFits.Aim(ctx);
        matcher.noFitBefore = 0;
        matcher.fitAt = -1;
        if (pattern.StartsWithContent)
        {
            foreach (var sentence in ctx.Segmented.Sentences)
            {
                if (matcher.CueInReach(sentence.FirstToken))
                {
                    matcher.TryAt(sentence.FirstToken, results);
                }
            }
        }
        else
        {
            foreach (int t in starts)
            {
                if (matcher.CueInReach(t))
                {
                    matcher.TryAt(t, results);
                }
            }
        }

        matcher.ctx = null!; // the thread's matcher must not keep the document alive
    }

    /// <summary>
    /// False when the pattern's required CUE cannot be reached from <paramref name="start"/>: the
    /// elements before it span at most <see cref="CueReach"/> tokens, and no cue starts in that range.
    /// A necessary condition only, so the matches are those of trying every start.
    /// </summary>
    private bool CueInReach(int start)
    {
        var reach = pattern.Reach;
        if (reach is null)
        {
            return true;
        }

        int bound = start + reach.FixedWidth + (reach.MentionSlots * ctx.MaxMentionTokens);
        if (reach.FirstIsMention)
        {
            int m = ctx.MentionAt[start];
            int mentionEnd = m >= 0 ? ctx.Mentions[m].EndToken : start;
            bound += mentionEnd - start;
            if (reach.OnlySkipsAfterMention && m >= 0)
            {
                bound = Math.Min(bound, ctx.NextSkipStop[Math.Min(mentionEnd, ctx.Tokens.Length)]);
            }
        }
        else if (reach.FirstIsContent)
        {
            // ContentLimit scans the sentence: first look for a fitting cue within its widest and its
            // narrowest value (the sentence end, at most MaxContentTokens on), and call it only between.
            int extra = bound - start;
            int fit = FirstFit(start, start + MaxContentTokens + extra);
            if (fit == int.MaxValue)
            {
                return false;
            }

            if (fit <= Math.Min(ctx.SentenceEndToken(start), start + MaxContentTokens) + extra)
            {
                return true;
            }

            return fit <= ContentLimit(start) + extra;
        }

        return FirstFit(start, bound) <= bound;
    }

    /// <summary>
    /// The first token at or after <paramref name="start"/> where a cue fitting the pattern's CUE
    /// starts, if it is at most <paramref name="bound"/>; else int.MaxValue. Starts come in document
    /// order, so what one call learnt (no fitting cue before some token) serves the next: each cue is
    /// tested about once per pattern and document instead of once per start that reaches it.
    /// </summary>
    private int FirstFit(int start, int bound)
    {
        if (fitAt >= start)
        {
            return fitAt <= bound ? fitAt : int.MaxValue;
        }

        var reach = pattern.Reach!;
        var nextCue = ctx.NextCueToken;
        int n = ctx.Tokens.Length;
        int t = nextCue[Math.Min(Math.Max(start, noFitBefore), n)];
        for (; t <= bound && t < n; t = nextCue[t + 1])
        {
            if (ctx.CueAt(t, out var form, out _, includeExplicit: true) && CueFitsAt(t, form, reach.CueIndex))
            {
                fitAt = noFitBefore = t;
                return t;
            }
        }

        noFitBefore = t;
        fitAt = -1;
        return int.MaxValue;
    }

    private void TryAt(int token, List<PatternMatch> results)
    {
        if (ctx.Excluded[token])
        {
            return;
        }

        steps = 0;
        cue = null;
        if (Match(0, token))
        {
            var match = Build(token);
            if (elements[0].Kind == PatternElementKind.Quote && match.End < ctx.Tokens.Length && ctx.TextOf(match.End) is ":")
            {
                return; // "...," Ruiz continued: "...": the cue opens the next quote
            }

            // "and Clinton said" joins a clause; "with the US and the EU criticising ..." a phrase.
            if (match.Source >= 0 && match.Cue is { IsParticiple: true } && ctx.Mentions[match.Source].FirstToken is var first && first > 0
                && ctx.TextOf(first - 1).Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            results.Add(match);
        }
    }

    private PatternMatch Build(int start)
    {
        int cueStart = -1, cueEnd = -1, source = -1, outlet = -1, end = start;
        var content = new List<ContentPiece>(2);
        for (int e = 0; e < elements.Length; e++)
        {
            if (from[e] < 0)
            {
                continue;
            }

            end = Math.Max(end, to[e]);
            switch (elements[e].Kind)
            {
                case PatternElementKind.Cue:
                    cueStart = from[e];
                    cueEnd = to[e];
                    break;
                case PatternElementKind.Source when source < 0:
                    source = extra[e];
                    break;
                case PatternElementKind.Outlet:
                    outlet = extra[e];
                    break;
                case PatternElementKind.Quote:
                    // "CONTENT QUOTE": the writer's words run into the quotation; one piece, as a lead-in is ('admires him as a "leader"').
                    if (content.Count > 0 && content[^1].Quote < 0 && content[^1].EndToken == from[e])
                    {
                        content[^1] = new ContentPiece(content[^1].StartToken, extra[e], ctx.QuoteAt[from[e]]);
                        break;
                    }

                    content.Add(new ContentPiece(e == 0 ? LeadStart(from[e]) : from[e], extra[e], ctx.QuoteAt[from[e]]));
                    break;
                case PatternElementKind.Content:
                    content.Add(new ContentPiece(from[e], to[e], -1));
                    break;
            }
        }

        return new PatternMatch(pattern, start, end, cueStart, cueEnd, cue, source, outlet, content);
    }

    /// <summary>
    /// Where the content of a quote that opens the pattern starts: the quote's opening mark, or the
    /// sentence start when the quote only finishes a clause of the writer's ('The bill's failure was
    /// "a tragedy," she said': the clause is the statement, a mixed quote). Not after a colon or a
    /// quotation ('Her verdict: "..."'), which introduce the quote rather than report it.
    /// </summary>
    private int LeadStart(int quoteToken)
    {
        int start = ctx.SentenceStartToken(quoteToken);
        if (start >= quoteToken || !HasWord(start, quoteToken))
        {
            return quoteToken;
        }

        for (int t = start; t < quoteToken; t++)
        {
            if (ctx.InQuote[t] >= 0 || ctx.Excluded[t] || ctx.Tokens[t].Kind is TokenKind.Quote
                || (ctx.Tokens[t].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[t].Start] is ':' or ';'))
            {
                return quoteToken;
            }
        }

        return start;
    }

    private bool Match(int e, int pos)
    {
        if (++steps > 20_000)
        {
            return false;
        }

        if (e == elements.Length)
        {
            return true;
        }

        var element = elements[e];
        if (element.Optional || element.Kind == PatternElementKind.Skip)
        {
            from[e] = -1;
            to[e] = -1;
            if (element.Kind != PatternElementKind.Skip && MatchElement(e, pos))
            {
                return true;
            }

            if (element.Kind == PatternElementKind.Skip)
            {
                return MatchSkip(e, pos);
            }

            from[e] = -1;
            return Match(e + 1, pos);
        }

        return MatchElement(e, pos);
    }

    private bool MatchElement(int e, int pos)
    {
        var tokens = ctx.Tokens;
        var element = elements[e];
        if (element.Kind == PatternElementKind.End)
        {
            return AtSentenceEnd(pos) && Accept(e, pos, pos, 0);
        }

        if (element.Kind == PatternElementKind.Start)
        {
            return pos < tokens.Length && ctx.SentenceStartToken(pos) == pos && Accept(e, pos, pos, 0);
        }

        if (pos >= tokens.Length || ctx.Excluded[pos])
        {
            return false;
        }

        switch (element.Kind)
        {
            case PatternElementKind.Literal when vocabulary is not null:
                foreach (var alternative in plans[e].AlternativeIds(vocabulary))
                {
                    int end = MatchIds(alternative, pos);
                    if (end > pos && Accept(e, pos, end, 0))
                    {
                        return true;
                    }
                }

                return false;

            case PatternElementKind.Literal:
                foreach (var alternative in plans[e].Alternatives)
                {
                    int end = MatchWords(alternative, pos);
                    if (end > pos && Accept(e, pos, end, 0))
                    {
                        return true;
                    }
                }

                return false;

            case PatternElementKind.Cue:
                // The guard is for cues the pattern does not introduce itself ("in the CUE:opinion of").
                bool guarded = e == 0 || elements[e - 1].Kind is PatternElementKind.Skip or PatternElementKind.Source or PatternElementKind.Content;
                if (ctx.InQuote[pos] >= 0 || !ctx.CueAt(pos, out var form, out int cueEnd, includeExplicit: true) || !CueFitsAt(pos, form, e)
                    || (guarded && !ctx.GuardAllows(pos, afterSource: SourceEndsAt(e, pos))))
                {
                    return false;
                }

                var saved = cue;
                cue = form;
                if (Accept(e, pos, cueEnd, 0))
                {
                    return true;
                }

                cue = saved;
                return false;

            case PatternElementKind.Source:
            case PatternElementKind.Other:
            case PatternElementKind.Outlet:
                int m = ctx.MentionAt[pos];
                // The blocker test is for a source the pattern does not introduce itself:
                // "according to SOURCE" names its own preposition.
                bool introduced = e > 0 && elements[e - 1].Kind != PatternElementKind.Skip;
                if (m < 0 || ctx.InQuote[pos] >= 0 || (element.Kind == PatternElementKind.Source && (introduced ? IsAuthorVoice(ctx, ctx.Mentions[m]) : !OpensAsSubject(ctx, pos, m))))
                {
                    return false;
                }

                var mention = ctx.Mentions[m];
                if (element.Kind == PatternElementKind.Outlet && mention.Type != EntityType.Outlet)
                {
                    return false;
                }

                if (!plans[e].AdmitsType[(int)mention.Type])
                {
                    return false;
                }

                return Accept(e, pos, mention.EndToken, m);

            case PatternElementKind.Quote:
                return MatchQuote(e, pos);

            case PatternElementKind.Content:
                return MatchContent(e, pos);

            case PatternElementKind.End:
                return AtSentenceEnd(pos) && Accept(e, pos, pos, 0);

            default:
                return false;
        }
    }

    private bool Accept(int e, int start, int end, int value)
    {
        from[e] = start;
        to[e] = end;
        extra[e] = value;
        if (Match(e + 1, end))
        {
            return true;
        }

        from[e] = -1;
        return false;
    }

    private int MatchWords(string[] words, int pos)
    {
        var tokens = ctx.Tokens;
        int t = pos;
        foreach (var word in words)
        {
            if (t >= tokens.Length || ctx.Excluded[t])
            {
                return -1;
            }

            var text = ctx.TextOf(t);
            bool ok = word == "-"
                ? tokens[t].Kind == TokenKind.Dash
                : text.Equals(word, StringComparison.OrdinalIgnoreCase)
                    || (word == "'s" && (text is "’s" or "’S" or "'S"));
            if (!ok)
            {
                return -1;
            }

            t++;
        }

        return t;
    }

    /// <summary>False when no alternative of a literal can match at <paramref name="pos"/> (its first word is not there).</summary>
    private bool MayStartLiteral(int[][] alternatives, int pos) => MayStartLiteral(alternatives, ctx.WordIds(vocabulary!), pos);

    /// <summary><see cref="MayStartLiteral(int[][], int)"/> with the document's word ids in hand (loops take them once).</summary>
    private bool MayStartLiteral(int[][] alternatives, ReadOnlySpan<int> ids, int pos)
    {
        if (pos >= ids.Length || ctx.Excluded[pos])
        {
            return false;
        }

        foreach (var alternative in alternatives)
        {
            int word = alternative[0];
            if (word == PatternVocabulary.Dash
                ? ctx.Tokens[pos].Kind == TokenKind.Dash
                : word >= 0 && (ids[pos] == word || (word == vocabulary!.ApostropheS && ids[pos] == vocabulary.TypographicS)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="MatchWords"/> on word ids (<see cref="PatternVocabulary"/>): the same answers, with no string compared.</summary>
    private int MatchIds(int[] words, int pos)
    {
        var tokens = ctx.Tokens;
        var ids = ctx.WordIds(vocabulary!);
        int t = pos;
        foreach (int word in words)
        {
            if (t >= tokens.Length || ctx.Excluded[t])
            {
                return -1;
            }

            bool ok = word == PatternVocabulary.Dash
                ? tokens[t].Kind == TokenKind.Dash
                : word >= 0 && (ids[t] == word || (word == vocabulary!.ApostropheS && ids[t] == vocabulary.TypographicS));
            if (!ok)
            {
                return -1;
            }

            t++;
        }

        return t;
    }

    /// <summary><see cref="CueFits"/> for CUE element <paramref name="e"/> and the cue <paramref name="form"/> at <paramref name="token"/> (as CueAt gives it, explicit ones included), remembered per document.</summary>
    private bool CueFitsAt(int token, CueForm form, int e)
    {
        int key = pattern.CueKeys[e];
        if (cueFits.TryGet(token, key, out bool fit))
        {
            return fit;
        }

        fit = CueFits(form, elements[e].Filter, plans[e]);
        cueFits.Set(token, key, fit);
        return fit;
    }

    private bool CueFits(CueForm form, string? filter, ElementPlan plan)
    {
        if (form.Entry.QuoteOnly && !pattern.HasQuote)
        {
            return false;
        }

        if (form.Entry.ExplicitOnly && (filter is null || !AnyDashed(plan.Parts, form.Entry.Lemma)))
        {
            return false;
        }

        if (filter is null)
        {
            return true;
        }

        // Every comma-separated condition must hold: CUE:-ing,-belief.
        for (int i = 0; i < plan.Conditions.Length; i++)
        {
            string f = plan.Conditions[i];
            bool fits = f == "ing"
                ? form.IsParticiple
                : f == form.Entry.Stance || f == form.Entry.Act || IsDashed(f, form.Entry.Lemma);
            if (fits == plan.Negated[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyDashed(string[] parts, string lemma)
    {
        foreach (var part in parts)
        {
            if (IsDashed(part, lemma))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>f == lemma.Replace(' ', '-')</c> without building the string.</summary>
    private static bool IsDashed(string f, string lemma)
    {
        if (f.Length != lemma.Length)
        {
            return false;
        }

        for (int i = 0; i < f.Length; i++)
        {
            if (f[i] != (lemma[i] == ' ' ? '-' : lemma[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Object and possessive pronouns ("his plan would", "told her to leave") are never the subject
    /// that speaks; after its own cue or preposition ("according to him") a pattern still takes them.
    /// </summary>
    private static bool IsNotSubject(DocumentContext ctx, Mention mention) =>
        mention.Kind == MentionKind.Pronoun && ObjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(ctx.Text.AsSpan(mention.Head.Start, mention.Head.Length));

    /// <summary>
    /// Whether mention <paramref name="m"/> (the longest one starting at <paramref name="pos"/>, outside
    /// quotations) passes a SOURCE slot that no element of the pattern introduces (a pattern's first, or
    /// one after a SKIP): no blocker before it, not the writer's voice, not an object pronoun, not nested.
    /// <see cref="PatternStarts"/> asks it once per token for every pattern that opens with SOURCE.
    /// </summary>
    internal static bool OpensAsSubject(DocumentContext ctx, int pos, int m)
    {
        var mention = ctx.Mentions[m];
        return !ctx.FollowsBlocker(pos) && !IsAuthorVoice(ctx, mention) && !IsNotSubject(ctx, mention) && !ctx.Nested[m];
    }

    /// <summary>I, we, you outside quotations are the writer or the reader, never a reported source.</summary>
    private static bool IsAuthorVoice(DocumentContext ctx, Mention mention)
    {
        if (mention.Kind != MentionKind.Pronoun)
        {
            return false;
        }

        var head = ctx.Segmented.Source[mention.Head];
        return head is "I" or "we" or "We" or "you" or "You" or "us" or "me";
    }

    private bool AtSentenceEnd(int pos)
    {
        if (pos >= ctx.Tokens.Length)
        {
            return true;
        }

        int end = ctx.SentenceEndToken(pos - 1 >= 0 ? pos - 1 : 0);
        if (pos >= end)
        {
            return true;
        }

        for (int t = pos; t < end; t++)
        {
            if (ctx.Tokens[t].Kind is not (TokenKind.Terminal or TokenKind.Quote or TokenKind.Bracket))
            {
                return false;
            }
        }

        return true;
    }

    private bool MatchQuote(int e, int pos)
    {
        int q = ctx.QuoteAt[pos];
        if (q < 0)
        {
            return false;
        }

        // A short quoted label may finish the writer's clause ("CONTENT QUOTE": 'admires him as a "strong leader"').
        var quote = ctx.Quotes[q];
        if ((quote.IsTermLike && !(e > 0 && elements[e - 1].Kind == PatternElementKind.Content)) || quote.Inner.IsEmpty)
        {
            return false;
        }

        // A quoted transcript turn ("LEE: Well, we will see ...") names its own speaker: the label, not the clause before it.
        if (AttributionFinder.OpensWithLabel(ctx, q))
        {
            return false;
        }

        int end = ctx.QuoteEndToken[q];
        int innerEnd = quote.Closed ? end - 1 : end;
        if (e == 0 && IsTitle(pos, innerEnd))
        {
            return false;
        }

        // What follows a quotation must be in the sentence its closing mark ends: after
        // "... as a union." a new sentence begins and cannot attribute the quote.
        if (e < elements.Length - 1 && elements[e + 1].Kind != PatternElementKind.End && end < ctx.Tokens.Length && end > 0 && ctx.SentenceOf[end] != ctx.SentenceOf[end - 1]
            && ctx.Tokens[end].Kind != TokenKind.Dash && !EndsInQuestionOrExclamation(q, end) && !BareAttributionFollows(end))
        {
            return false;
        }

        // The second half of a split quote ('"A," he said. "B."') stays in the paragraph and must not
        // carry an attribution of its own ('"B," the expert said'): then it is a statement of its own.
        if (e > 0 && e == elements.Length - 1 && (HasOwnAttribution(end) || (ParagraphOf(pos) != ParagraphOf(from[0]) && !IntroducedByColon(pos))))
        {
            return false;
        }

        if (Accept(e, pos, end, innerEnd))
        {
            return true;
        }

        if (quote.Closed)
        {
            return false;
        }

        // An unclosed quotation runs to its paragraph's end and may swallow its own attribution
        // ("... around the "union state" - he said."): try cutting it before a dash or comma of its
        // last sentence, rightmost first.
        int lastSentenceStart = ctx.SentenceStartToken(end - 1);
        int cuts = 0;
        for (int t = end - 1; t > pos + 1 && t >= lastSentenceStart && cuts < MaxQuoteCuts; t--)
        {
            var kind = ctx.Tokens[t].Kind;
            if (kind is TokenKind.Dash or TokenKind.Punctuation && ctx.Text[ctx.Tokens[t].Start] is not ';' and not ':')
            {
                cuts++;
                if (Accept(e, pos, t, t))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// 'In an interview on CBS's "Face the Nation," Ryan said ...': a short quotation in title case
    /// right after a preposition or a possessive names a show, book or slogan; the cue after it
    /// reports something else.
    /// </summary>
    private bool IsTitle(int quoteToken, int innerEnd)
    {
        int before = quoteToken - 1;
        if (before < 0 || ctx.SentenceOf[before] != ctx.SentenceOf[quoteToken] || ctx.Tokens[before].Kind != TokenKind.Word
            || !(TitleGovernors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(ctx.TextOf(before)) || ctx.TextOf(before) is "'s" or "’s"))
        {
            return false;
        }

        int words = 0;
        for (int t = quoteToken + 1; t < innerEnd; t++)
        {
            if (ctx.Tokens[t].Kind is TokenKind.Terminal or TokenKind.Quote)
            {
                return false;
            }

            if (ctx.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            var word = ctx.TextOf(t);
            if (!char.IsUpper(word[0]) && !TitleGovernors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && word is not ("the" or "a" or "an" or "and"))
            {
                return false;
            }
        }

        return words is > 0 and <= MaxTitleWords;
    }

    /// <summary>'He said:' closing one paragraph introduces the quotation that opens the next.</summary>
    private bool IntroducedByColon(int pos) =>
        pos > 0 && ctx.TextOf(pos - 1) is ":" && ParagraphOf(pos) == ParagraphOf(pos - 1) + 1;

    /// <summary>
    /// '"Why not?" Ms. Hale asked.': a closed quote that ends in ? or ! ends a sentence only inside the
    /// quote, so its attribution may follow in what the splitter took for the next sentence (same paragraph).
    /// </summary>
    private bool EndsInQuestionOrExclamation(int q, int end)
    {
        int mark = end - 1;
        if (!ctx.Quotes[q].Closed || mark < 1 || ctx.Tokens[mark].Kind != TokenKind.Quote || ParagraphOf(end) != ParagraphOf(mark))
        {
            return false;
        }

        int last = mark - 1;
        while (last > 0 && ctx.Tokens[last].Kind == TokenKind.Quote)
        {
            last--; // the first mark of a doubled one ('')
        }

        return ctx.Tokens[last].Kind == TokenKind.Terminal && ctx.Text[ctx.Tokens[last].Start] is '?' or '!';
    }

    /// <summary>
    /// The sentence after a quotation is nothing but its attribution ('"... ." Trump said.'): a full stop
    /// typed inside the quote, not a new statement. Only mention, cue and the final stop, in the paragraph.
    /// </summary>
    private bool BareAttributionFollows(int start)
    {
        int m = ctx.MentionAt[start];
        if (m < 0 || ParagraphOf(start) != ParagraphOf(start - 1))
        {
            return false;
        }

        int cue = ctx.Mentions[m].EndToken;
        if (cue >= ctx.Tokens.Length || ctx.SentenceOf[cue] != ctx.SentenceOf[start] || !ctx.CueAt(cue, out _, out int cueEnd))
        {
            return false;
        }

        return cueEnd < ctx.Tokens.Length && ctx.Tokens[cueEnd].Kind == TokenKind.Terminal && ctx.Text[ctx.Tokens[cueEnd].Start] == '.'
            && ctx.SentenceEndToken(start) == cueEnd + 1;
    }

    /// <summary>SOURCE:person takes persons only; SOURCE:-person anything else; conditions join with commas.</summary>
    internal static bool TypeFits(string filter, EntityType type)
    {
        foreach (var part in filter.Split(','))
        {
            bool negate = part.StartsWith('-');
            bool fits = string.Equals(negate ? part[1..] : part, type.ToString(), StringComparison.OrdinalIgnoreCase);
            if (fits == negate)
            {
                return false;
            }
        }

        return true;
    }

    private int ParagraphOf(int token) => ctx.Segmented.Sentences[ctx.SentenceOf[token]].Paragraph;

    /// <summary>A verb of saying within a few words after a quotation, in its sentence: '"B," the expert said'.</summary>
    private bool HasOwnAttribution(int end)
    {
        if (end <= 0 || end >= ctx.Tokens.Length)
        {
            return false;
        }

        int sentence = ctx.SentenceOf[end - 1];
        for (int t = end; t < ctx.Tokens.Length && t < end + 5 && ctx.SentenceOf[t] == sentence; t++)
        {
            if (ctx.InQuote[t] >= 0 || ctx.Tokens[t].Kind is TokenKind.Terminal)
            {
                return false;
            }

            // A participle (", adding that ...") goes on with the same speaker; it names no other.
            if (ctx.CueAt(t, out var form, out _) && !form.IsParticiple)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "about 12 percent of voters", "over 200 people": before a number these words approximate a
    /// quantity that opens a clause, not a preposition that hangs the phrase on the cue.
    /// </summary>
    private bool OpensQuantity(int pos) =>
        pos + 1 < ctx.Tokens.Length && ctx.Tokens[pos + 1].Kind == TokenKind.Number && ctx.TextOf(pos) is "about" or "About" or "over" or "Over";

    // "'s", "'re", "n't" glued to the word before belong to it: "called Friday's ruling ..." must not
    // read "Friday" as a time adjunct and start the content at "'s".
    private bool IsClitic(int pos)
    {
        var tokens = ctx.Tokens;
        if (pos == 0 || tokens[pos].Start != tokens[pos - 1].End)
        {
            return false;
        }

        var word = ctx.TextOf(pos);
        return word.Length > 0 && (word[0] is '\'' or '\u2019' || word.Equals("n't", StringComparison.OrdinalIgnoreCase) || word.Equals("n\u2019t", StringComparison.OrdinalIgnoreCase));
    }

    private bool MatchContent(int e, int pos)
    {
        var tokens = ctx.Tokens;
        if (pos >= tokens.Length || tokens[pos].Kind is TokenKind.Terminal or TokenKind.Punctuation || IsClitic(pos))
        {
            return false;
        }

        int limit = elements[e].Filter == "paragraph" ? ParagraphEnd(pos) : ContentLimit(pos);
        if (e == elements.Length - 1)
        {
            // "Friday's decision", "today's vote": a time word made possessive opens a noun phrase, not an adjunct.
            if (tokens[pos].Kind == TokenKind.Word && ctx.ContentNotStart.Contains(ctx.TextOf(pos))
                && !(pos + 1 < tokens.Length && ctx.TextOf(pos + 1) is "'s" or "’s" && tokens[pos + 1].Start == tokens[pos].End)
                && !OpensQuantity(pos))
            {
                return false;
            }

            // "told MSNBC's "Morning Joe" on Friday that ...": the listener and the setting come before
            // the complementizer; the content is the clause after it.
            if (e > 0 && elements[e - 1].Kind == PatternElementKind.Cue)
            {
                pos = AfterObjectThat(pos, limit);
            }

            // Last slot: the content runs to the clause end, without the sentence's final terminal mark,
            // and stops before a participle clause that reports more (", adding that ...").
            int end = ParticipleClause(pos, limit);
            if (e > 0 && elements[e - 1].Kind == PatternElementKind.Literal && from[e - 1] >= 0 && ctx.TextOf(from[e - 1]).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                end = InfinitiveEnd(pos, end);
            }

            if (end - 1 > pos && tokens[end - 1].Kind == TokenKind.Terminal)
            {
                end--;
            }

            return HasWord(pos, end) && Accept(e, pos, end, 0);
        }

        // "CONTENT , ...": a required literal next can only follow where one of its first words stands.
        int[][]? next = vocabulary is not null && elements[e + 1] is { Kind: PatternElementKind.Literal, Optional: false } ? plans[e + 1].AlternativeIds(vocabulary) : null;
        var ids = next is not null ? ctx.WordIds(vocabulary!) : default;
        for (int end = pos + 1; end <= limit; end++)
        {
            // The literal test first: it is the cheaper and rejects most ends.
            if (next is not null && !MayStartLiteral(next, ids, end))
            {
                continue;
            }

            if (ctx.InQuote[end - 1] >= 0 && end < limit && ctx.InQuote[end] == ctx.InQuote[end - 1])
            {
                continue; // never end content inside a quotation
            }

            if (HasWord(pos, end) && Accept(e, pos, end, 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the clause after "that" starts when a mention or a prepositional phrase stands between the
    /// cue and "that" (told reporters that; said on Friday that; said via email that); else <paramref name="pos"/>.
    /// </summary>
    private int AfterObjectThat(int pos, int limit)
    {
        var tokens = ctx.Tokens;
        if (tokens[pos].Kind != TokenKind.Word || ctx.TextOf(pos).Equals("that", StringComparison.OrdinalIgnoreCase)
            || (ctx.MentionAt[pos] < 0 && !SettingPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(ctx.TextOf(pos))))
        {
            return pos;
        }

        for (int t = pos + 1; t < limit && t - pos <= MaxObjectTokens; t++)
        {
            if (tokens[t].Kind is TokenKind.Terminal || (tokens[t].Kind == TokenKind.Punctuation && ctx.InQuote[t] < 0))
            {
                return pos;
            }

            if (ctx.InQuote[t] < 0 && tokens[t].Kind == TokenKind.Word && ctx.TextOf(t).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return t + 1 < limit ? t + 1 : pos;
            }

            if (ctx.InQuote[t] < 0 && ctx.Cues.TryMatch(ctx.Segmented, t, out _, out _))
            {
                return pos;
            }
        }

        return pos;
    }

    /// <summary>"who claims to have won the election said ...": an infinitive content ends before the clause's verb of saying.</summary>
    private int InfinitiveEnd(int pos, int limit)
    {
        for (int t = pos + 1; t < limit; t++)
        {
            if (ctx.InQuote[t] < 0 && ctx.CueAt(t, out var form, out _) && !form.IsParticiple
                && ctx.GuardAllows(t, afterSource: false))
            {
                return t;
            }
        }

        return limit;
    }

    /// <summary>Content ends before ", CUE ..." : a participle clause (", adding that") or an inverted attribution (", writes NG").</summary>
    private int ParticipleClause(int pos, int limit)
    {
        for (int t = pos + 1; t + 1 < limit; t++)
        {
            if (ctx.Tokens[t].Kind != TokenKind.Punctuation || ctx.Text[ctx.Tokens[t].Start] != ',' || ctx.InQuote[t] >= 0)
            {
                continue;
            }

            // ", adding that ..." and ", writes NG."
            if (ctx.CueAt(t + 1, out var form, out int cueEnd) && !form.Entry.QuoteOnly
                && (form.IsParticiple || (ctx.MentionAt[Math.Min(cueEnd, ctx.Tokens.Length - 1)] is var m && m >= 0 && AtSentenceEnd(ctx.Mentions[m].EndToken))))
            {
                return t;
            }

            // ", the opposition claim the poll was rigged": a new clause with its own attribution; also
            // after a contrastive conjunction (", but he said the vote should wait").
            int first = t + 1;
            if (first + 1 < limit && ctx.Tokens[first].Kind == TokenKind.Word
                && ClauseConjunctions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(ctx.TextOf(first)))
            {
                first++;
            }

            int mention = ctx.MentionAt[first];
            if (mention >= 0 && ctx.Mentions[mention].EndToken < limit
                && ctx.CueAt(ctx.Mentions[mention].EndToken, out var next, out _) && !next.IsParticiple
                && ctx.GuardAllows(ctx.Mentions[mention].EndToken, afterSource: true))
            {
                return t;
            }
        }

        return limit;
    }

    /// <summary>CONTENT:paragraph runs to the paragraph's end ("LEE: Well, we will see ... " in a transcript).</summary>
    private int ParagraphEnd(int pos)
    {
        var paragraph = ctx.Segmented.Paragraphs[ctx.Segmented.Sentences[ctx.SentenceOf[pos]].Paragraph];
        int end = ctx.Segmented.Sentences[paragraph.EndSentence - 1].EndToken;
        return Math.Min(end, pos + MaxContentTokens);
    }

    /// <summary>The sentence end, moved past a quotation that opens inside the sentence and closes after it.</summary>
    private int ContentLimit(int pos)
    {
        int limit = ctx.SentenceEndToken(pos);
        for (int t = pos; t < limit && t < pos + MaxContentTokens; t++)
        {
            int q = ctx.QuoteAt[t];
            if (q >= 0 && ctx.QuoteEndToken[q] > limit)
            {
                limit = Math.Min(ctx.Tokens.Length, ctx.SentenceEndToken(ctx.QuoteEndToken[q] - 1));
            }
        }

        return Math.Min(limit, pos + MaxContentTokens);
    }

    /// <summary>True when the element before <paramref name="e"/>, past empty skips, is a source ending at <paramref name="pos"/>.</summary>
    private bool SourceEndsAt(int e, int pos)
    {
        int k = e - 1;
        while (k >= 0 && elements[k].Kind == PatternElementKind.Skip && from[k] < 0)
        {
            k--;
        }

        return k >= 0 && elements[k].Kind == PatternElementKind.Source && from[k] >= 0 && to[k] == pos;
    }

    private bool ClosesApposition(int e, int pos)
    {
        if (e == 0 || from[e - 1] < 0 || elements[e - 1].Kind != PatternElementKind.Source)
        {
            return false;
        }

        // "the head of the SVR, Sergey Naryshkin, found": the apposition opened before the source.
        int before = from[e - 1] - 1;
        if (before >= 0 && ctx.Tokens[before].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[before].Start] == ',')
        {
            return true;
        }

        for (int t = from[e - 1]; t < pos; t++)
        {
            if (ctx.Tokens[t].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[t].Start] == ',')
            {
                return true;
            }
        }

        return false;
    }

    private bool HasWord(int start, int end) => ctx.NextWordToken[start] < end;

    /// <summary>True when a cue outside quotations ends right before <paramref name="token"/>: a mention there is the verb's object.</summary>
    private bool FollowsCue(int token)
    {
        for (int start = token - 1; start >= 0 && start >= token - 3 && ctx.SentenceOf[start] == ctx.SentenceOf[token]; start--)
        {
            if (ctx.InQuote[start] < 0 && ctx.CueAt(start, out _, out int end) && end == token)
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchSkip(int e, int pos)
    {
        int max = plans[e].Skip;
        bool cueNext = e + 1 < elements.Length && elements[e + 1] is { Kind: PatternElementKind.Cue, Optional: false };
        int[][]? literalNext = vocabulary is not null && e + 1 < elements.Length && elements[e + 1] is { Kind: PatternElementKind.Literal, Optional: false }
            ? plans[e + 1].AlternativeIds(vocabulary)
            : null;

        // The lengths the SKIP may take do not depend on what follows it; after a pattern's opening
        // SOURCE they depend on the start token alone, so the patterns that open "SOURCE SKIP" share one
        // scan per start and document (SkipMemo) instead of each repeating it.
        int[] ends;
        int offset, count;
        if (e == 1 && elements[0] is { Kind: PatternElementKind.Source, Optional: false })
        {
            (ends, offset, count) = skipMemo.Get(this, from[0], pos, max);
        }
        else
        {
            ends = SkipBuffer(e, max);
            offset = 0;
            count = ScanSkip(e, pos, max, ends, 0, out _);
        }

        for (int i = offset; i < offset + count; i++)
        {
            int end = ends[i];
            if (end - pos > max)
            {
                break;
            }

            // A required CUE next can only match where a cue starts: skip the call elsewhere.
            if (cueNext && ctx.NextCueToken[end] != end)
            {
                continue;
            }

            // Likewise a required literal ("SKIP:8 (,|:) QUOTE") only where one of its first words stands.
            if (literalNext is not null && !MayStartLiteral(literalNext, end))
            {
                continue;
            }

            from[e] = end == pos ? -1 : pos;
            to[e] = end;
            if (Match(e + 1, end))
            {
                return true;
            }
        }

        from[e] = -1;
        return false;
    }

    /// <summary>A scratch array for SKIP element <paramref name="e"/>'s ends (one per element: a pattern never re-enters an element while matching it).</summary>
    private int[] SkipBuffer(int e, int max)
    {
        if (skipBuffers.Length <= e)
        {
            Array.Resize(ref skipBuffers, Math.Max(e + 1, 2 * skipBuffers.Length));
        }

        var buffer = skipBuffers[e];
        if (buffer is null || buffer.Length < max + 1)
        {
            buffer = skipBuffers[e] = new int[Math.Max(max + 1, 16)];
        }

        return buffer;
    }

    /// <summary>
    /// Writes to <paramref name="ends"/> from index <paramref name="at"/>, in increasing order, every token where SKIP element
    /// <paramref name="e"/> from <paramref name="pos"/> may end (at most <paramref name="max"/> tokens on)
    /// before whatever follows it is tried; returns how many. <paramref name="stopped"/> tells that the
    /// scan met a token no SKIP steps over, so a longer maximum would add nothing.
    /// </summary>
    internal int ScanSkip(int e, int pos, int max, int[] ends, int at, out bool stopped)
    {
        var tokens = ctx.Tokens;
        int commas = 0, count = 0;
        bool relative = false;
        stopped = true;

        // "Putin congratulated Lukashenko ... and promised to ...": the object of a cue verb is not
        // the subject of a verb joined to it by "and"; the first verb's subject is.
        bool objectSource = e > 0 && elements[e - 1].Kind == PatternElementKind.Source && from[e - 1] >= 0 && (e == 1 || elements[e - 2].Kind == PatternElementKind.Skip)
            && FollowsCue(from[e - 1]);
        for (int n = 0; n <= max; n++)
        {
            int end = pos + n;
            if (n > 0)
            {
                if (end > tokens.Length)
                {
                    return count;
                }

                // A skip never crosses a sentence end, a quotation, or another verb of saying
                // ("Putin said ... that Russia had agreed": Russia, not Putin, agreed).
                int t = end - 1;
                var kind = tokens[t].Kind;
                // A period inside the sentence is an abbreviation's ("McConnell, R-Ky., said").
                bool sentenceEnd = kind == TokenKind.Terminal && (t + 1 >= tokens.Length || ctx.SentenceOf[t + 1] != ctx.SentenceOf[t] || ctx.Text[tokens[t].Start] != '.');
                if (sentenceEnd || kind == TokenKind.Quote || ctx.Excluded[t] || ctx.InQuote[t] >= 0)
                {
                    return count;
                }

                // So may a participle aside that opens right after the source: "Ann Lee, speaking to
                // reporters on Tuesday, said: ..." (the aside's cue is not the sentence's).
                if (n == 2 && !relative && kind == TokenKind.Word && ctx.Text[tokens[t - 1].Start] == ','
                    && tokens[t - 1].Kind == TokenKind.Punctuation && ctx.TextOf(t).EndsWith("ing", StringComparison.Ordinal))
                {
                    relative = true;
                }

                // A relative clause may hold its own cue: "the leader who claims to have won ... said".
                if (!relative && ctx.CueAt(t, out _, out _) && ctx.GuardAllows(t, afterSource: false))
                {
                    return count;
                }

                if (n == 1)
                {
                    relative = kind == TokenKind.Word && ctx.TextOf(t) is "who" or "which" or "that";
                }
                else if (!relative && kind == TokenKind.Word && ctx.TextOf(t) is "what")
                {
                    // A relative deeper in the skip opens a clause with its own subject: in "The agency
                    // released what officials called a farce" officials, not the agency, called it that.
                    return count;
                }

                if (objectSource && kind == TokenKind.Word && ctx.TextOf(t) is "and" or "but")
                {
                    return count;
                }

                // The comma that closes an apposition of the source ("Nebenzya, Moscow's envoy, told")
                // pairs with the one inside the source mention.
                if (kind == TokenKind.Punctuation && ctx.Text[tokens[t].Start] == ',' && !(n == 1 && ClosesApposition(e, pos)))
                {
                    commas++;
                }
            }

            // Commas come in pairs around a parenthesis ("Putin, in comments on TV, said"); a single one
            // ends the clause ("... to resign, writes NG").
            if (commas % 2 == 0)
            {
                ends[at + count++] = end;
            }
        }

        stopped = false;
        return count;
    }
}
