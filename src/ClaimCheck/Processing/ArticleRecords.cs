namespace ClaimCheck.Processing;

/// <summary>
/// The statement records of one article read back from JSON Lines shards: each record is one line
/// exactly as <c>extract</c> wrote it, in document order. Articles without statements write no
/// line, so they do not appear here.
/// </summary>
public sealed record ArticleRecords(string Doc, string? Outlet, string? Date, IReadOnlyList<string> Records);
