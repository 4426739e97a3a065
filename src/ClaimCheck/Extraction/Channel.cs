namespace ClaimCheck.Extraction;

/// <summary>The outlet, platform or setting a statement went through, and the rule that found it.</summary>
public sealed record Channel(string Name, ChannelType Type, string Rule);
