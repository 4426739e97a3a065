namespace ClaimCheck.Rules.Files;

/// <summary>One canonical name and the forms that stand for it.</summary>
public sealed class AliasEntry
{
    public string Id { get; set; } = "";

    /// <summary>Canonical name used in reports: "Vladimir Putin".</summary>
    public string Name { get; set; } = "";

    /// <summary>person | organization | group | outlet.</summary>
    public string Type { get; set; } = "person";

    /// <summary>Other names as they appear as a speaker's name (case ignored): "Vladimir Vladimirovich".</summary>
    public List<string> Forms { get; set; } = [];

    /// <summary>Where the link comes from (a source that says these are one).</summary>
    public string Provenance { get; set; } = "";
}
