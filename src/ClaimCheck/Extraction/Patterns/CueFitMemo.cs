using System.Numerics;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// Whether the cue at a token fits a CUE element (<c>PatternMatcher.CueFits</c>), remembered per token
/// of one document: the answer depends only on the cue there and on the element's filter and whether
/// its pattern has a QUOTE (its key, <see cref="KeyOf"/>), and many patterns with the same CUE filter
/// ask about the same cues at every start that reaches them. Belongs to one thread's matcher;
/// <see cref="Aim"/> forgets everything when the document changes.
/// </summary>
internal sealed class CueFitMemo
{
    /// <summary>Keys past this are not remembered (one bit per key and token).</summary>
    public const int MaxKeys = 64;

    private static readonly Dictionary<(string Filter, bool HasQuote), int> Keys = [];

    private long document = -1;
    private int stamp;
    private int[] stamps = []; // per token: the stamp of the document its bits belong to
    private ulong[] asked = [];
    private ulong[] fits = [];

    /// <summary>The key of a CUE element's filter in a pattern with or without a QUOTE (the same for equal pairs, in every pattern list).</summary>
    public static int KeyOf(string? filter, bool hasQuote)
    {
        lock (Keys)
        {
            var pair = (filter ?? "", hasQuote);
            if (!Keys.TryGetValue(pair, out int key))
            {
                Keys[pair] = key = Keys.Count;
            }

            return key;
        }
    }

    /// <summary>Starts a new memo when <paramref name="ctx"/> is another document than the last one.</summary>
    public void Aim(DocumentContext ctx)
    {
        if (ctx.Serial == document)
        {
            return;
        }

        // A new stamp forgets the last document's answers without clearing the arrays.
        document = ctx.Serial;
        stamp++;
        int n = ctx.Tokens.Length;
        if (stamps.Length < n || stamp == int.MaxValue)
        {
            int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(n, 256));
            stamps = new int[Math.Max(size, stamps.Length)];
            asked = new ulong[stamps.Length];
            fits = new ulong[stamps.Length];
            stamp = 1;
        }
    }

    /// <summary>True, with the answer, when the fit of key <paramref name="key"/> at <paramref name="token"/> is known.</summary>
    public bool TryGet(int token, int key, out bool fit)
    {
        ulong bit = 1UL << key;
        fit = (fits[token] & bit) != 0;
        return key < MaxKeys && stamps[token] == stamp && (asked[token] & bit) != 0;
    }

    /// <summary>Remembers the fit of key <paramref name="key"/> at <paramref name="token"/>.</summary>
    public void Set(int token, int key, bool fit)
    {
        if (key >= MaxKeys)
        {
            return;
        }

        if (stamps[token] != stamp)
        {
            stamps[token] = stamp;
            asked[token] = 0;
        }

        ulong bit = 1UL << key;
        asked[token] |= bit;
        fits[token] = fit ? fits[token] | bit : fits[token] & ~bit;
    }
}
