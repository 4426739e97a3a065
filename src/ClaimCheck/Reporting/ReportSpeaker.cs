using ClaimCheck.Linking;

namespace ClaimCheck.Reporting;

/// <summary>A speaker of the report with its statements in article and text order.</summary>
public sealed record ReportSpeaker(LinkedSpeaker Speaker, IReadOnlyList<ReportStatement> Statements);
