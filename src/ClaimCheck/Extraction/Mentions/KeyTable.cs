using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// The key ids of <see cref="MentionLexicon"/> (case-blind), looked up by a span and its
/// <see cref="CaseBlindHash"/>, which the caller computes while it finds the span: one pass over
/// each token instead of a scan and then a hash. Open addressing; immutable after construction.
/// </summary>
/// <remarks>
/// Every token of every document is looked up and most are in no lexicon, so a probe reads one
/// array element holding the hash and the id together, and the table is kept at most a quarter full:
/// a miss usually ends at the first slot, without touching the key strings.
/// </remarks>
internal sealed class KeyTable
{
    private readonly string[] keys;

    // Per slot: the key's hash in the high half, its id + 1 in the low half; 0 for an empty slot.
    private readonly ulong[] slots;
    private readonly int mask;

    public KeyTable(IReadOnlyDictionary<string, int> keyIds)
    {
        int size = 16;
        while (size < keyIds.Count * 4)
        {
            size *= 2;
        }

        keys = new string[size];
        slots = new ulong[size];
        mask = size - 1;
        foreach (var (key, id) in keyIds)
        {
            int hash = CaseBlindHash.Of(key);
            int i = hash & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            keys[i] = key;
            slots[i] = Slot(hash, id);
        }
    }

    /// <summary>The id of <paramref name="key"/> (whose <see cref="CaseBlindHash"/> is <paramref name="hash"/>), or -1.</summary>
    public int Find(ReadOnlySpan<char> key, int hash)
    {
        ulong high = (ulong)(uint)hash << 32;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ulong slot = slots[i];
            if (slot == 0)
            {
                return -1;
            }

            if ((slot & 0xFFFF_FFFF_0000_0000UL) == high && SameIgnoringCase(key, keys[i]))
            {
                return (int)(uint)slot - 1;
            }
        }
    }

    private static ulong Slot(int hash, int id) => ((ulong)(uint)hash << 32) | (uint)(id + 1);

    /// <summary>Ordinal-ignore-case equality, with ASCII compared in line (the keys that match are mostly short ASCII words).</summary>
    private static bool SameIgnoringCase(ReadOnlySpan<char> a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            char x = a[i], y = b[i];
            if (x == y)
            {
                continue;
            }

            if ((x | y) >= 0x80)
            {
                // Non-ASCII: the full comparison decides (the characters before were equal).
                return a.Equals(b, StringComparison.OrdinalIgnoreCase);
            }

            // Two different ASCII characters are equal ignoring case only as the two cases of one letter.
            int folded = x | 0x20;
            if (folded != (y | 0x20) || (uint)(folded - 'a') > 'z' - 'a')
            {
                return false;
            }
        }

        return true;
    }
}
