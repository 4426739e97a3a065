using ClaimCheck.Extraction.Patterns;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Runs every attribution pattern over a document, settles competing matches, and turns the winners
/// into <see cref="Finding"/>s; then attributes quotations that continue a speaker's quote.
/// </summary>
internal sealed class AttributionFinder
{
    /// <summary>A quote continues the previous speaker only this many paragraphs after the last quote.</summary>
    private const int ContinuationParagraphs = 1;

    /// <summary>
    /// A continuing quote this many paragraphs after its statement's last piece joins it as a piece:
    /// '"A," she said.' followed by a paragraph '"B."' is one statement in two pieces, as PolNeAR's
    /// annotators mostly mark it (a separate, sourceless statement was mostly a false alarm there).
    /// </summary>
    private const int MergeParagraphs = 1;

    /// <summary>How far after a quotation its own cue may stand ("..., the Republican attorney general of Oklahoma, said").</summary>
    private const int OwnAttributionTokens = 16;

    private readonly IReadOnlyList<CompiledPattern> patterns;
    private readonly PatternStarts starts;
    private readonly ContentStarts contentStarts;

    [ThreadStatic]
    private static List<int>[]? startBuffer;

    public AttributionFinder(IReadOnlyList<CompiledPattern> patterns, ContentStarts? contentStarts = null, PatternVocabulary? vocabulary = null)
    {
        this.patterns = patterns;
        this.contentStarts = contentStarts ?? ContentStarts.None;
        starts = new PatternStarts(patterns, vocabulary);
    }

    /// <summary>
    /// At most this many candidate matches per sentence go to selection (best first). Real sentences
    /// have a handful; a megabyte sentence of cues would otherwise make selection quadratic.
    /// </summary>
    public const int MaxCandidatesPerSentence = 256;

    // Tokens per bucket of the index of accepted matches.
    private const int BucketShift = 6;

    public List<Finding> Find(DocumentContext ctx, WorkCounters? work = null)
    {
        var matches = new List<PatternMatch>();
        var startLists = PatternStarts.Lists(ref startBuffer, patterns.Count);

        starts.Collect(ctx, startLists);
        for (int p = 0; p < patterns.Count; p++)
        {
            PatternMatcher.MatchAll(ctx, patterns[p], startLists[p], matches, starts.Vocabulary);
        }

        // '"When Lee shouted, "Out!" the crowd cheered': the quote is the subordinate clause's.
        matches.RemoveAll(m => SubordinateQuotes.Inside(ctx, m));
        contentStarts.Apply(ctx, matches);

        if (work is not null)
        {
            work.Candidates += matches.Count;
        }

        var accepted = EndBeforeCoordinated(ctx, Select(ctx, matches, work));
        EndRelativeClauses(ctx, accepted);
        EndSubordinateClauses(ctx, accepted);
        var findings = new List<Finding>(accepted.Count);
        foreach (var match in accepted)
        {
            findings.Add(ToFinding(ctx, match));
        }

        ReleaseSplitQuotes(ctx, findings);
        AssignParticipleSources(ctx, findings);
        AddTranscriptTurns(ctx, findings);
        QuoteFollowers.Attach(ctx, findings);
        AddContinuations(ctx, findings);
        NestedStances.Drop(ctx, findings);
        findings.Sort((a, b) => a.Extent.Start != b.Extent.Start ? a.Extent.Start.CompareTo(b.Extent.Start) : a.CueStart.CompareTo(b.CueStart));
        return findings;
    }

