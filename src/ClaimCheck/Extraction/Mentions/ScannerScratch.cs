namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// Per-token work arrays of <see cref="MentionScanner"/>, kept per thread and reused from one
/// article to the next (cleared, grown when an article is longer): every article used to allocate
/// them afresh, a large share of all allocation. One scanner at a time per thread uses them.
/// </summary>
internal sealed class ScannerScratch
{
    [ThreadStatic]
    private static ScannerScratch? current;

    private ScannerScratch(int size)
    {
        Excluded = new bool[size];
        SentenceInitial = new bool[size];
        SentenceEndOfToken = new int[size];
        ChunkOfToken = new int[size];
        Chunks = new List<Chunk>(size);
    }

    public bool[] Excluded { get; }

    public bool[] SentenceInitial { get; }

    public int[] SentenceEndOfToken { get; }

    public int[] ChunkOfToken { get; }

    public List<Chunk> Chunks { get; }

    /// <summary>Arrays of at least <paramref name="tokens"/> elements, zeroed as new ones would be.</summary>
    public static ScannerScratch Rent(int tokens)
    {
        var scratch = current;
        if (scratch is null || scratch.Excluded.Length < tokens)
        {
            current = scratch = new ScannerScratch(Math.Max(tokens, 1024));
            return scratch;
        }

        Array.Clear(scratch.Excluded, 0, tokens);
        Array.Clear(scratch.SentenceInitial, 0, tokens);
        Array.Clear(scratch.SentenceEndOfToken, 0, tokens);
        Array.Clear(scratch.ChunkOfToken, 0, tokens);
        scratch.Chunks.Clear();
        return scratch;
    }
}
