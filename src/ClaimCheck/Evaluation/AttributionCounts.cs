namespace ClaimCheck.Evaluation;

/// <summary>
/// Attribution-level counts. A gold attribution is found when one prediction's content covers at
/// least half of its content tokens; its source is correct when that (best-covering) prediction's
/// source overlaps the gold source. Attributions annotated without a source are left out of the
/// source share. A prediction is matched when it covers at least half of some gold content.
/// </summary>
public readonly record struct AttributionCounts(
    int Gold,
    int Found,
    int FoundWithGoldSource,
    int SourceCorrect,
    int Predicted,
    int PredictedMatched)
{
    /// <summary>The share of gold attributions found (attribution recall).</summary>
    public double? FoundShare => Gold == 0 ? null : (double)Found / Gold;

    /// <summary>The share of found attributions (with a gold source) whose source is right.</summary>
    public double? SourceShare => FoundWithGoldSource == 0 ? null : (double)SourceCorrect / FoundWithGoldSource;

    /// <summary>The share of predictions that match a gold attribution.</summary>
    public double? Precision => Predicted == 0 ? null : (double)PredictedMatched / Predicted;

    public double? F1 => Precision is { } p && FoundShare is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    public static AttributionCounts operator +(AttributionCounts a, AttributionCounts b) => Add(a, b);

    public static AttributionCounts Add(AttributionCounts a, AttributionCounts b) => new(
        a.Gold + b.Gold,
        a.Found + b.Found,
        a.FoundWithGoldSource + b.FoundWithGoldSource,
        a.SourceCorrect + b.SourceCorrect,
        a.Predicted + b.Predicted,
        a.PredictedMatched + b.PredictedMatched);
}