    private static List<PatternMatch> Select(DocumentContext ctx, List<PatternMatch> matches, WorkCounters? work)
    {
        // Best first: higher priority, then a source that opens its clause (the subject), then the
        // tightest match, then document order. Sorting on a full key keeps the outcome deterministic.
        var keys = new (int Priority, int Opens, int Length, int Start, int Index)[matches.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            var m = matches[i];
            keys[i] = (-m.Pattern.Priority, OpensClause(ctx, m) ? 0 : 1, m.End - m.Start, m.Start, i);
        }

        // The index makes every key distinct, so the unstable sort gives the one order.
        Array.Sort(keys);
        var ordered = new PatternMatch[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            ordered[i] = matches[keys[i].Index];
        }

        // Two matches conflict only if they share a token, so each candidate is checked against the
        // accepted matches whose extents touch its own (found through buckets of tokens), not all of
        // them; and a sentence offers at most MaxCandidatesPerSentence candidates, so a huge sentence
        // of cues stays linear. Both keep the outcome of checking every pair on real text.
        int n = ctx.Tokens.Length;
        var buckets = new List<int>?[(n >> BucketShift) + 1];
        var perSentence = new Dictionary<int, int>();
        var seen = new int[16];
        int stamp = 0;
        var accepted = new List<PatternMatch>();
        var extents = new List<(int Lo, int Hi)>();
        foreach (var match in ordered)
        {
            int sentence = match.Start < n ? ctx.SentenceOf[match.Start] : -1;
            int offered = perSentence.GetValueOrDefault(sentence);
            if (offered >= MaxCandidatesPerSentence)
            {
                if (work is not null)
                {
                    work.CandidatesDropped++;
                }

                continue;
            }

            perSentence[sentence] = offered + 1;
            var (lo, hi) = Extent(ctx, match);
            stamp++;
            if (seen.Length < accepted.Count + 1)
            {
                Array.Resize(ref seen, Math.Max(seen.Length * 2, accepted.Count + 1));
            }

            bool conflict = false;
            for (int b = lo >> BucketShift; b <= hi >> BucketShift && !conflict; b++)
            {
                if (buckets[b] is not { } list)
                {
                    continue;
                }

                foreach (int k in list)
                {
                    if (seen[k] == stamp)
                    {
                        continue;
                    }

                    seen[k] = stamp;
                    if (work is not null)
                    {
                        work.ConflictChecks++;
                    }

                    if (extents[k].Lo <= hi && lo <= extents[k].Hi && Conflicts(ctx, accepted[k], match))
                    {
                        conflict = true;
                        break;
                    }
                }
            }

            if (conflict)
            {
                continue;
            }

            for (int b = lo >> BucketShift; b <= hi >> BucketShift; b++)
            {
                (buckets[b] ??= []).Add(accepted.Count);
            }

            accepted.Add(match);
            extents.Add((lo, hi));
        }

        return accepted;
    }

    /// <summary>
    /// "Putin congratulated Lukashenko on his reelection and promised to send police": the first
    /// verb's content ends where a coordinated verb starts a statement of its own.
    /// </summary>
    private static List<PatternMatch> EndBeforeCoordinated(DocumentContext ctx, List<PatternMatch> accepted)
    {
        for (int c = 0; c < accepted.Count; c++)
        {
            var second = accepted[c];
            if (!second.Pattern.IsCoordinated)
            {
                EndBeforeJoined(ctx, accepted, c);
                continue;
            }

            for (int a = 0; a < accepted.Count; a++)
            {
                var first = accepted[a];
                if (a == c || first.CueStart < 0 || first.CueStart >= second.Start || first.Content.Count == 0)
                {
                    continue;
                }

                var last = first.Content[^1];
                if (last.Quote >= 0 || last.StartToken >= second.Start || last.EndToken <= second.Start)
                {
                    continue;
                }

                int end = second.Start;
                while (end > last.StartToken + 1 && ctx.Tokens[end - 1].Kind == TokenKind.Punctuation)
                {
                    end--;
                }

                var content = first.Content.ToList();
                content[^1] = last with { EndToken = end };
                accepted[a] = first with { Content = content };
            }
        }

        return accepted;
    }

    /// <summary>
    /// "Lopez, who says the city needs teachers, told reporters ...": the content of a statement made
    /// in a relative clause ends at the comma that closes the clause, where the cue of a statement whose
    /// source stands before the clause (its antecedent) follows.
    /// </summary>
    private static void EndRelativeClauses(DocumentContext ctx, List<PatternMatch> accepted)
    {
        for (int a = 0; a < accepted.Count; a++)
        {
            var first = accepted[a];
            if (first.Source < 0 || first.CueStart < 0 || first.Content.Count == 0)
            {
                continue;
            }

            int relative = ctx.Mentions[first.Source].FirstToken;
            if (relative < 2 || ctx.TextOf(relative - 1) is not "," || !(ctx.TextOf(relative) is "who" or "which"))
            {
                continue;
            }

            var last = first.Content[^1];
            for (int c = 0; c < accepted.Count; c++)
            {
                var second = accepted[c];
                int cue = second.CueStart;
                if (c == a || second.Source < 0 || cue <= last.StartToken + 1 || cue >= last.EndToken
                    || ctx.Mentions[second.Source].FirstToken >= relative || ctx.TextOf(cue - 1) is not ","
                    || (last.Quote >= 0 && cue > ctx.QuoteFirstToken[last.Quote]))
                {
                    continue;
                }

                var content = first.Content.ToList();
                content[^1] = new ContentPiece(last.StartToken, cue - 1, -1);
                accepted[a] = first with { Content = content };
                break;
            }
        }
    }

