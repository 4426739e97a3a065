using System.Runtime.CompilerServices;
using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// One article's analysis state shared by the extraction steps: segmentation, quotations and
/// mentions, indexed by token so that patterns test a slot in constant time.
/// </summary>
internal sealed class DocumentContext
{
    public DocumentContext(SegmentedText segmented, IReadOnlyList<Quotation> quotes, IReadOnlyList<Mention> mentions, IReadOnlyList<TextSpan> excluded, CueLexicon cues, CueGuard cueGuard, WordSet sourceBlockers, WordSet contentNotStart)
    {
        SourceBlockers = sourceBlockers;
        CueGuard = cueGuard;
        ContentNotStart = contentNotStart;
        Segmented = segmented;
        Text = segmented.Source.Text;
        Tokens = segmented.TokenArray;
        sentences = segmented.SentenceArray;
        Quotes = quotes;
        Mentions = mentions;
        Cues = cues;
        int n = Tokens.Length;
        count = n;

        // Token-indexed tables live in per-thread arrays (see TokenScratch): each is cleared or filled to the token count here.
        sentenceOf = TokenScratch.Ints(TokenScratch.SentenceOf, n);
        Array.Clear(sentenceOf, 0, n);
        for (int s = 0; s < segmented.Sentences.Count; s++)
        {
            var sentence = segmented.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                sentenceOf[t] = s;
            }
        }

        quoteAt = TokenScratch.Ints(TokenScratch.QuoteAt, n);
        inQuote = TokenScratch.Ints(TokenScratch.InQuote, n);
        Array.Fill(quoteAt, -1, 0, n);
        Array.Fill(inQuote, -1, 0, n);
        QuoteFirstToken = new int[quotes.Count];
        QuoteEndToken = new int[quotes.Count];
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            int first = segmented.TokenAt(quote.Outer.Start);
            int end = segmented.TokenAt(quote.Outer.End);
            QuoteFirstToken[q] = first;
            QuoteEndToken[q] = end;
            if (!quote.IsTopLevel || first >= n)
            {
                continue;
            }

