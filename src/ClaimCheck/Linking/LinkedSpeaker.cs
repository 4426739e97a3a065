using ClaimCheck.Extraction;

namespace ClaimCheck.Linking;

/// <summary>
/// One speaker across all articles: the canonical name, every name form seen, the roles given,
/// and the statements (article index, statement index) attributed to it.
/// <see cref="Unresolved"/> marks a surname-only speaker that could be one of several people.
/// </summary>
public sealed record LinkedSpeaker(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Roles,
    IReadOnlyList<StatementRef> Statements,
    bool Unresolved)
{
    /// <summary>The number of distinct articles the speaker is quoted in.</summary>
    public int ArticleCount => Statements.Select(s => s.Article).Distinct().Count();
}
