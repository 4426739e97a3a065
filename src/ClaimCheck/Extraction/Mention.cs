using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// A mention of a possible speaker.
/// <see cref="Span"/> covers the whole mention with its role and apposition
/// ("the press secretary of the Russian President Dmitry Peskov"); <see cref="Head"/> is the name,
/// pronoun or head noun itself ("Dmitry Peskov"). Token indices are half-open.
/// </summary>
public sealed record Mention(
    TextSpan Span,
    TextSpan Head,
    int FirstToken,
    int EndToken,
    EntityType Type,
    MentionKind Kind,
    string? Name,
    string? Role,
    Gender Gender,
    bool Plural)
{
    public override string ToString() => $"{Kind}:{Type} '{Name ?? Role}' {Span}";
}
