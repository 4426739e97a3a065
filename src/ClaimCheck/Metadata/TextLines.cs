namespace ClaimCheck.Metadata;

/// <summary>Splits a text into <see cref="LineInfo"/>s in one pass (breaks: \n, \r\n, \r).</summary>
internal static class TextLines
{
    public static LineInfo[] Split(string text)
    {
        // Sized exactly up front (one line per break, \r\n being one) instead of a list grown and copied.
        var span = text.AsSpan();
        var lines = new LineInfo[span.Count('\n') + span.Count('\r') - span.Count("\r\n") + 1];
        var count = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                lines[count++] = Describe(text, start, i);
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }

    public static LineInfo Describe(string text, int start, int end)
    {
        var trimStart = start;
        while (trimStart < end && IsSpace(text[trimStart]))
        {
            trimStart++;
        }

        var trimEnd = end;
        while (trimEnd > trimStart && IsSpace(text[trimEnd - 1]))
        {
            trimEnd--;
        }

        return new LineInfo(start, end, trimStart, trimEnd, CountWords(text, trimStart, trimEnd), EndsLikeSentence(text, trimStart, trimEnd));
    }

    /// <summary>White space, including the zero-width and BOM characters scraped pages leave behind.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>Words are space-separated tokens holding a letter or digit ("/" and "©" are not words).</summary>
    public static int CountWords(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        var ascii = AsciiKinds;
        for (var i = start; i < end; i++)
        {
            var c = text[i];

            // ASCII (most text) by table: the same answers as IsSpace and char.IsLetterOrDigit.
            if (c < 128)
            {
                var kind = ascii[c];
                if (kind == AsciiSpace)
                {
                    inWord = false;
                }
                else if (kind == AsciiWord && !inWord)
                {
                    words++;
                    inWord = true;
                }

                continue;
            }

            if (IsSpace(c))
            {
                inWord = false;
            }
            else if (!inWord && char.IsLetterOrDigit(c))
            {
                words++;
                inWord = true;
            }
        }

        return words;
    }

    private const byte AsciiSpace = 1;
    private const byte AsciiWord = 2;

    /// <summary>Per ASCII character: <see cref="AsciiSpace"/>, <see cref="AsciiWord"/> or 0, asked of IsSpace and IsWordChar themselves.</summary>
    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            kinds[c] = IsSpace(c) ? AsciiSpace : IsWordChar(c) ? AsciiWord : (byte)0;
        }

        return kinds;
    }

    /// <summary>True when the range ends with . ! ? … : or ; (closing quotes and brackets skipped).</summary>
    public static bool EndsLikeSentence(string text, int start, int end)
    {
        var i = end - 1;
        while (i >= start && (IsSpace(text[i]) || text[i] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']'))
        {
            i--;
        }

        return i >= start && text[i] is '.' or '!' or '?' or '\u2026' or ':' or ';';
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
