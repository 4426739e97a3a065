using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Coreference;

/// <summary>
/// One document's mentions indexed for speaker resolution, so each lookup costs what it returns
/// rather than a pass over every mention: the mentions just before a token, and the mention that
/// ends at a token. Also tracks the token at which the latest speaker spoke.
/// </summary>
internal sealed class MentionIndex
{
    private readonly int[] byStart;
    private readonly int[] starts;
    private readonly Dictionary<int, int> firstEndingAt = [];
    private readonly WorkCounters? work;

    public MentionIndex(IReadOnlyList<Mention> mentions, WorkCounters? work = null)
    {
        this.work = work;
        // By first token, then mention index: one sort of (token, index) keys, no LINQ buffers.
        var keys = new long[mentions.Count];
        for (int m = 0; m < keys.Length; m++)
        {
            keys[m] = ((long)mentions[m].FirstToken << 32) | (uint)m;
        }

        Array.Sort(keys);
        byStart = new int[keys.Length];
        starts = new int[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            byStart[i] = (int)(uint)keys[i];
            starts[i] = (int)(keys[i] >> 32);
        }

        firstEndingAt.EnsureCapacity(mentions.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            firstEndingAt.TryAdd(mentions[m].EndToken, m);
        }
    }

    /// <summary>The greatest <see cref="Entity.LastSpoke"/> of any entity so far (-1 before anyone speaks).</summary>
    public int LastSpoke { get; set; } = -1;

    /// <summary>
    /// The (at most <paramref name="limit"/>) nearest mentions starting before <paramref name="token"/>,
    /// in mention order, which is the order a scan over all mentions would meet them.
    /// </summary>
    public int[] Before(int token, int limit)
    {
        int end = LowerBound(token);
        int from = Math.Max(0, end - limit);
        var result = byStart[from..end];
        if (work is not null)
        {
            work.AntecedentCandidates += result.Length;
        }

        Array.Sort(result);
        return result;
    }

    /// <summary>The first mention that ends right before a relative pronoun (or before a comma before it), if any.</summary>
    public int? RelativeHead(DocumentContext ctx, int relative)
    {
        int t = ctx.Mentions[relative].FirstToken;
        int best = firstEndingAt.TryGetValue(t, out int at) ? at : int.MaxValue;
        if (t > 0 && ctx.Tokens[t - 1].Kind == TokenKind.Punctuation && firstEndingAt.TryGetValue(t - 1, out int before))
        {
            best = Math.Min(best, before);
        }

        return best == int.MaxValue ? null : best;
    }

    private int LowerBound(int token)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
