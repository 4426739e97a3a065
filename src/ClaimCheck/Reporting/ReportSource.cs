namespace ClaimCheck.Reporting;

/// <summary>One article of the report: its file (as shown and as a link target), outlet, date, title and statement count.</summary>
public sealed record ReportSource(int Article, string Path, string Link, string Outlet, string? Date, string? Title, int Statements);
