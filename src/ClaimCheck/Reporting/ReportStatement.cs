using ClaimCheck.Linking;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// One statement as reports show it: kind, cue (verb) and stance, channel, the speaker as named in
/// the article (<see cref="NamedAs"/>: "the security chief", "he"), hedges around it, and its text
/// and offsets. <see cref="Statement"/> is null for a sentence of the outlet's own narration.
/// </summary>
public sealed record ReportStatement(
    int Article,
    int? Statement,
    string? SpeakerId,
    string? SpeakerName,
    string NamedAs,
    string Kind,
    string? Verb,
    string? Stance,
    string? Channel,
    string Outlet,
    IReadOnlyList<string> Hedges,
    TextSpan Span,
    string Text)
{
    public StatementRef? Ref => Statement is { } s ? new StatementRef(Article, s) : null;
}
