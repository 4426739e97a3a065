namespace ClaimCheck.Storage;

/// <summary>A statement read back from the store; <see cref="Record"/> is its JSON Lines record as <c>extract</c> writes it.</summary>
public sealed record StoredStatement(string Doc, string Kind, string Text, string? Speaker, string Record);
