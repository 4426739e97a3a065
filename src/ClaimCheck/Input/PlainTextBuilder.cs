using System.Text;

namespace ClaimCheck.Input;

/// <summary>
/// Builds the plain text of a rendered document: runs of whitespace inside a paragraph become one
/// space, paragraphs are separated by a blank line (the segmenter's paragraph break), and line breaks
/// the author made (&lt;br&gt;, hard breaks) stay single newlines. Linear in what is appended.
/// </summary>
internal sealed class PlainTextBuilder
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder paragraph = new();
    private bool pendingSpace;

    /// <summary>Appends inline text, collapsing whitespace.</summary>
    public void Append(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                // Controls are never text a reader sees; a space keeps the words apart.
                pendingSpace = AfterWord();
                continue;
            }

            if (pendingSpace)
            {
                paragraph.Append(' ');
                pendingSpace = false;
            }

            paragraph.Append(c);
        }
    }

    /// <summary>Appends a separator between inline items that were written apart (a soft break).</summary>
    public void Space() => pendingSpace = AfterWord();

    /// <summary>A line break inside the current paragraph.</summary>
    public void LineBreak()
    {
        if (paragraph.Length > 0 && paragraph[^1] != '\n')
        {
            paragraph.Append('\n');
        }

        pendingSpace = false;
    }

    /// <summary>Appends preformatted text line by line: spacing inside a line collapses, line breaks stay.</summary>
    public void AppendPreformatted(ReadOnlySpan<char> s)
    {
        foreach (var line in s.EnumerateLines())
        {
            Append(line);
            LineBreak();
        }
    }

    /// <summary>Ends the current paragraph (nothing happens if it is empty).</summary>
    public void EndParagraph()
    {
        int end = paragraph.Length;
        while (end > 0 && paragraph[end - 1] is '\n' or ' ')
        {
            end--;
        }

        if (end > 0)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(paragraph, 0, end);
        }

        paragraph.Clear();
        pendingSpace = false;
    }

    public override string ToString()
    {
        EndParagraph();
        return text.ToString();
    }

    private bool AfterWord() => paragraph.Length > 0 && paragraph[^1] != '\n';
}
