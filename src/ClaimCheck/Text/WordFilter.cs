using System.Runtime.CompilerServices;

namespace ClaimCheck.Text;

/// <summary>
/// A quick "certainly not one of these words" test before a case-insensitive word lookup: most tokens
/// are longer than every word of a small list, or start with a character none of them starts with.
/// Exact: it answers false only when the lookup would fail (OrdinalIgnoreCase keeps lengths, and a
/// non-ASCII first character is always passed on to the lookup). Immutable and thread-safe.
/// </summary>
internal sealed class WordFilter
{
    // Bits of the ASCII first characters of the words, in both cases.
    private readonly ulong low;
    private readonly ulong high;
    private readonly int maxLength;

    public WordFilter(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            maxLength = Math.Max(maxLength, word.Length);
            if (word.Length == 0)
            {
                continue;
            }

            foreach (char c in (ReadOnlySpan<char>)[word[0], char.ToUpperInvariant(word[0]), char.ToLowerInvariant(word[0])])
            {
                if (c < 64)
                {
                    low |= 1UL << c;
                }
                else if (c < 128)
                {
                    high |= 1UL << (c - 64);
                }
            }
        }
    }

    /// <summary>False when <paramref name="word"/> cannot equal any of the words, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot and tiny; without PGO the JIT left it a call
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length > maxLength)
        {
            return false;
        }

        if (word.IsEmpty)
        {
            return true;
        }

        char c = word[0];
        return c >= 128 || ((c < 64 ? low >> c : high >> (c - 64)) & 1) != 0;
    }
}
