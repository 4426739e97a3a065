namespace ClaimCheck.Reporting.Document;

public sealed record ReportParagraph(IReadOnlyList<ReportInline> Inlines) : ReportBlock
{
    public ReportParagraph(params ReportInline[] inlines)
        : this((IReadOnlyList<ReportInline>)inlines)
    {
    }
}
