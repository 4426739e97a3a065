using System.Buffers;
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
    private readonly IReadOnlyList<Mention> mentions;
    private readonly WorkCounters? work;

    // Built on the first relative pronoun: most articles resolve none, and the map was the index's largest part.
    private Dictionary<int, int>? firstEndingAt;

    // The buffer Before returns its answer in.
    private int[] before = [];

    public MentionIndex(IReadOnlyList<Mention> mentions, WorkCounters? work = null)
    {
        this.work = work;
        this.mentions = mentions;

        // By first token, then mention index: one sort of (token, index) keys (in a pooled buffer), no LINQ buffers.
        int count = mentions.Count;
        var rented = ArrayPool<long>.Shared.Rent(count);
        var keys = rented.AsSpan(0, count);
        for (int m = 0; m < count; m++)
        {
            keys[m] = ((long)mentions[m].FirstToken << 32) | (uint)m;
        }

        keys.Sort();
        byStart = new int[count];
        starts = new int[count];
        for (int i = 0; i < count; i++)
        {
            byStart[i] = (int)(uint)keys[i];
            starts[i] = (int)(keys[i] >> 32);
        }

        ArrayPool<long>.Shared.Return(rented);
    }

    private Dictionary<int, int> FirstEndingAt()
    {
        if (firstEndingAt is null)
        {
            firstEndingAt = new Dictionary<int, int>(mentions.Count);
            for (int m = 0; m < mentions.Count; m++)
            {
                firstEndingAt.TryAdd(mentions[m].EndToken, m);
            }
        }

        return firstEndingAt;
    }

    /// <summary>The greatest <see cref="Entity.LastSpoke"/> of any entity so far (-1 before anyone speaks).</summary>
    public int LastSpoke { get; set; } = -1;

    /// <summary>
    /// The (at most <paramref name="limit"/>) nearest mentions starting before <paramref name="token"/>,
    /// in mention order, which is the order a scan over all mentions would meet them.
    /// </summary>
    /// <remarks>The span is this index's own buffer: valid until the next call.</remarks>
    public ReadOnlySpan<int> Before(int token, int limit)
    {
        int end = LowerBound(token);
        int from = Math.Max(0, end - limit);
        if (before.Length < end - from)
        {
            before = new int[end - from];
        }

        // Copied into one reused buffer: a fresh array per pronoun or description was the stage's main garbage.
        var result = before.AsSpan(0, end - from);
        byStart.AsSpan(from, end - from).CopyTo(result);
        if (work is not null)
        {
            work.AntecedentCandidates += result.Length;
        }

        result.Sort();
        return result;
    }

    /// <summary>The first mention that ends right before a relative pronoun (or before a comma before it), if any.</summary>
    public int? RelativeHead(DocumentContext ctx, int relative)
    {
        int t = ctx.Mentions[relative].FirstToken;
        var ending = FirstEndingAt();
        int best = ending.TryGetValue(t, out int at) ? at : int.MaxValue;
        if (t > 0 && ctx.Tokens[t - 1].Kind == TokenKind.Punctuation && ending.TryGetValue(t - 1, out int before))
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
