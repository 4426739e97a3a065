namespace ClaimCheck.Input;

/// <summary>The encoding a file was decoded with, as its byte order mark said (UTF-8 without one).</summary>
public enum TextEncoding
{
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Utf32LittleEndian,
}
