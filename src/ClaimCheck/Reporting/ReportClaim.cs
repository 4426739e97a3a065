using ClaimCheck.Linking;

namespace ClaimCheck.Reporting;

/// <summary>A claim reported in several articles: the cluster and its reports side by side.</summary>
public sealed record ReportClaim(ClaimCluster Cluster, IReadOnlyList<ReportStatement> Reports);
