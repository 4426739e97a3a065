using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// Per-token and per-sentence work arrays and word sets of <see cref="MentionScanner"/>, kept per
/// thread and reused from one article to the next (cleared, grown when an article is longer): every
/// article used to allocate them afresh, most of the stage's allocation. One scanner at a time per
/// thread uses them.
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
        SentenceOfToken = new int[size];
        ChunkOfToken = new int[size];
        KeyMasks = new ulong[size];
        KeyIds = new int[size];
        WholeToken = new bool[size];
        TokenHashes = new int[size];
        Chunks = new List<Chunk>(size);
    }

    public bool[] Excluded { get; }

    public bool[] SentenceInitial { get; }

    public int[] SentenceEndOfToken { get; }

    public int[] SentenceOfToken { get; }

    public int[] ChunkOfToken { get; }

    /// <summary>For <see cref="PhraseKeys"/>: each token's set mask and key id (filled by it, not cleared here).</summary>
    public ulong[] KeyMasks { get; }

    public int[] KeyIds { get; }

    public bool[] WholeToken { get; }

    public int[] TokenHashes { get; }

    public List<Chunk> Chunks { get; }

    /// <summary>Per sentence: whether it is a title-case line (grown separately: sentences, not tokens).</summary>
    public bool[] TitleCase { get; private set; } = new bool[256];

    public (int First, int End)[] SentenceChunks { get; private set; } = new (int, int)[256];

    /// <summary>The mentions found, before sorting and copying out.</summary>
    public List<Mention> Output { get; } = new(256);

    /// <summary>The capitalized words the scanner asks about (sentence-initial and headline words), case-sensitive.</summary>
    public TextSpanSet Attested { get; } = new(string.Empty, ignoreCase: false);

    /// <summary>The sentence-initial words the scanner asks about, case-blind.</summary>
    public TextSpanSet SeenLower { get; } = new(string.Empty, ignoreCase: true);

    /// <summary>Per slot of <see cref="Attested"/>: the word occurs capitalized mid-sentence outside headlines.</summary>
    public bool[] AttestedHits { get; private set; } = new bool[64];

    /// <summary>Per slot of <see cref="SeenLower"/>: the word occurs in lower case.</summary>
    public bool[] SeenLowerHits { get; private set; } = new bool[64];

    public TextSpanSet DocPlaces { get; } = new(string.Empty, ignoreCase: false);

    /// <summary>Cleared hit arrays for the slots of <see cref="Attested"/> and <see cref="SeenLower"/> (after their Reset).</summary>
    public void ClearHits()
    {
        AttestedHits = Cleared(AttestedHits, Attested.Slots);
        SeenLowerHits = Cleared(SeenLowerHits, SeenLower.Slots);
    }

    private static bool[] Cleared(bool[] hits, int slots)
    {
        if (hits.Length < slots)
        {
            return new bool[slots];
        }

        Array.Clear(hits, 0, slots);
        return hits;
    }

    /// <summary>Arrays of at least <paramref name="tokens"/> and <paramref name="sentences"/> elements, zeroed as new ones would be.</summary>
    public static ScannerScratch Rent(int tokens, int sentences)
    {
        var scratch = current;
        if (scratch is null || scratch.Excluded.Length < tokens)
        {
            current = scratch = new ScannerScratch(Math.Max(tokens, 1024));
        }
        else
        {
            Array.Clear(scratch.Excluded, 0, tokens);
            Array.Clear(scratch.SentenceInitial, 0, tokens);
            Array.Clear(scratch.SentenceEndOfToken, 0, tokens);
            Array.Clear(scratch.ChunkOfToken, 0, tokens);
            scratch.Chunks.Clear();
            scratch.Output.Clear();
        }

        Array.Fill(scratch.SentenceOfToken, -1, 0, tokens);
        if (scratch.TitleCase.Length < sentences)
        {
            int size = Math.Max(sentences, scratch.TitleCase.Length * 2);
            scratch.TitleCase = new bool[size];
            scratch.SentenceChunks = new (int, int)[size];
        }
        else
        {
            Array.Clear(scratch.TitleCase, 0, sentences);
        }

        return scratch;
    }
}
