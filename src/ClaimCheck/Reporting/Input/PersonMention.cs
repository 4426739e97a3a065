using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Input;

/// <summary>
/// A person as an article mentions it, for descriptors: a name (with the role given with it:
/// "Belarusian President Alexander Lukashenko") or, when <see cref="Name"/> is null, a description
/// standing alone (<see cref="Description"/>: "the embattled leader"). <see cref="Quoted"/>: the
/// mention is inside a quotation, so the words are the quoted speaker's, not the outlet's.
/// </summary>
public sealed record PersonMention(TextSpan Span, string? Name, string? Role, string? Description, bool Quoted);
