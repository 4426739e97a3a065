using System.Runtime.CompilerServices;

namespace ClaimCheck.Text;

/// <summary>
/// A quick "certainly not one of these words" test before a case-insensitive word lookup: most tokens
/// have a length, a first or a last character that no word of a small list has. Exact: it answers
/// false only when an OrdinalIgnoreCase lookup would fail (that comparison keeps lengths and compares
/// character by character; a token's non-ASCII first or last character always passes, and which ASCII
/// characters a word's character stands for is asked of the comparison itself). Immutable, thread-safe.
/// </summary>
internal sealed class WordFilter
{
    private const int LengthBits = 64;

    private readonly Ascii first = new();
    private readonly Ascii last = new();
    private readonly ulong lengths; // bit i: some word has length i; bit 63: some word has 63 or more
    private readonly bool passEmpty;

    public WordFilter(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                passEmpty = true;
                continue;
            }

            lengths |= 1UL << Math.Min(word.Length, LengthBits - 1);
            first.Add(word[0]);
            last.Add(word[^1]);
        }
    }

    /// <summary>False when <paramref name="word"/> cannot equal any of the words, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot and small; called for every token
    public bool MayContain(ReadOnlySpan<char> word) =>
        word.IsEmpty ? passEmpty
            : ((lengths >> Math.Min(word.Length, LengthBits - 1)) & 1) != 0 && first.MayBe(word[0]) && last.MayBe(word[^1]);

    /// <summary>The ASCII characters that equal, ignoring case, some word's character at one place.</summary>
    private sealed class Ascii
    {
        private ulong low;
        private ulong high;

        public void Add(char c)
        {
            for (int a = 0; a < 128; a++)
            {
                char ascii = (char)a;
                if (MemoryExtensions.Equals([ascii], [c], StringComparison.OrdinalIgnoreCase))
                {
                    if (a < 64)
                    {
                        low |= 1UL << a;
                    }
                    else
                    {
                        high |= 1UL << (a - 64);
                    }
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayBe(char c) => c >= 128 || ((c < 64 ? low >> c : high >> (c - 64)) & 1) != 0;
    }
}
