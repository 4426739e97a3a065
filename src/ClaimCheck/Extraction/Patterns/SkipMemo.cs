using System.Numerics;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// The ends a SKIP right after a pattern's opening SOURCE may take, per start token of one document
/// (<see cref="PatternMatcher.ScanSkip"/>). A dozen patterns open with "SOURCE SKIP" and are tried at
/// the same mentions; the scan depends only on the start, so it is made once and shared. Belongs to
/// one thread's matcher; <see cref="Aim"/> forgets everything when the document changes.
/// </summary>
internal sealed class SkipMemo
{
    private long document = -1;

    // Per start token: whether it was scanned in this document (its stamp), where its ends begin in the pool, how many, the SKIP end it was
    // scanned from, and the longest SKIP the scan answers for (int.MaxValue when it met a stop).
    private int stamp;
    private int[] stamps = [];
    private int[] offset = [];
    private int[] count = [];
    private int[] scannedFrom = [];
    private int[] answers = [];
    private int[] pool = new int[256];
    private int used;

    /// <summary>Starts a new memo when <paramref name="ctx"/> is another document than the last one.</summary>
    public void Aim(DocumentContext ctx)
    {
        if (ctx.Serial == document)
        {
            return;
        }

        // A new stamp forgets the last document's scans without clearing the arrays.
        document = ctx.Serial;
        used = 0;
        stamp++;
        int n = ctx.Tokens.Length;
        if (stamps.Length < n || stamp == int.MaxValue)
        {
            int size = Math.Max((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(n, 256)), stamps.Length);
            stamps = new int[size];
            offset = new int[size];
            count = new int[size];
            scannedFrom = new int[size];
            answers = new int[size];
            stamp = 1;
        }
    }

    /// <summary>The ends (pool, first index, count) of the SKIP at element 1 from <paramref name="pos"/>, for the match that started at <paramref name="start"/>.</summary>
    public (int[] Ends, int Offset, int Count) Get(PatternMatcher matcher, int start, int pos, int max)
    {
        if (stamps[start] == stamp && scannedFrom[start] == pos && answers[start] >= max)
        {
            return (pool, offset[start], count[start]);
        }

        if (pool.Length < used + max + 1)
        {
            Array.Resize(ref pool, Math.Max(used + max + 1, 2 * pool.Length));
        }

        int found = matcher.ScanSkip(1, pos, max, pool, used, out bool stopped);
        stamps[start] = stamp;
        offset[start] = used;
        count[start] = found;
        scannedFrom[start] = pos;
        answers[start] = stopped ? int.MaxValue : max;
        used += found;
        return (pool, offset[start], found);
    }
}