    /// <summary>
    /// "After Reyes said that schools were "less advanced," Lee said: ...": the content of a statement
    /// in a subordinate clause ends at the comma where the main clause's source and cue begin.
    /// </summary>
    private static void EndSubordinateClauses(DocumentContext ctx, List<PatternMatch> accepted)
    {
        for (int a = 0; a < accepted.Count; a++)
        {
            var first = accepted[a];
            if (first.Source < 0 || first.CueStart < 0 || first.Content.Count == 0
                || !SubordinateQuotes.OpensSubordinate(ctx, ctx.Mentions[first.Source].FirstToken))
            {
                continue;
            }

            var last = first.Content[^1];
            for (int c = 0; c < accepted.Count; c++)
            {
                var second = accepted[c];
                if (c == a || second.Source < 0 || second.CueStart < 0)
                {
                    continue;
                }

                // A quotation the content leads into must start after the cut (it is then the main clause's).
                int source = ctx.Mentions[second.Source].FirstToken;
                if (source <= last.StartToken + 1 || source >= last.EndToken || second.CueStart < source || !AfterComma(ctx, source)
                    || (last.Quote >= 0 && source > ctx.QuoteFirstToken[last.Quote]))
                {
                    continue;
                }

                var content = first.Content.ToList();
                // A comma is left out; a closing mark after the comma stays with its quotation.
                content[^1] = new ContentPiece(last.StartToken, ctx.TextOf(source - 1) is "," ? source - 1 : source, -1);
                accepted[a] = first with { Content = content };
                break;
            }
        }
    }

    /// <summary>Whether a comma stands right before <paramref name="t"/>, or before the closing mark there ("advanced,"").</summary>
    private static bool AfterComma(DocumentContext ctx, int t) =>
        ctx.TextOf(t - 1) is "," || (t > 1 && ctx.Tokens[t - 1].Kind == TokenKind.Quote && ctx.TextOf(t - 2) is ",");

    /// <summary>
    /// "X said the plan would pass, but Y doubts it": a statement that opens inside another's content
    /// after a contrastive joiner ends that content (see <see cref="ContentBounds.EndBeforeJoined"/>).
    /// </summary>
    private static void EndBeforeJoined(DocumentContext ctx, List<PatternMatch> accepted, int c)
    {
        var second = accepted[c];
        int start = Extent(ctx, second).Lo;
        if (second.CueStart < 0 || !ContentBounds.FollowsJoiner(ctx, start))
        {
            // Checked first, so the loop over all matches runs only for the few statements after a joiner.
            return;
        }

        for (int a = 0; a < accepted.Count; a++)
        {
            var first = accepted[a];
            if (a == c || first.CueStart < 0 || first.CueStart >= start || first.Content.Count == 0)
            {
                continue;
            }

            var last = first.Content[^1];
            if (second.CueStart >= 0 && second.CueStart < last.EndToken
                && ContentBounds.EndBeforeJoined(ctx, last, start) is int end and >= 0)
            {
                var content = first.Content.ToList();
                content[^1] = last with { EndToken = end };
                accepted[a] = first with { Content = content };
            }
        }
    }

    /// <summary>The first and last token (inclusive, within the document) that a match touches: cue, source, content and quotes.</summary>
    private static (int Lo, int Hi) Extent(DocumentContext ctx, PatternMatch m)
    {
        int lo = m.Start, hi = Math.Max(m.Start, m.End - 1);
        if (m.CueStart >= 0)
        {
            lo = Math.Min(lo, m.CueStart);
            hi = Math.Max(hi, m.CueEnd - 1);
        }

        if (m.Source >= 0)
        {
            var source = ctx.Mentions[m.Source];
            lo = Math.Min(lo, source.FirstToken);
            hi = Math.Max(hi, source.EndToken - 1);
        }

        foreach (var p in m.Content)
        {
            lo = Math.Min(lo, p.StartToken);
            hi = Math.Max(hi, Math.Max(p.StartToken, p.EndToken - 1));
        }

        int last = Math.Max(0, ctx.Tokens.Length - 1);
        return (Math.Clamp(lo, 0, last), Math.Clamp(hi, 0, last));
    }

