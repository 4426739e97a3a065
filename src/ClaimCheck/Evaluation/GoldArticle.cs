using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>One article of a gold corpus: its text and the attributions of one annotator.</summary>
public sealed record GoldArticle(
    string Name,
    SourceText Text,
    string AnnotationFile,
    IReadOnlyList<GoldAttribution> Attributions);
