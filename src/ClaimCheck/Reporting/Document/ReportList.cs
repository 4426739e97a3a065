namespace ClaimCheck.Reporting.Document;

/// <summary>A bulleted list; each item a list of inlines.</summary>
public sealed record ReportList(IReadOnlyList<IReadOnlyList<ReportInline>> Items) : ReportBlock;
