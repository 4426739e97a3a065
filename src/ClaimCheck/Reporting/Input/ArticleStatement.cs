using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting.Input;

/// <summary>
/// A statement with the words the report shows: its content (pieces joined by an ellipsis, as in the
/// record's <c>text</c>), its cue and its source as written. All of it is in a statement record.
/// </summary>
public sealed record ArticleStatement(Statement Statement, string Text, string? CueText, string? SourceText);
