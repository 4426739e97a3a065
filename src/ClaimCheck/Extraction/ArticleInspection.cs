using ClaimCheck.Metadata;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>The intermediate results of one analysis, for people writing rules: what each stage saw.</summary>
public sealed record ArticleInspection(
    ArticleMetadata Metadata,
    SegmentedText Segmented,
    IReadOnlyList<Quotation> Quotes,
    IReadOnlyList<Mention> Mentions,
    ArticleAnalysis Analysis)
{
    /// <summary>How much work the analysis did (for tests that bound it on hostile text).</summary>
    public WorkCounters Work { get; init; } = new();
}
