namespace ClaimCheck.Linking;

/// <summary>Thresholds of <see cref="ClaimClusterer"/>; the defaults are tuned on news about one topic.</summary>
public sealed record ClaimClusterOptions
{
    /// <summary>Least summed weight of shared features for two reports to be one claim.</summary>
    public double MinShared { get; init; } = 3.0;

    /// <summary>Least share of the smaller report's weight that must be shared.</summary>
    public double MinOverlap { get; init; } = 0.15;

    /// <summary>Least weight of shared words and numbers: sharing only names says who is involved, not what is claimed.</summary>
    public double MinContent { get; init; } = 1.0;

    /// <summary>Least share for two statements of one article (usually the same claim found twice).</summary>
    public double MinOverlapSameArticle { get; init; } = 0.6;

    /// <summary>How many of a report's rarest features serve as blocking keys.</summary>
    public int BlockingKeys { get; init; } = 8;

    /// <summary>A feature shared by more statements than this is too common to propose pairs.</summary>
    public int MaxPosting { get; init; } = 100;

    public static ClaimClusterOptions Default { get; } = new();
}
