namespace ClaimCheck.Rules.Files;

/// <summary>A news outlet or platform: its canonical name, other names, and text signatures that reveal it.</summary>
public sealed class OutletEntry
{
    public string Id { get; set; } = "";

    /// <summary>Canonical name: "Nezavisimaya Gazeta".</summary>
    public string Name { get; set; } = "";

    /// <summary>Other names and abbreviations as they appear in text: "NG", "RIA".</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>outlet | social_media | agency.</summary>
    public string Type { get; set; } = "outlet";

    /// <summary>Lines or phrases whose presence shows the article was published by this outlet ("Also on rt.com").</summary>
    public List<string> Signatures { get; set; } = [];
}