    private static bool OpensClause(DocumentContext ctx, PatternMatch m)
    {
        if (m.Source < 0)
        {
            return false;
        }

        // A relative pronoun opens its own clause: "the police department, which reported ..." (the
        // cue after it is the relative clause's, not the main subject's).
        int t = ctx.Mentions[m.Source].FirstToken;
        return t == ctx.SentenceStartToken(t) || (t > 0 && ctx.Tokens[t - 1].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash)
            || ctx.TextOf(t) is "who" or "which";
    }

    private static bool Conflicts(DocumentContext ctx, PatternMatch a, PatternMatch b)
    {
        if (a.CueStart >= 0 && b.CueStart >= 0 && a.CueStart < b.CueEnd && b.CueStart < a.CueEnd)
        {
            return true;
        }

        foreach (var pa in a.Content)
        {
            foreach (var pb in b.Content)
            {
                if (pa.Quote >= 0 && pa.Quote == pb.Quote)
                {
                    return true;
                }

                if (pa.StartToken < pb.EndToken && pb.StartToken < pa.EndToken)
                {
                    // Overlapping content is fine only for a statement nested in another's content
                    // (X said that Y claimed that ...); not when one's cue opens the other's content.
                    bool bInA = b.CueStart > pa.StartToken && b.CueStart < pa.EndToken;
                    bool aInB = a.CueStart > pb.StartToken && a.CueStart < pb.EndToken;
                    if (!bInA && !aInB)
                    {
                        return true;
                    }
                }
            }
        }

        // A source may not sit inside the other match's quotation or content.
        return SourceInside(ctx, a, b) || SourceInside(ctx, b, a);
    }

    private static bool SourceInside(DocumentContext ctx, PatternMatch a, PatternMatch b)
    {
        if (a.Source < 0)
        {
            return false;
        }

        int t = ctx.Mentions[a.Source].FirstToken;
        return InContent(b.Content, t) && !(a.CueStart > b.Content[0].StartToken && a.CueStart < b.Content[^1].EndToken);
    }

    private static Finding ToFinding(DocumentContext ctx, PatternMatch m)
    {
        var content = new List<TextSpan>(m.Content.Count + 1);
        var quotes = new List<int>();
        bool quoted = false, mixed = false;
        foreach (var piece in m.Content)
        {
            if (piece.Quote >= 0)
            {
                // Earlier paragraphs of a quote that runs over several paragraphs come first.
                var chain = new List<int>();
                for (int q = ctx.Quotes[piece.Quote].ContinuedFrom; q >= 0 && chain.Count < 50; q = ctx.Quotes[q].ContinuedFrom)
                {
                    chain.Add(q);
                }

                for (int i = chain.Count - 1; i >= 0; i--)
                {
                    content.Add(ctx.Quotes[chain[i]].Inner);
                    quotes.Add(chain[i]);
                }

                var quote = ctx.Quotes[piece.Quote];
                bool whole = piece.EndToken >= ctx.QuoteEndToken[piece.Quote] - (quote.Closed ? 1 : 0);
                var inner = whole ? quote.Inner : Trim(ctx, new TextSpan(quote.Inner.Start, ctx.Tokens[piece.EndToken - 1].End));

                // A clause of the writer's that the quote finishes is part of the statement (a mixed quote).
                bool lead = piece.StartToken < ctx.QuoteFirstToken[piece.Quote];
                // Led by its complementizer alone (told reporters that “...”), a whole closed quotation
                // keeps its closing mark, so that the statement reads balanced.
                bool that = lead && piece.StartToken == ctx.QuoteFirstToken[piece.Quote] - 1 && ctx.TextOf(piece.StartToken).Equals("that", StringComparison.OrdinalIgnoreCase);
                content.Add(lead ? new TextSpan(ctx.Tokens[piece.StartToken].Start, that && whole && quote.Closed ? quote.Outer.End : inner.End) : inner);
                mixed |= lead;

                // Later paragraphs of a quote that runs on (each reopened, the last one closed) follow.
                for (int q = whole ? NextPart(ctx, piece.Quote) : -1, n = 0; q >= 0 && n < 50; q = NextPart(ctx, q), n++)
                {
                    content.Add(ctx.Quotes[q].Inner);
                    quotes.Add(q);
                }
                quotes.Add(piece.Quote);
                quoted = true;
            }
            else
            {
                // The complementizer belongs to the reported clause: "said [that the poll was rigged]";
                // so does the infinitive's "to": "promised [to send police]".
                int first = piece.StartToken;
                if (m.Pattern.IsAgentless && piece.EndToken <= m.CueStart && ContentBounds.SubjectStart(ctx, piece) is int subject and >= 0)
                {
                    first = subject;
                }
                else if (first > 0 && first - 1 > m.CueStart && m.CueStart >= 0
                    && (ctx.TextOf(first - 1).Equals("that", StringComparison.OrdinalIgnoreCase)
                        || (m.Pattern.HasInfinitiveContent && ctx.TextOf(first - 1).Equals("to", StringComparison.OrdinalIgnoreCase))))
                {
                    first--;
                }
                else if (m.Pattern.ContentTakesObject && m.CueStart >= 0 && m.CueEnd < first && !HasQuoteBetween(ctx, m.CueEnd, first))
                {
                    first = m.CueEnd;
                }

                content.Add(new TextSpan(ctx.Tokens[first].Start, ctx.Tokens[piece.EndToken - 1].End));
                for (int t = piece.StartToken; t < piece.EndToken; t++)
                {
                    if (ctx.QuoteAt[t] >= 0)
                    {
                        quoted = true;
                        quotes.Add(ctx.QuoteAt[t]);
                    }
                }
            }
        }

        // "which she said [would fail]": the relative pronoun is a piece of the content.
        if (ContentBounds.RelativeLead(ctx, m) is int relative and >= 0)
        {
            content.Insert(0, ctx.Tokens[relative].Span);
        }
        else if (ContentBounds.FrontedPiece(ctx, m) is { } fronted)
        {
            // "An economic downturn, he said, “could be a good time to borrow.”"
            content.Insert(0, fronted);
        }

        var kind = m.Pattern.Kind;
        if ((quoted && kind is StatementKind.Indirect or StatementKind.AccordingTo) || (mixed && kind == StatementKind.Direct))
        {
            kind = StatementKind.Mixed;
        }

        var finding = new Finding
        {
            Kind = kind,
            Content = content,
            Rule = m.Pattern.Id,
            Sentence = ctx.SentenceOf[m.CueStart >= 0 ? m.CueStart : m.Start],
            CueStart = m.CueStart,
            CueEnd = m.CueEnd,
            CueGroupStart = CueGroupStart(ctx, m),
            Agentless = m.Pattern.IsAgentless,
            Cue = m.Cue,
            Source = m.Source,
            StartToken = m.Start,
            EndToken = m.End,
        };
        finding.Quotes.AddRange(quotes);
        return finding;
    }

