namespace ClaimCheck.Evaluation;

/// <summary>
/// Micro-averaged counts behind a precision/recall pair. Recall counts gold items found by any
/// prediction and precision counts predictions that match any gold item, so within the direct/other
/// split the two sides are classified independently (gold by gold text, predictions by predicted text).
/// A figure whose denominator is zero is null, not 0 or 1.
/// </summary>
public readonly record struct MatchCounts(int Gold, int GoldMatched, int Predicted, int PredictedMatched)
{
    public double? Precision => Predicted == 0 ? null : (double)PredictedMatched / Predicted;

    public double? Recall => Gold == 0 ? null : (double)GoldMatched / Gold;

    public double? F1 => Precision is { } p && Recall is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) => Add(a, b);

    public static MatchCounts Add(MatchCounts a, MatchCounts b) => new(
        a.Gold + b.Gold, a.GoldMatched + b.GoldMatched, a.Predicted + b.Predicted, a.PredictedMatched + b.PredictedMatched);
}
