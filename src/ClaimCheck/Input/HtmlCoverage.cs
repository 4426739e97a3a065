using System.Text;
using AngleSharp.Html.Parser;

namespace ClaimCheck.Input;

/// <summary>
/// How much of the article a reader would see is in the text ClaimCheck extracted from a page: the
/// expected text (Readability's test output) is split into sentences, and each sentence counts as
/// found when it occurs, whitespace normalized, in the extracted text.
/// </summary>
public static class HtmlCoverage
{
    /// <summary>Sentences shorter than this (bullets, numbers) say nothing about coverage.</summary>
    private const int MinSentenceLength = 12;

    /// <summary>The expected article text of <paramref name="expectedHtml"/> as plain text with paragraphs.</summary>
    public static string ExpectedText(string expectedHtml)
    {
        ArgumentNullException.ThrowIfNull(expectedHtml);
        var builder = new PlainTextBuilder();
        HtmlTextWalker.Render(new HtmlParser().ParseDocument(expectedHtml), builder);
        return builder.ToString();
    }

    /// <summary>Splits text simply: at ., ! or ? (optionally followed by a closing quote) before whitespace, and at paragraph ends.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        foreach (var paragraph in text.Split("\n\n"))
        {
            string p = Normalize(paragraph);
            int start = 0;
            for (int i = 0; i < p.Length; i++)
            {
                if (p[i] is '.' or '!' or '?')
                {
                    int end = i + 1;
                    while (end < p.Length && p[end] is '"' or '\'' or '\u201D' or '\u2019' or ')')
                    {
                        end++;
                    }

                    if (end < p.Length && p[end] == ' ')
                    {
                        Add(p[start..end]);
                        start = end + 1;
                        i = end;
                    }
                }
            }

            Add(p[start..]);
        }

        return result;

        void Add(string s)
        {
            if (s.Trim().Length >= MinSentenceLength)
            {
                result.Add(s.Trim());
            }
        }
    }

    /// <summary>Collapses every run of whitespace to one space.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var b = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = b.Length > 0;
                continue;
            }

            if (space)
            {
                b.Append(' ');
                space = false;
            }

            b.Append(c);
        }

        return b.ToString();
    }
}
