using System.Runtime.CompilerServices;

namespace ClaimCheck.Text;

/// <summary>
/// A cheap hash of text that is equal for texts equal under <see cref="StringComparison.OrdinalIgnoreCase"/>
/// (so also under ordinal comparison): FNV-1a over ASCII letters folded to upper case; every other
/// non-ASCII character adds the same constant, as ordinal-ignore-case never makes one equal to an
/// ASCII character. Hot loops fold it in while they scan a token (see <see cref="Step"/>).
/// </summary>
internal static class CaseBlindHash
{
    public const uint Seed = 2166136261;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c)
    {
        uint folded = c < 0x80 ? ((uint)(c - 'a') <= 'z' - 'a' ? (uint)c - 32 : c) : 0x80u;
        return (hash ^ folded) * 16777619;
    }

    public static int Of(ReadOnlySpan<char> text)
    {
        uint hash = Seed;
        foreach (char c in text)
        {
            hash = Step(hash, c);
        }

        return (int)hash;
    }
}
