namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// A piece of statement content: a quotation (<see cref="Quote"/> &gt;= 0, its inner text, possibly cut
/// short at <see cref="EndToken"/> when the quote was never closed) or a run of tokens.
/// </summary>
internal readonly record struct ContentPiece(int StartToken, int EndToken, int Quote);
