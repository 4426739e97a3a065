using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Input;

/// <summary>
/// Finds article files and reads each into a <see cref="SourceText"/> exactly as stored: only the
/// byte order mark is dropped, line endings and every other character are kept, so offsets are
/// UTF-16 indices into the file's text.
/// </summary>
public static class ArticleReader
{
    /// <summary>File extensions taken from folders (files named directly are always taken).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>How many leading bytes are searched for a NUL to tell a binary file (as git does).</summary>
    public const int BinaryProbeBytes = 8000;

    /// <summary>
    /// Expands <paramref name="paths"/>: files as given, folders recursively (article extensions only,
    /// ordered by ordinal relative path so output order does not depend on the file system). A path
    /// that does not exist becomes an <see cref="InputError"/> and the others go on. The list is built
    /// before returning, so <paramref name="errors"/> is complete when this returns.
    /// </summary>
    public static IEnumerable<string> EnumerateInputs(IEnumerable<string> paths, ICollection<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(errors);
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                errors.Add(new InputError(path ?? "", "empty path"));
            }
            else if (File.Exists(path))
            {
                result.Add(path);
            }
            else if (Directory.Exists(path))
            {
                AddFolder(path, result, errors);
            }
            else
            {
                errors.Add(new InputError(path, "no such file or folder"));
            }
        }

        return result;
    }

    /// <summary>
    /// Reads one article. UTF-8 unless a UTF-16 (LE/BE) or UTF-32 LE byte order mark says otherwise;
    /// invalid bytes become U+FFFD rather than failing, since a few bad bytes should not lose an article.
    /// </summary>
    /// <param name="path">Where to read from.</param>
    /// <param name="displayPath">The name used in output (<see cref="SourceText.Path"/>).</param>
    /// <exception cref="ArticleReadException">The file is missing or cannot be read.</exception>
    public static SourceText Read(string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            throw new ArticleReadException(displayPath, $"{displayPath}: cannot read: {e.Message}", e);
        }

        return new SourceText(displayPath, Decode(bytes));
    }

    /// <summary>Decodes file bytes as <see cref="Read"/> does (exposed for callers that already hold bytes).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => DecodeChecked(bytes).Text;

    /// <summary>
    /// Decodes file bytes as <see cref="Decode"/> does and says where UTF-8 was invalid: the byte offset
    /// (into the file, byte order mark included) of the first bad sequence and how many were replaced.
    /// </summary>
    public static DecodedText DecodeChecked(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its mark starts with the same two bytes.
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return new DecodedText(new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]), TextEncoding.Utf32LittleEndian, -1, 0);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new DecodedText(new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetString(bytes[2..]), TextEncoding.Utf16LittleEndian, -1, 0);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new DecodedText(new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetString(bytes[2..]), TextEncoding.Utf16BigEndian, -1, 0);
        }

        int skip = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            skip = 3;
        }

        var body = bytes[skip..];
        string text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(body);
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return new DecodedText(text, TextEncoding.Utf8, -1, 0);
        }

        // Only bad files pay for the second, counting pass.
        int first = -1, count = 0;
        for (int i = 0; i < body.Length;)
        {
            if (Rune.DecodeFromUtf8(body[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                if (first < 0)
                {
                    first = skip + i;
                }

                count++;
            }

            i += Math.Max(consumed, 1);
        }

        return new DecodedText(text, TextEncoding.Utf8, first, count);
    }

    /// <summary>
    /// Reads one input file and makes it ready for analysis by its extension: <c>.html</c>/<c>.htm</c>
    /// through <see cref="HtmlArticleReader"/>, <c>.md</c>/<c>.markdown</c> through
    /// <see cref="MarkdownArticleReader"/>, anything else as plain text. Invalid UTF-8 is a warning;
    /// a binary file (a NUL byte in its first <see cref="BinaryProbeBytes"/> bytes, without a UTF-16
    /// or UTF-32 byte order mark) is an error.
    /// </summary>
    /// <exception cref="ArticleReadException">The file cannot be read or is binary.</exception>
    public static ArticleSource Load(string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            throw new ArticleReadException(displayPath, $"cannot read: {e.Message}", e);
        }

        return Load(bytes, displayPath, FormatOf(path));
    }

    /// <summary>As <see cref="Load(string, string)"/>, for bytes already in memory.</summary>
    public static ArticleSource Load(ReadOnlySpan<byte> bytes, string displayPath, InputFormat format)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        var decoded = DecodeChecked(bytes);
        if (decoded.Encoding == TextEncoding.Utf8 && bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].IndexOf((byte)0) is int nul and >= 0)
        {
            throw new ArticleReadException(displayPath, $"skipped: binary file (NUL byte at byte offset {nul})", null);
        }

        var warnings = new List<string>();
        if (decoded.InvalidSequences > 0)
        {
            warnings.Add($"invalid UTF-8 at byte offset {decoded.FirstInvalidByte} ({decoded.InvalidSequences} invalid sequence(s) replaced with U+FFFD)");
        }

        var source = format switch
        {
            InputFormat.Html => HtmlArticleReader.Read(decoded.Text, displayPath),
            InputFormat.Markdown => MarkdownArticleReader.Read(decoded.Text, displayPath),
            _ => new ArticleSource(new SourceText(displayPath, decoded.Text), InputFormat.Text, PageMetadata.None, []),
        };
        return warnings.Count == 0 ? source : source with { Warnings = [.. warnings, .. source.Warnings] };
    }

    /// <summary>The format a file is read as, from its extension.</summary>
    public static InputFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Markdown;
        }

        return InputFormat.Text;
    }

    private static void AddFolder(string folder, List<string> result, ICollection<InputError> errors)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        var found = new List<(string Relative, string Full)>();
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                if (HasArticleExtension(file))
                {
                    // Relative paths use '/' so the order is the same on every platform.
                    var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                    found.Add((relative, file));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            errors.Add(new InputError(folder, $"cannot list folder: {e.Message}"));
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        foreach (var (_, full) in found)
        {
            result.Add(full);
        }
    }

    private static bool HasArticleExtension(string file)
    {
        var extension = Path.GetExtension(file);
        foreach (var e in Extensions)
        {
            if (extension.Equals(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