            quoteAt[first] = q;
            for (int t = first + 1; t < end && t < n; t++)
            {
                // Interior tokens only: the marks themselves belong to the surrounding text.
                if (Tokens[t].Start >= quote.Inner.Start && Tokens[t].End <= quote.Inner.End)
                {
                    inQuote[t] = q;
                }
            }
        }

        mentionAt = TokenScratch.Ints(TokenScratch.MentionAt, n);
        Array.Fill(mentionAt, -1, 0, n);
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.FirstToken < n && (mentionAt[mention.FirstToken] < 0 || mentions[mentionAt[mention.FirstToken]].EndToken < mention.EndToken))
            {
                mentionAt[mention.FirstToken] = m;
            }
        }

        excludedTokens = TokenScratch.Excluded(n);
        foreach (var span in excluded)
        {
            for (int t = segmented.TokenAt(span.Start); t < n && Tokens[t].Start < span.End; t++)
            {
                excludedTokens[t] = true;
            }
        }

        cueTable = new CueTable(segmented, cues, cueGuard);

        nextWordToken = TokenScratch.Ints(TokenScratch.NextWordToken, n + 1);
        nextWordToken[n] = n;
        for (int t = n - 1; t >= 0; t--)
        {
            nextWordToken[t] = Tokens[t].Kind is TokenKind.Word or TokenKind.Number ? t : nextWordToken[t + 1];
        }

        nextCueToken = TokenScratch.Ints(TokenScratch.NextCueToken, n + 1);
        nextCueToken[n] = n;
        for (int t = n - 1; t >= 0; t--)
        {
            nextCueToken[t] = inQuote[t] < 0 && CueAt(t, out _, out _, includeExplicit: true) ? t : nextCueToken[t + 1];
        }

        // The tokens a SKIP never steps over (PatternMatcher.MatchSkip): a sentence's end, a quotation
        // mark or quoted word, boilerplate. A cue after a source and a SKIP lies at or before the next.
        nextSkipStop = TokenScratch.Ints(TokenScratch.NextSkipStop, n + 1);
        nextSkipStop[n] = n;
        for (int t = n - 1; t >= 0; t--)
        {
            var kind = Tokens[t].Kind;
            bool sentenceEnd = kind == TokenKind.Terminal && (t + 1 >= n || sentenceOf[t + 1] != sentenceOf[t] || Text[Tokens[t].Start] != '.');
            nextSkipStop[t] = sentenceEnd || kind == TokenKind.Quote || excludedTokens[t] || inQuote[t] >= 0 ? t : nextSkipStop[t + 1];
        }

        foreach (var mention in mentions)
        {
            MaxMentionTokens = Math.Max(MaxMentionTokens, mention.EndToken - mention.FirstToken);
        }

        // A mention is nested when a person named with a role, apposition or honorific starts earlier and ends with it ("Utah" in "Ann
        // Ruiz, the attorney general of Utah"): the person, not the tail, is what a cue after them reports (unless a preposition governs the person).
        Nested = new bool[mentions.Count];
        Dictionary<int, int>? ends = null; // made only when some person is prefixed
        foreach (var mention in mentions)
        {
            // An honorific or title before the name counts as well ("But Mr. Obama said": the bare "Obama" would
            // win as the tighter match, though annotators and readers take "Mr. Obama").
            bool prefixed = mention.Role is not null || mention.Span.Start < mention.Head.Start;
            if (mention.Kind == MentionKind.Name && mention.Type == EntityType.Person && prefixed && !FollowsBlocker(mention.FirstToken))
            {
                ends ??= [];
                ends[mention.EndToken] = Math.Min(ends.GetValueOrDefault(mention.EndToken, int.MaxValue), mention.FirstToken);
            }
        }

        for (int m = 0; m < mentions.Count; m++)
        {
            Nested[m] = ends is not null && ends.TryGetValue(mentions[m].EndToken, out int first) && first < mentions[m].FirstToken;
        }
    }

    private static long serials;

    /// <summary>A number no other context of this process has: per-document memos of a reused matcher know when the document changed.</summary>
    public long Serial { get; } = Interlocked.Increment(ref serials);

    /// <summary>Per mention: it lies inside a mention that starts before it, so it is not a clause's subject.</summary>
    public bool[] Nested { get; }

    /// <summary>For each token, the first token at or after it where a pattern's CUE can match (a cue, explicit ones included, outside quotations); the token count when none.</summary>
    public ReadOnlySpan<int> NextCueToken => new(nextCueToken, 0, count + 1);

    /// <summary>For each token, the first token at or after it that a SKIP cannot step over (see PatternMatcher.MatchSkip); the token count when none.</summary>
    public ReadOnlySpan<int> NextSkipStop => new(nextSkipStop, 0, count + 1);

    /// <summary>
    /// Each token's id in <paramref name="vocabulary"/> (-1: no pattern word), computed on the first
    /// call for that vocabulary: attribution and channel patterns share one, so one lookup per token serves both.
    /// </summary>
    public ReadOnlySpan<int> WordIds(Patterns.PatternVocabulary vocabulary)
    {
        if (!ReferenceEquals(wordIdsOf, vocabulary))
        {
            wordIds = TokenScratch.Ints(TokenScratch.WordIds, count);
            vocabulary.Index(this, wordIds);
            wordIdsOf = vocabulary;
        }

        return new(wordIds, 0, count);
    }

    /// <summary>The most tokens any mention spans.</summary>
    public int MaxMentionTokens { get; }

    /// <summary>For each token, the first word or number token at or after it (the token count when none): "has [a, b) a word" in O(1).</summary>
    public ReadOnlySpan<int> NextWordToken => new(nextWordToken, 0, count + 1);

    private readonly CueTable cueTable;

    // The token count, and the per-thread arrays behind the token-indexed tables (longer than it; see TokenScratch).
    private readonly int count;
    private readonly int[] sentenceOf;
    private readonly int[] quoteAt;
    private readonly int[] inQuote;
    private readonly int[] mentionAt;
    private readonly bool[] excludedTokens;
    private readonly int[] nextWordToken;
    private readonly int[] nextCueToken;
    private readonly int[] nextSkipStop;

    // The last vocabulary asked for, and its ids per token (WordIds).
    private Patterns.PatternVocabulary? wordIdsOf;
    private int[] wordIds = [];

    public SegmentedText Segmented { get; }

    public string Text { get; }

    public Token[] Tokens { get; }

    private readonly Sentence[] sentences;

    public IReadOnlyList<Quotation> Quotes { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public CueLexicon Cues { get; }

    public CueGuard CueGuard { get; }

    /// <summary>Words reported content never starts with.</summary>
    public WordSet ContentNotStart { get; }

    /// <summary>Words after which a mention cannot be a source (prepositions, conjunctions).</summary>
    public WordSet SourceBlockers { get; }

    /// <summary>True when the token before <paramref name="token"/> is a preposition or conjunction.</summary>
    public bool FollowsBlocker(int token) =>
        token > 0 && Tokens[token - 1].Kind == TokenKind.Word && SentenceOf[token - 1] == SentenceOf[token] && SourceBlockers.Contains(TextOf(token - 1));

    /// <summary>Sentence index of each token.</summary>
    public ReadOnlySpan<int> SentenceOf => new(sentenceOf, 0, count);

    /// <summary>For each token, the top-level quotation whose opening mark it is, or -1.</summary>
    public ReadOnlySpan<int> QuoteAt => new(quoteAt, 0, count);

    /// <summary>For each token, the top-level quotation whose quoted text holds it, or -1.</summary>
    public ReadOnlySpan<int> InQuote => new(inQuote, 0, count);

    public int[] QuoteFirstToken { get; }

    /// <summary>Token index just past each quotation's closing mark (or its last token when unclosed).</summary>
    public int[] QuoteEndToken { get; }

    /// <summary>For each token, the longest mention that starts there, or -1.</summary>
    public ReadOnlySpan<int> MentionAt => new(mentionAt, 0, count);

    /// <summary>Tokens in boilerplate lines: no statement may use them.</summary>
    public ReadOnlySpan<bool> Excluded => new(excludedTokens, 0, count);

    /// <summary>
    /// <see cref="CueLexicon.TryMatch"/> at <paramref name="token"/>, answered from a per-document table:
    /// patterns ask the same token many times (every SKIP step, every pattern).
    /// </summary>
    public bool CueAt(int token, out CueForm form, out int end, bool includeExplicit = false) =>
        cueTable.TryGet(token, includeExplicit, out form, out end);

    /// <summary><see cref="Cues.CueGuard.Allows"/> at <paramref name="token"/>, cached per document.</summary>
    public bool GuardAllows(int token, bool afterSource) => cueTable.Allows(token, afterSource);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot and tiny; without PGO the JIT left it a call
    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public int SentenceEndToken(int token) => sentences[SentenceOf[token]].EndToken;

    public int SentenceStartToken(int token) => sentences[SentenceOf[token]].FirstToken;
}
