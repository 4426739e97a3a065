using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// One attributed statement. <see cref="Content"/> has several pieces when a quote is split
/// around its cue; <see cref="Source"/> is the mention in the text ("he", "the expert",
/// "Vasily Nebenzya, Moscow's permanent representative ..."); <see cref="Speaker"/> is who it resolves to.
/// </summary>
public sealed record Statement(
    StatementKind Kind,
    IReadOnlyList<TextSpan> Content,
    Cue? Cue,
    TextSpan? Source,
    Speaker? Speaker,
    Channel? Channel,
    string Rule)
{
    public TextSpan Extent => Content.Count == 0 ? default : new TextSpan(Content[0].Start, Content[^1].End);
}
