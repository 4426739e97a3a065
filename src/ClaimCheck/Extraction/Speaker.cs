namespace ClaimCheck.Extraction;

/// <summary>Who a statement is resolved to, and how: by name, pronoun, description or quote continuation.</summary>
public sealed record Speaker(string Name, EntityType Type, string? Role, SpeakerVia Via);
