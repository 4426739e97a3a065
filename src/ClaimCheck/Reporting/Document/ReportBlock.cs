namespace ClaimCheck.Reporting.Document;

/// <summary>A block of a report document: heading, paragraph, table or list.</summary>
public abstract record ReportBlock;
