namespace ClaimCheck.Text;

/// <summary>One token as a span of the source text; no string is allocated for it.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);
}
