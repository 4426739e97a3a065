namespace ClaimCheck.Text;

/// <summary>A paragraph (a line or block of lines between blank lines) and its sentences.</summary>
public readonly record struct Paragraph(int Start, int End, int FirstSentence, int SentenceCount)
{
    public TextSpan Span => new(Start, End);

    public int EndSentence => FirstSentence + SentenceCount;
}
