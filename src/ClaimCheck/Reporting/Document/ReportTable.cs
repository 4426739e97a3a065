namespace ClaimCheck.Reporting.Document;

/// <summary>A table: column names and rows of cells, each cell a list of inlines.</summary>
public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<IReadOnlyList<ReportInline>>> Rows) : ReportBlock;
