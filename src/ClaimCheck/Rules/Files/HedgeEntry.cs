namespace ClaimCheck.Rules.Files;

/// <summary>A hedge: "reportedly", "claims to", "so-called". Forms are lower case and match consecutive words.</summary>
public sealed class HedgeEntry
{
    public string Id { get; set; } = "";

    /// <summary>The name the hedge has in reports: "reportedly".</summary>
    public string Label { get; set; } = "";

    public List<string> Forms { get; set; } = [];
}
