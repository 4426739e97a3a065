namespace ClaimCheck.Processing;

/// <summary>
/// The records of one article read back from JSON Lines shards: its article record (written by
/// <c>extract --articles</c>; null without it) and its statement records, each one line exactly as
/// <c>extract</c> wrote it, in document order. Without article records, articles without
/// statements write no line, so they do not appear here.
/// </summary>
public sealed record ArticleRecords(string Doc, string? Outlet, string? Date, IReadOnlyList<string> Records)
{
    /// <summary>The article record line, or null.</summary>
    public string? Article { get; init; }
}
