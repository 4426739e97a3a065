using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// The key ids of <see cref="MentionLexicon"/> (case-blind), looked up by a span and its
/// <see cref="CaseBlindHash"/>, which the caller computes while it finds the span: one pass over
/// each token instead of a scan and then a hash. Open addressing; immutable after construction.
/// </summary>
internal sealed class KeyTable
{
    private readonly string[] keys;
    private readonly int[] hashes;
    private readonly int[] ids;
    private readonly int mask;

    // One bit per slice of the hash space, set where some key hashes: some eight bits a key, so most
    // words that are no key (the common lower-case words) fail here in a few kilobytes that stay in
    // the L1 cache, without a probe of the larger table.
    private readonly ulong[] filter;
    private readonly int filterShift;

    public KeyTable(IReadOnlyDictionary<string, int> keyIds)
    {
        int size = 16;
        while (size < keyIds.Count * 2)
        {
            size *= 2;
        }

        int filterBits = 4096;
        while (filterBits < keyIds.Count * 8)
        {
            filterBits *= 2;
        }

        filter = new ulong[filterBits / 64];
        filterShift = 32 - System.Numerics.BitOperations.Log2((uint)filterBits);
        keys = new string[size];
        hashes = new int[size];
        ids = new int[size];
        mask = size - 1;
        foreach (var (key, id) in keyIds)
        {
            int hash = CaseBlindHash.Of(key);
            int i = hash & mask;
            while (keys[i] is not null)
            {
                i = (i + 1) & mask;
            }

            uint bit = (uint)hash >> filterShift;
            filter[bit >> 6] |= 1UL << (int)bit;
            keys[i] = key;
            hashes[i] = hash;
            ids[i] = id;
        }
    }

    /// <summary>The id of <paramref name="key"/> (whose <see cref="CaseBlindHash"/> is <paramref name="hash"/>), or -1.</summary>
    public int Find(ReadOnlySpan<char> key, int hash)
    {
        uint bit = (uint)hash >> filterShift;
        if ((filter[bit >> 6] & (1UL << (int)bit)) == 0)
        {
            return -1;
        }

        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            var k = keys[i];
            if (k is null)
            {
                return -1;
            }

            if (hashes[i] == hash && key.Equals(k, StringComparison.OrdinalIgnoreCase))
            {
                return ids[i];
            }
        }
    }
}
