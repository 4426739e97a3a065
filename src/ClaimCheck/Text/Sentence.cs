namespace ClaimCheck.Text;

/// <summary>A sentence: its character span and its range of tokens [FirstToken, FirstToken + TokenCount).</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int Paragraph)
{
    public TextSpan Span => new(Start, End);

    public int EndToken => FirstToken + TokenCount;
}
