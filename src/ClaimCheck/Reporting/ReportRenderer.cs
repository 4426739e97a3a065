using ClaimCheck.Reporting.Renderers;

namespace ClaimCheck.Reporting;

/// <summary>Renders a report in one of the <see cref="ReportFormat"/>s.</summary>
public static class ReportRenderer
{
    public static string Render(CrossSourceReport report, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(report);
        return format switch
        {
            ReportFormat.Html => HtmlReportRenderer.Render(ReportDocumentBuilder.Build(report)),
            ReportFormat.Json => JsonReportRenderer.Render(report),
            _ => MarkdownReportRenderer.Render(ReportDocumentBuilder.Build(report)),
        };
    }

    /// <summary>Writes the report to <paramref name="output"/> as it is rendered: it is never one string, nor one document in memory.</summary>
    public static void Render(CrossSourceReport report, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Html:
                HtmlReportRenderer.Render(ReportDocumentBuilder.Title, ReportDocumentBuilder.Blocks(report), output);
                break;
            case ReportFormat.Json:
                JsonReportRenderer.Render(report, output);
                break;
            default:
                MarkdownReportRenderer.Render(ReportDocumentBuilder.Title, ReportDocumentBuilder.Blocks(report), output);
                break;
        }
    }
}
