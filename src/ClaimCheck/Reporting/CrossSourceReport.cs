using ClaimCheck.Framing;

namespace ClaimCheck.Reporting;

/// <summary>
/// The content of a cross-source report, every list in its fixed order: sources in input order,
/// speakers by type then statement count then name, claims by articles covered, framing by outlet,
/// unattributed quotations by article then offset. Rendered by the renderers of this namespace.
/// </summary>
public sealed record CrossSourceReport(
    IReadOnlyList<ReportSource> Sources,
    IReadOnlyList<ReportSpeaker> Speakers,
    IReadOnlyList<ReportClaim> Claims,
    IReadOnlyList<OutletFraming> Framing,
    IReadOnlyList<UnattributedQuotation> Unattributed);
