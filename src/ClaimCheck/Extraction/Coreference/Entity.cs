namespace ClaimCheck.Extraction.Coreference;

/// <summary>One participant of an article: all mentions of one person, organization or group.</summary>
internal sealed class Entity
{
    public required string Name { get; set; }

    public required EntityType Type { get; init; }

    public string? Role { get; set; }

    public Gender Gender { get; set; }

    /// <summary>Skeleton keys of the name's words (<see cref="Linking.NameKey"/>), first name first.</summary>
    public required string[] Keys { get; set; }

    public string LastKey => Keys.Length > 0 ? Keys[^1] : "";

    public string? FirstKey => Keys.Length > 1 ? Keys[0] : null;

    /// <summary>Token index of the last statement this entity made, or -1.</summary>
    public int LastSpoke { get; set; } = -1;
}
