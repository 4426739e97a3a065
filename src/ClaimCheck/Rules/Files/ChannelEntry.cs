namespace ClaimCheck.Rules.Files;

/// <summary>
/// A channel phrase: the outlet, platform or setting a statement went through
/// ("in a statement", "on TV", "told OUTLET", "took to PLATFORM").
/// </summary>
public sealed class ChannelEntry
{
    public string Id { get; set; } = "";

    /// <summary>outlet | social_media | statement | interview | broadcast | other.</summary>
    public string Type { get; set; } = "other";

    /// <summary>Token pattern (same syntax as attribution patterns; OUTLET names the outlet slot).</summary>
    public string Pattern { get; set; } = "";

    /// <summary>The channel's name when the pattern has no OUTLET slot ("statement", "TV").</summary>
    public string Name { get; set; } = "";
}
