using ClaimCheck.Metadata;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>Everything extracted from one article, in document order.</summary>
public sealed record ArticleAnalysis(
    SourceText Source,
    ArticleMetadata Metadata,
    IReadOnlyList<Statement> Statements);
