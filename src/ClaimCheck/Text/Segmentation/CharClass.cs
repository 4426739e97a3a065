using System.Globalization;
using System.Runtime.CompilerServices;

namespace ClaimCheck.Text.Segmentation;

/// <summary>Character tests shared by the tokenizer and the quote finder.</summary>
internal static class CharClass
{
    public static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‟' or '‹' or '›';

    /// <summary>Apostrophes that may sit inside a word: It's, O’Brien.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot and tiny; without PGO the JIT left it a call
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '―' or '‒' or '−';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    public static bool IsOpenBracket(char c) => c is '(' or '[' or '{';

    public static bool IsCloseBracket(char c) => c is ')' or ']' or '}';

    /// <summary>Per ASCII character: <see cref="AsciiLetter"/>, <see cref="AsciiDigit"/> or 0 (no word character).</summary>
    public static ReadOnlySpan<byte> AsciiWordFlags =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>An ASCII letter in <see cref="AsciiWordFlags"/>.</summary>
    public const byte AsciiLetter = 1;

    /// <summary>An ASCII digit in <see cref="AsciiWordFlags"/>.</summary>
    public const byte AsciiDigit = 2;

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot and tiny; without PGO the JIT left it a call
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
