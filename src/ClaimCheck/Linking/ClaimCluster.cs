namespace ClaimCheck.Linking;

/// <summary>
/// Reports of one claim in different articles. <see cref="Keys"/> are the words, names and numbers
/// the members share (most telling first); members are in article order, then text order.
/// </summary>
public sealed record ClaimCluster(string Id, IReadOnlyList<string> Keys, IReadOnlyList<ClaimMember> Members)
{
    public int ArticleCount => Members.Select(m => m.Article).Distinct().Count();
}
