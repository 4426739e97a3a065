namespace ClaimCheck.Reporting.Document;

/// <summary>A report as a document: a title and blocks in order. Renderers turn it into Markdown or HTML.</summary>
public sealed record ReportDocument(string Title, IReadOnlyList<ReportBlock> Blocks);
