using ClaimCheck.Metadata;
using ClaimCheck.Reporting.Input;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>Everything extracted from one article, in document order.</summary>
public sealed record ArticleAnalysis(
    SourceText Source,
    ArticleMetadata Metadata,
    IReadOnlyList<Statement> Statements)
{
    /// <summary>
    /// What a cross-source report needs from the text beyond the statements, when it was asked for
    /// (<see cref="ArticleFactsFinder"/>, run on the analyzer's intermediate results); null otherwise.
    /// </summary>
    public ArticleFacts? Facts { get; init; }
}
