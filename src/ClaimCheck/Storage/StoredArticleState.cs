namespace ClaimCheck.Storage;

/// <summary>What the store knows of an article: enough to decide whether to analyse it again.</summary>
public sealed record StoredArticleState(string Hash, string RulesHash);
