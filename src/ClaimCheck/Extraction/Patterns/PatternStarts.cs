using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// Where each pattern of a list can start in a document. A pattern's first required element (with the
/// optional ones before it) names what must stand at its start: a literal word, a quotation, a
/// mention, a cue, a sentence start. One pass over the tokens collects, per pattern, the tokens that
/// have it; the matcher then tries only those instead of every token (the same matches, in the same
/// order, since a match can start nowhere else). Immutable and thread-safe.
/// </summary>
internal sealed class PatternStarts
{
    private readonly int[]?[] byWord; // indexed by word id in Vocabulary
    private readonly int[] onDash;
    private readonly int[] onQuote;
    private readonly int[] onMention;
    private readonly int[] onSubject;
    private readonly CueReach?[] subjectReach;
    private readonly int[] onCue;
    private readonly int[] onSentenceStart;
    private readonly int[] anywhere;
    private readonly SecondToken?[] second; // per pattern: what the token after a one-word opening literal must be, or null

    /// <param name="patterns">The patterns, in the order of the start lists.</param>
    /// <param name="vocabulary">Ids for their literal words (shared with other pattern lists); by default their own.</param>
    public PatternStarts(IReadOnlyList<CompiledPattern> patterns, PatternVocabulary? vocabulary = null)
    {
        Vocabulary = vocabulary ?? new PatternVocabulary(patterns.Select(p => p.Pattern));
        var words = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        List<int> dash = [], quote = [], mention = [], subject = [], cue = [], sentence = [], any = [];
        for (int p = 0; p < patterns.Count; p++)
        {
            if (patterns[p].StartsWithContent)
            {
                continue; // MatchAll tries CONTENT-first patterns at each sentence's first token itself
            }

            bool anchored = false;
            foreach (var element in patterns[p].Pattern.Elements)
            {
                bool last = !element.Optional && element.Kind != PatternElementKind.Skip;
                switch (element.Kind)
                {
                    case PatternElementKind.Literal:
                        foreach (var alternative in element.Alternatives)
                        {
                            string first = alternative[0];
                            if (first == "-")
                            {
                                Add(dash, p);
                                continue;
                            }

                            AddWord(words, first, p);
                            if (first == "'s")
                            {
                                AddWord(words, "’s", p); // MatchWords takes the typographic apostrophe too
                            }
                        }

                        break;
                    case PatternElementKind.Quote:
                        Add(quote, p);
                        break;
                    case PatternElementKind.Source when ReferenceEquals(element, patterns[p].Elements[0]) && !element.Optional:
                        Add(subject, p); // a subject source: tried only where PatternMatcher.OpensAsSubject holds and a cue is in reach
                        break;
                    case PatternElementKind.Source or PatternElementKind.Other or PatternElementKind.Outlet:
                        Add(mention, p);
                        break;
                    case PatternElementKind.Cue:
                        Add(cue, p);
                        break;
                    case PatternElementKind.Start:
                        Add(sentence, p);
                        last = true; // zero width: the pattern starts at a sentence start, whatever follows
                        break;
                    default:
                        Add(any, p); // SKIP, END, CONTENT: no cheap test
                        last = true;
                        break;
                }

                if (last)
                {
                    anchored = true;
                    break;
                }
            }

            if (!anchored)
            {
                Add(any, p); // only optional elements: no required anchor
            }
        }

        byWord = new int[]?[Vocabulary.Count];
        foreach (var (word, ps) in words)
        {
            int id = Vocabulary.IdOf(word);
            if (id < 0)
            {
                throw new ArgumentException($"the vocabulary lacks the pattern word '{word}'", nameof(vocabulary));
            }

            byWord[id] = [.. ps];
        }
        second = [.. patterns.Select(p => SecondToken.Of(p.Elements, Vocabulary))];
        onDash = [.. dash];
        onQuote = [.. quote];
        onMention = [.. mention];
        onSubject = [.. subject];
        subjectReach = [.. subject.Select(p => patterns[p].Reach)];
        onCue = [.. cue];
        onSentenceStart = [.. sentence];
        anywhere = [.. any];
    }

    /// <summary>The ids of the patterns' literal words; pass it to <see cref="PatternMatcher.MatchAll"/>.</summary>
    public PatternVocabulary Vocabulary { get; }

    /// <summary>
    /// <paramref name="count"/> start lists, reusing <paramref name="buffer"/> (a caller's [ThreadStatic]
    /// field) so that lists grown on earlier documents are not allocated again for each one.
    /// </summary>
    public static List<int>[] Lists(ref List<int>[]? buffer, int count)
    {
        if (buffer is null || buffer.Length != count)
        {
            buffer = new List<int>[count];
            for (int p = 0; p < count; p++)
            {
                buffer[p] = [];
            }
        }

        return buffer;
    }