    /// <summary>
    /// '"A," Ms. Ray said, referring to the fines, "B."': the quote after the participle is the second
    /// piece of the quote split around the attribution, not the participle's content. The participle's
    /// content ends before the comma that opens the quote, and the quote is left for the continuation.
    /// </summary>
    private static void ReleaseSplitQuotes(DocumentContext ctx, List<Finding> findings)
    {
        foreach (var f in findings)
        {
            // Only a cue that takes a prepositional object ("referring to", "talking about") ends its
            // content at a noun phrase; "adding later, "B."" reports the quote itself.
            if (f.Source >= 0 || f.CueStart < 0 || f.Agentless || f.Kind != StatementKind.Mixed || f.Quotes.Count != 1 || f.Content.Count != 1
                || f.Cue is not { } cue || !EndsWithPreposition(cue.Entry.Lemma))
            {
                continue;
            }

            int q = f.Quotes[0];
            var quote = ctx.Quotes[q];
            int open = ctx.Segmented.TokenAt(quote.Outer.Start);
            if (open <= 1 || (quote.Outer.End != f.Content[0].End && quote.Inner.End != f.Content[0].End) || ctx.TextOf(open - 1) is not ",")
            {
                continue;
            }

            bool split = SplitBefore(ctx, findings, f);
            if (!split || ctx.Tokens[open - 1].Start <= f.Content[0].Start)
            {
                continue;
            }

            f.Content[0] = Trim(ctx, new TextSpan(f.Content[0].Start, ctx.Tokens[open - 2].End));
            f.Quotes.Clear();
            f.Kind = StatementKind.Indirect;
        }
    }

    /// <summary>True when a quotation mark lies in the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool HasQuoteBetween(DocumentContext ctx, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (ctx.Tokens[t].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithPreposition(string lemma)
    {
        int space = lemma.LastIndexOf(' ');
        return space > 0 && lemma.AsSpan(space + 1) is "to" or "about" or "against" or "at" or "of" or "on" or "for";
    }

