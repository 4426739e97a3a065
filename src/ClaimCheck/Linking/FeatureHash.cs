namespace ClaimCheck.Linking;

/// <summary>
/// 64-bit identities of claim feature keys, computed from characters without building the key
/// strings ("w:" + stem, "n:" + skeleton, "#:" + value; a pair "b:A|B" from its halves' hashes), so
/// a corpus of 50,000 articles interns numbers instead of millions of short strings. Two keys with
/// one hash would be one feature: at 64 bits that is about one chance in a million for ten million
/// distinct keys, and it would only add a little weight to one comparison.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of the key <c>prefix + ":" + body</c>.</summary>
    public static ulong Of(char prefix, ReadOnlySpan<char> body)
    {
        ulong h = Offset;
        h = (h ^ prefix) * Prime;
        h = (h ^ ':') * Prime;
        foreach (char c in body)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    /// <summary>The hash of the pair key "b:A|B" from the hashes of its halves.</summary>
    public static ulong Pair(ulong first, ulong second) => Finish((first * 0x9E3779B97F4A7C15UL) ^ Rotate(second) ^ 0xB0B0B0B0B0B0B0B0UL);

    /// <summary>The hash of a key as a string (a pair "b:A|B" by its halves): what <see cref="Of"/> and <see cref="Pair"/> give.</summary>
    public static ulong OfKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith("b:", StringComparison.Ordinal))
        {
            int bar = key.IndexOf('|', StringComparison.Ordinal);
            return Pair(OfKey(key[2..bar]), OfKey(key[(bar + 1)..]));
        }

        return Of(key[0], key.AsSpan(2));
    }

    private static ulong Rotate(ulong x) => (x << 31) | (x >> 33);

    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }
}
