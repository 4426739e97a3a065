using ClaimCheck.Framing;

namespace ClaimCheck.Reporting.Input;

/// <summary>
/// What the cross-source report needs from an article's text beyond its statements, found once
/// during analysis so the report never reads, segments or scans the text again: hedges (with
/// offsets, page furniture left out), scare quotes, the article's own narration sentences, quotations
/// no statement covers, and the persons it names or describes. Every list is in text order.
/// </summary>
public sealed record ArticleFacts(
    IReadOnlyList<HedgeMatch> Hedges,
    IReadOnlyList<string> ScareQuotes,
    IReadOnlyList<TextPiece> Narration,
    IReadOnlyList<TextPiece> Unattributed,
    IReadOnlyList<PersonMention> Persons)
{
    /// <summary>No facts: what a report from statement records alone knows.</summary>
    public static ArticleFacts Empty { get; } = new([], [], [], [], []);
}