    /// <summary>The quotation that continues an unclosed one in the next paragraph, or -1.</summary>
    private static int NextPart(DocumentContext ctx, int q)
    {
        if (ctx.Quotes[q].Closed)
        {
            return -1;
        }

        for (int k = q + 1; k < ctx.Quotes.Count; k++)
        {
            if (ctx.Quotes[k].IsTopLevel)
            {
                return ctx.Quotes[k].ContinuedFrom == q ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the cue's verb group starts: the cue moved left over auxiliaries, negation and adverbs
    /// ("has also said", "is demanding"), never into the source, the content or a quotation.
    /// </summary>
    /// <summary>True when a content piece holds <paramref name="token"/> (a loop: a lambda here allocated a closure per call).</summary>
    private static bool InContent(List<ContentPiece> content, int token)
    {
        foreach (var p in content)
        {
            if (token >= p.StartToken && token < p.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    // The lambdas of ReleaseSplitQuotes and AssignParticipleSources, kept out of their loops: a closure
    // over the loop's finding was allocated for every finding, including those the loop skips.
    private static bool SplitBefore(DocumentContext ctx, List<Finding> findings, Finding f) =>
        findings.Any(d => d != f && d.Kind == StatementKind.Direct && d.Source >= 0 && d.Sentence == f.Sentence
            && d.CueStart >= 0 && d.CueStart < f.CueStart && d.Quotes.Count > 0 && ctx.Quotes[d.Quotes[^1]].Outer.End <= ctx.Tokens[d.CueStart].Start);

    private static Finding? StatementBefore(List<Finding> findings, Finding f) =>
        findings
            .Where(o => o.Source >= 0 && o.Sentence == f.Sentence && o.CueStart >= 0 && o.CueStart < f.CueStart)
            .OrderByDescending(o => o.CueStart)
            .FirstOrDefault();

    private static int CueGroupStart(DocumentContext ctx, PatternMatch m)
    {
        if (m.CueStart < 0 || m.Cue is not { } form || form.Entry.ExplicitOnly)
        {
            return m.CueStart;
        }

        int t = m.CueStart;
        int sentence = ctx.SentenceOf[t];
        int sourceEnd = m.Source >= 0 ? ctx.Mentions[m.Source].EndToken : -1;
        while (t > 0 && t - 1 >= sourceEnd && ctx.SentenceOf[t - 1] == sentence && ctx.InQuote[t - 1] < 0 && !ctx.Excluded[t - 1]
            && !InContent(m.Content, t - 1) && ctx.CueGuard.InVerbGroup(ctx.Segmented, t - 1) && !NamePart(ctx, t - 1, m.CueStart))
        {
            t--;
        }

        return t;
    }

    /// <summary>
    /// "Prime Minister Theresa May said": a group word written capitalized right after a capitalized
    /// word, before a lower-case cue, ends a name; it is no auxiliary. (A headline capitalizes its cue too.)
    /// </summary>
    private static bool NamePart(DocumentContext ctx, int t, int cue) =>
        t > 0 && char.IsUpper(ctx.Text[ctx.Tokens[t].Start]) && char.IsLower(ctx.Text[ctx.Tokens[cue].Start])
            && ctx.Tokens[t - 1].Kind == TokenKind.Word && char.IsUpper(ctx.Text[ctx.Tokens[t - 1].Start]) && ctx.SentenceOf[t - 1] == ctx.SentenceOf[t];

    private static TextSpan Trim(DocumentContext ctx, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (end > start && char.IsWhiteSpace(ctx.Text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>"..., adding that ...": the participle's speaker is the clause subject, or the statement before it.</summary>
    private static void AssignParticipleSources(DocumentContext ctx, List<Finding> findings)
    {
        foreach (var f in findings)
        {
            if (f.Source >= 0 || f.CueStart < 0 || f.Agentless)
            {
                continue;
            }

            var before = StatementBefore(findings, f);
            if (before is not null)
            {
                f.Source = before.Source;
                continue;
            }

            // The clause subject: the sentence's first mention that is neither governed by a preposition
            // nor a possessive ("Lukashenko's talks ...").
            int first = ctx.SentenceStartToken(f.CueStart);
            for (int t = first; t < f.CueStart; t++)
            {
                int m = ctx.MentionAt[t];
                if (m >= 0 && ctx.InQuote[t] < 0 && !ctx.FollowsBlocker(t) && !IsPossessive(ctx, ctx.Mentions[m]))
                {
                    f.Source = m;
                    break;
                }
            }
        }
    }

    private static bool IsPossessive(DocumentContext ctx, Mention m) =>
        m.EndToken < ctx.Tokens.Length && ctx.TextOf(m.EndToken) is "'s" or "’s" or "'" or "’";

    /// <summary>
    /// A transcript quoted as a block: each paragraph opens with a quotation mark and a speaker label
    /// in capitals ("\"LEE: Well, we will see ..."). The label speaks the rest of the paragraph; patterns
    /// cannot see it, since no source or cue is read inside a quotation.
    /// </summary>
    private static void AddTranscriptTurns(DocumentContext ctx, List<Finding> findings)
    {
        var used = new HashSet<int>(findings.SelectMany(f => f.Quotes));
        foreach (var paragraph in ctx.Segmented.Paragraphs)
        {
            if (paragraph.SentenceCount == 0)
            {
                continue;
            }

            int first = ctx.Segmented.Sentences[paragraph.FirstSentence].FirstToken;
            int q = first < ctx.Tokens.Length ? ctx.QuoteAt[first] : -1;
            if (q < 0 || used.Contains(q) || !ctx.Quotes[q].IsTopLevel || ctx.Excluded[first] || first + 1 >= ctx.Tokens.Length)
            {
                continue;
            }

            int label = ctx.MentionAt[first + 1];
            if (label < 0)
            {
                continue;
            }

            var mention = ctx.Mentions[label];
            int colon = mention.EndToken;
            if (mention.FirstToken != first + 1 || colon + 1 >= ctx.QuoteEndToken[q] || ctx.TextOf(colon) is not ":"
                || !IsCapitalLabel(ctx, mention) || !ctx.CueAt(colon, out var form, out int cueEnd, includeExplicit: true))
            {
                continue;
            }

            var inner = ctx.Quotes[q].Inner;
            var content = new TextSpan(ctx.Tokens[cueEnd].Start, Math.Max(ctx.Tokens[cueEnd].Start, inner.End));
            if (content.IsEmpty)
            {
                continue;
            }

            // The turn goes on in paragraphs that reopen the quote without a label of their own.
            var pieces = new List<TextSpan> { Trim(ctx, content) };
            var parts = new List<int> { q };
            for (int k = NextPart(ctx, q); k >= 0 && parts.Count < 50 && !OpensWithLabel(ctx, k); k = NextPart(ctx, k))
            {
                pieces.Add(ctx.Quotes[k].Inner);
                parts.Add(k);
            }

            var finding = new Finding
            {
                Kind = StatementKind.Direct,
                Content = pieces,
                Rule = "direct.transcript-turn",
                Sentence = ctx.SentenceOf[colon],
                CueStart = colon,
                CueEnd = cueEnd,
                Cue = form,
                Source = label,
                StartToken = first,
                EndToken = ctx.QuoteEndToken[parts[^1]],
            };
            finding.Quotes.AddRange(parts);
            findings.Add(finding);
            used.UnionWith(parts);
        }
    }

    /// <summary>Whether quotation <paramref name="q"/> opens with a capital speaker label and a colon.</summary>
    internal static bool OpensWithLabel(DocumentContext ctx, int q)
    {
        int first = ctx.QuoteFirstToken[q];
        int label = first + 1 < ctx.Tokens.Length ? ctx.MentionAt[first + 1] : -1;
        return label >= 0 && ctx.Mentions[label].FirstToken == first + 1 && ctx.Mentions[label].EndToken < ctx.Tokens.Length
            && ctx.TextOf(ctx.Mentions[label].EndToken) is ":" && IsCapitalLabel(ctx, ctx.Mentions[label]);
    }

    private static bool IsCapitalLabel(DocumentContext ctx, Mention mention)
    {
        for (int t = mention.FirstToken; t < mention.EndToken; t++)
        {
            if (ctx.Tokens[t].Kind == TokenKind.Word && !CompoundSources.IsCapitals(ctx.TextOf(t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A quotation nobody claimed, right after a direct quote (same or next paragraph), continues that
    /// speaker: “...,” she said on Monday. “Any agreements ...”
    /// </summary>
    private static void AddContinuations(DocumentContext ctx, List<Finding> findings)
    {
        var used = new HashSet<int>(findings.SelectMany(f => f.Quotes));
        var direct = findings.Where(f => f.Kind is StatementKind.Direct or StatementKind.Mixed && f.Quotes.Count > 0)
            .OrderBy(f => f.Extent.Start).ToList();
        var added = new List<Finding>();
        for (int q = 0; q < ctx.Quotes.Count; q++)
        {
            var quote = ctx.Quotes[q];
            if (!quote.IsTopLevel || quote.IsTermLike || used.Contains(q) || quote.Inner.IsEmpty)
            {
                continue;
            }

            int first = ctx.QuoteFirstToken[q];
            if (first >= ctx.Tokens.Length || ctx.Excluded[first])
            {
                continue;
            }

            Finding? previous = null;
            foreach (var f in direct.Concat(added))
            {
                if (f.Extent.End <= quote.Outer.Start && (previous is null || f.Extent.End > previous.Extent.End))
                {
                    previous = f;
                }
            }

            if (previous is null || !NearEnough(ctx, previous, quote) || StatementBetween(findings, previous, quote))
            {
                continue;
            }

            // The quote must stand as a statement: it opens its sentence or follows a closed quote; or
            // it goes on in the sentence of the previous quote's attribution ('"A," Ms. Ray said,
            // referring to the fines, "B."').
            int sentenceStart = ctx.SentenceStartToken(first);
            bool inAttribution = previous.CueStart >= 0 && previous.Source >= 0 && first > previous.CueStart
                && ctx.SentenceOf[first] == ctx.SentenceOf[previous.CueStart];
            if (first != sentenceStart && ctx.Tokens[first - 1].Kind != TokenKind.Quote && !inAttribution)
            {
                continue;
            }

            // '"...," Senate Majority Leader Mitch McConnell, R-Ky., said': a quote with an attribution
            // of its own that no pattern could read is somebody else's, not the previous speaker's.
            if (CueAfter(ctx, ctx.QuoteEndToken[q]))
            {
                continue;
            }

            // In the paragraph of an attributed quote it is that statement's next piece, as a quote
            // split around a long attribution is ('"A," said X, a lawyer for Y. "B."').
            if (previous.Continues is null && previous.Source >= 0
                && ParagraphOf(ctx, quote.Outer.Start) - ParagraphOf(ctx, previous.Content[^1].Start) <= MergeParagraphs)
            {
                previous.Content.Add(quote.Inner);
                previous.Quotes.Add(q);
                used.Add(q);
                continue;
            }

            var finding = new Finding
            {
                Kind = StatementKind.Direct,
                Content = [quote.Inner],
                Rule = "direct.continuation",
                Sentence = ctx.SentenceOf[first],
                Source = -1,
                StartToken = first,
                EndToken = ctx.QuoteEndToken[q],
                Speaker = null,
            };
            finding.Quotes.Add(q);
            finding.Continues = previous;
            added.Add(finding);
            used.Add(q);
        }

        findings.AddRange(added);
    }

    /// <summary>A cue outside quotations within a few words after a quotation, in its sentence.</summary>
    private static bool CueAfter(DocumentContext ctx, int end)
    {
        if (end <= 0 || end >= ctx.Tokens.Length)
        {
            return false;
        }

        int sentence = ctx.SentenceOf[end - 1];
        for (int t = end; t < ctx.Tokens.Length && t < end + OwnAttributionTokens && ctx.SentenceOf[t] == sentence; t++)
        {
            if (ctx.InQuote[t] >= 0)
            {
                return false;
            }

            if (ctx.Cues.TryMatch(ctx.Segmented, t, out var form, out _) && !form.Entry.ExplicitOnly)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NearEnough(DocumentContext ctx, Finding previous, Quotation quote) =>
        ParagraphOf(ctx, quote.Outer.Start) - ParagraphOf(ctx, previous.Content[^1].Start) <= ContinuationParagraphs;

    private static int ParagraphOf(DocumentContext ctx, int offset) =>
        ctx.Segmented.Sentences[ctx.SentenceOf[ctx.Segmented.TokenAt(offset)]].Paragraph;

    /// <summary>
    /// Another statement between the two breaks the chain: the quote is no longer the same voice. One
    /// within the sentence of the previous quote's attribution does not (", adding that ...", "said
    /// Ann Lee, a lawyer who said she would appeal."): it is part of that attribution.
    /// </summary>
    private static bool StatementBetween(List<Finding> findings, Finding previous, Quotation quote) =>
        findings.Any(f => f != previous && f.Extent.Start >= previous.Extent.End && f.Extent.Start < quote.Outer.Start
            && !(previous.CueStart >= 0 && f.Sentence == previous.Sentence));
}
