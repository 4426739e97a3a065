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
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".html", ".htm"];

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
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its mark starts with the same two bytes.
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetString(bytes[2..]);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);
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
