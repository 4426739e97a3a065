using System.Globalization;
using System.Text.Json;
using ClaimCheck.Processing;

namespace ClaimCheck.Input;

/// <summary>
/// Reads a JSON Lines corpus lazily, one article per line:
/// <c>{"id": "...", "text": "...", "url": "...", "outlet": "...", "date": "...", "title": "..."}</c>.
/// Only <c>text</c> is required; other keys are ignored so records from other tools pass through.
/// </summary>
/// <remarks>
/// The document name is <c>id</c> when given (a string or a number), else <c>SOURCE:LINE</c>
/// (which changes when a corpus is cut differently: give ids to shards). A given outlet, date or
/// title replaces the detected one in output; a date starting with <c>yyyy-MM-dd</c> is cut to
/// those ten characters so it compares with detected dates. A line that is not a JSON object with a
/// string <c>text</c> becomes a failed input, reported in its place; blank lines are skipped.
/// </remarks>
public static class JsonLinesInput
{
    /// <summary>Opens <paramref name="path"/> (or reads <paramref name="stdin"/> for "-") and yields its articles.</summary>
    public static IEnumerable<ArticleInput> ReadFile(string path, Func<TextReader> stdin)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stdin);
        if (path == "-")
        {
            foreach (var input in Read(stdin(), "stdin"))
            {
                yield return input;
            }

            yield break;
        }

        StreamReader reader;
        string? error = null;
        try
        {
            reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            reader = StreamReader.Null;
            error = $"{path}: cannot read: {e.Message}";
        }

        if (error is not null)
        {
            yield return ArticleInput.Failed(path, error);
        }

        using (reader)
        {
            foreach (var input in Read(reader, path))
            {
                yield return input;
            }
        }
    }

    /// <summary>Yields one input per non-blank line of <paramref name="reader"/>.</summary>
    /// <param name="reader">The corpus, read line by line.</param>
    /// <param name="sourceName">Names the corpus in default document names and errors.</param>
    public static IEnumerable<ArticleInput> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, sourceName, lineNumber);
        }
    }

    /// <summary>Parses one line; never throws for bad JSON (the input is marked failed instead).</summary>
    public static ArticleInput Parse(string line, string sourceName, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(sourceName);
        string fallbackName = string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{lineNumber}");
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ArticleInput.Failed(fallbackName, $"{fallbackName}: expected a JSON object");
            }

            string name = Field(root, "id") ?? fallbackName;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return ArticleInput.Failed(name, $"{fallbackName}: no string \"text\" field");
            }

            return ArticleInput.FromText(name, text.GetString()!) with
            {
                Url = Field(root, "url"),
                Outlet = Field(root, "outlet"),
                Date = NormalizeDate(Field(root, "date")),
                Title = Field(root, "title"),
            };
        }
        catch (JsonException e)
        {
            return ArticleInput.Failed(fallbackName, $"{fallbackName}: invalid JSON: {e.Message}");
        }
    }

    /// <summary>"2020-11-13T10:00:00Z" becomes "2020-11-13"; other values are kept as given.</summary>
    internal static string? NormalizeDate(string? date) =>
        date is { Length: >= 10 } && DateOnly.TryParseExact(date.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? date[..10]
            : date;

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
