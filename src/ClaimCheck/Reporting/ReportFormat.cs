namespace ClaimCheck.Reporting;

public enum ReportFormat : byte
{
    Markdown,
    Html,
    Json,
}