    /// <summary>Fills <paramref name="starts"/> (one list per pattern, cleared here) with candidate start tokens in document order.</summary>
    public void Collect(DocumentContext ctx, List<int>[] starts)
    {
        var tokens = ctx.Tokens;
        for (int p = 0; p < starts.Length; p++)
        {
            starts[p].Clear();
        }

        // The token tables as local spans, taken once for the whole scan.
        var excluded = ctx.Excluded;
        var quoteAt = ctx.QuoteAt;
        var mentionAt = ctx.MentionAt;
        var inQuote = ctx.InQuote;
        var wordIds = ctx.WordIds(Vocabulary);
        var nextCue = ctx.NextCueToken;

        // Tests no pattern of the list needs are not made (channel patterns all start with a word).
        bool byDash = onDash.Length > 0, byQuote = onQuote.Length > 0, byMention = onMention.Length > 0;
        bool byCue = onCue.Length > 0, bySentence = onSentenceStart.Length > 0, bySubject = onSubject.Length > 0;
        var (onlySkipsWidth, otherWidth) = SubjectReach(ctx);
        for (int t = 0; t < tokens.Length; t++)
        {
            if (excluded[t])
            {
                continue; // TryAt never matches at an excluded token
            }

            if (wordIds[t] >= 0 && byWord[wordIds[t]] is { } ps)
            {
                AddAll(starts, ps, t, wordIds, ctx);
            }

            if (byDash && tokens[t].Kind == TokenKind.Dash)
            {
                AddAll(starts, onDash, t, wordIds, ctx);
            }

            if (byQuote && quoteAt[t] >= 0)
            {
                AddAll(starts, onQuote, t, wordIds, ctx);
            }

            if (byMention && mentionAt[t] >= 0 && inQuote[t] < 0)
            {
                AddAll(starts, onMention, t, wordIds, ctx);
            }

            if (bySubject && mentionAt[t] >= 0 && inQuote[t] < 0 && CueNear(ctx, t, mentionAt[t], onlySkipsWidth, otherWidth)
                && PatternMatcher.OpensAsSubject(ctx, t, mentionAt[t]))
            {
                AddAll(starts, onSubject, t, wordIds, ctx);
            }

            if (byCue && nextCue[t] == t) // a cue outside quotations, as the matcher's CUE needs

            {
                AddAll(starts, onCue, t, wordIds, ctx);
            }

            if (bySentence && ctx.SentenceStartToken(t) == t)
            {
                AddAll(starts, onSentenceStart, t, wordIds, ctx);
            }

            if (anywhere.Length > 0)
            {
                AddAll(starts, anywhere, t, wordIds, ctx);
            }
        }
    }

    /// <summary>
    /// The widest reach of the patterns that open with a subject SOURCE: for those whose cue follows
    /// the mention past SKIPs only, the most tokens after the mention (capped by the next SKIP stop);
    /// for the others, the most tokens after the mention in any case (int.MaxValue when a pattern has
    /// no reach and must be tried everywhere).
    /// </summary>
    private (int OnlySkips, int Other) SubjectReach(DocumentContext ctx)
    {
        int onlySkips = -1, other = -1;
        foreach (var reach in subjectReach)
        {
            if (reach is null || !reach.FirstIsMention)
            {
                return (int.MaxValue, int.MaxValue);
            }

            // The same bound as PatternMatcher.CueInReach, less the mention's own width (added per start).
            long width = reach.FixedWidth + ((long)reach.MentionSlots * ctx.MaxMentionTokens);
            int capped = (int)Math.Min(width, int.MaxValue / 2);
            if (reach.OnlySkipsAfterMention)
            {
                onlySkips = Math.Max(onlySkips, capped);
            }
            else
            {
                other = Math.Max(other, capped);
            }
        }

        return (onlySkips, other);
    }

    /// <summary>
    /// A necessary condition for any subject-SOURCE pattern to match at <paramref name="t"/>: some cue
    /// (of any kind, outside quotations) starts within the widest of their reaches, as each pattern's
    /// own CueInReach then demands of a cue that fits it.
    /// </summary>
    private static bool CueNear(DocumentContext ctx, int t, int m, int onlySkipsWidth, int otherWidth)
    {
        if (onlySkipsWidth == int.MaxValue || otherWidth == int.MaxValue)
        {
            return true;
        }

        int n = ctx.Tokens.Length;
        int mentionEnd = ctx.Mentions[m].EndToken;
        int cue = ctx.NextCueToken[t];
        if (otherWidth >= 0 && cue <= mentionEnd + otherWidth)
        {
            return true;
        }

        return onlySkipsWidth >= 0 && cue <= Math.Min(mentionEnd + onlySkipsWidth, ctx.NextSkipStop[Math.Min(mentionEnd, n)]);
    }

    private void AddAll(List<int>[] starts, int[] ps, int t, ReadOnlySpan<int> wordIds, DocumentContext ctx)
    {
        foreach (int p in ps)
        {
            if (second[p] is { } next && !next.MayFollow(ctx, wordIds, t + 1))
            {
                continue;
            }

            var list = starts[p];
            if (list.Count == 0 || list[^1] != t)
            {
                list.Add(t);
            }
        }
    }

    private static void Add(List<int> list, int p)
    {
        if (list.Count == 0 || list[^1] != p)
        {
            list.Add(p);
        }
    }

    private static void AddWord(Dictionary<string, List<int>> words, string word, int p)
    {
        if (!words.TryGetValue(word, out var list))
        {
            words[word] = list = [];
        }

        Add(list, p);
    }
}
