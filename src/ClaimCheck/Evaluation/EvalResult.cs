namespace ClaimCheck.Evaluation;

/// <summary>
/// The scores of a run: over all statements, over direct ones (content holds a quotation mark)
/// and over the rest; and the errors of each article that has any, in article order.
/// </summary>
public sealed record EvalResult(
    int Articles,
    SplitScores All,
    SplitScores Direct,
    SplitScores Other,
    IReadOnlyList<ArticleErrors> Errors);
