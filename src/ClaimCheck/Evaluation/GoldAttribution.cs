using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>
/// One hand-annotated attribution (a brat <c>E</c> line). Each role holds the pieces of all its
/// arguments (a discontinuous span, or several Content/Cue arguments), sorted by start.
/// <see cref="Source"/> is empty for <c>Attribution-no-source</c> events.
/// </summary>
public sealed record GoldAttribution(
    string Id,
    IReadOnlyList<TextSpan> Source,
    IReadOnlyList<TextSpan> Cue,
    IReadOnlyList<TextSpan> Content)
{
    public bool HasSource => Source.Count > 0;
}
