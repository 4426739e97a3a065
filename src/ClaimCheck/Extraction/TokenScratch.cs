using System.Numerics;
using ClaimCheck.Extraction.Cues;

namespace ClaimCheck.Extraction;

/// <summary>
/// Per-thread arrays indexed by token, reused by each article's <see cref="DocumentContext"/>,
/// <see cref="CueTable"/> and channel phrase owners: a fresh set of ten token-length arrays per article was most of the context
/// stage's garbage (and large-object-heap allocations for long articles). The pipeline builds one
/// context per article on a thread and drops it before the next, so an array handed out here is the
/// caller's until the next context is built on the same thread; callers expose exactly the first
/// token-count elements (a span), so the arrays' extra length and earlier contents never show.
/// </summary>
internal static class TokenScratch
{
    public const int SentenceOf = 0;
    public const int QuoteAt = 1;
    public const int InQuote = 2;
    public const int MentionAt = 3;
    public const int NextWordToken = 4;
    public const int NextCueToken = 5;
    public const int CueAny = 6;
    public const int CuePlain = 7;
    public const int ChannelOwner = 8;
    public const int NextSkipStop = 9;
    public const int WordIds = 10;
    private const int IntSlots = 11;

    /// <summary>Longer documents get arrays of their own, so one huge article does not pin memory to a thread.</summary>
    private const int MaxPooledTokens = 1 << 20;

    [ThreadStatic]
    private static int[]?[]? ints;

    [ThreadStatic]
    private static bool[]? excluded;

    [ThreadStatic]
    private static byte[]? guard;

    [ThreadStatic]
    private static List<(CueForm Form, int End)>? cueMatches;

    /// <summary>An array of at least <paramref name="length"/> ints with undefined contents: the caller writes each element it reads.</summary>
    public static int[] Ints(int slot, int length)
    {
        if (length > MaxPooledTokens)
        {
            return new int[length];
        }

        var all = ints ??= new int[]?[IntSlots];
        var array = all[slot];
        if (array is null || array.Length < length)
        {
            array = new int[Size(length)];
            all[slot] = array;
        }

        return array;
    }

    /// <summary>The exclusion flags: at least <paramref name="length"/> elements, the first <paramref name="length"/> false.</summary>
    public static bool[] Excluded(int length) => Cleared(ref excluded, length);

    /// <summary>The cue guard's answers: at least <paramref name="length"/> elements, the first <paramref name="length"/> zero.</summary>
    public static byte[] Guard(int length) => Cleared(ref guard, length);

    /// <summary>An empty list for a document's cue matches.</summary>
    public static List<(CueForm Form, int End)> CueMatches()
    {
        var list = cueMatches ??= [];
        list.Clear();
        return list;
    }

    private static T[] Cleared<T>(ref T[]? cached, int length)
    {
        if (length > MaxPooledTokens)
        {
            return new T[length];
        }

        if (cached is null || cached.Length < length)
        {
            cached = new T[Size(length)];
            return cached;
        }

        Array.Clear(cached, 0, length);
        return cached;
    }

    private static int Size(int length) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(length, 256));
}
