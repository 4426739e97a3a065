namespace ClaimCheck.Input;

/// <summary>
/// Decoded file text. <see cref="FirstInvalidByte"/> is the byte offset in the file of the first invalid
/// UTF-8 sequence (-1 when there is none); each of the <see cref="InvalidSequences"/> became U+FFFD.
/// </summary>
public sealed record DecodedText(string Text, TextEncoding Encoding, int FirstInvalidByte, int InvalidSequences);
