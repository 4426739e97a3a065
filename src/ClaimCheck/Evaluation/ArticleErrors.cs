using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>What went wrong in one article, for a person to read.</summary>
public sealed record ArticleErrors(
    string Article,
    SourceText Text,
    IReadOnlyList<MissedAttribution> Misses,
    IReadOnlyList<Statement> FalseAlarms,
    IReadOnlyList<WrongSource> WrongSources,
    IReadOnlyList<WrongContent> WrongContents)
{
    public bool IsEmpty =>
        Misses.Count == 0 && FalseAlarms.Count == 0 && WrongSources.Count == 0 && WrongContents.Count == 0;
}
