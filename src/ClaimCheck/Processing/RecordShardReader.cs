using System.Text.Json;

namespace ClaimCheck.Processing;

/// <summary>
/// Reads JSON Lines record shards (the output of <c>claimcheck extract</c>, e.g. from a Spark job)
/// back into per-article records, streaming: shards in the order given, lines in file order, and
/// consecutive lines with the same <c>doc</c> form one article. Concatenating the records of the
/// shards of a corpus cut in order gives the bytes of one run over the whole corpus. This is the
/// input of a report built from record shards.
/// </summary>
public static class RecordShardReader
{
    /// <exception cref="InvalidDataException">A line is not a record (names the file and line).</exception>
    public static IEnumerable<ArticleRecords> Read(IEnumerable<string> shardFiles)
    {
        ArgumentNullException.ThrowIfNull(shardFiles);
        foreach (var file in shardFiles)
        {
            using var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            foreach (var article in Read(reader, file))
            {
                yield return article;
            }
        }
    }

    /// <exception cref="InvalidDataException">A line is not a record (names <paramref name="name"/> and the line).</exception>
    public static IEnumerable<ArticleRecords> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        string? doc = null, outlet = null, date = null;
        var records = new List<string>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (d, o, t) = Header(line, name, lineNumber);
            if (doc is not null && d != doc)
            {
                yield return new ArticleRecords(doc, outlet, date, records);
                records = [];
            }

            (doc, outlet, date) = (d, o, t);
            records.Add(line);
        }

        if (doc is not null)
        {
            yield return new ArticleRecords(doc, outlet, date, records);
        }
    }

    private static (string Doc, string? Outlet, string? Date) Header(string line, string name, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("doc", out var doc) && doc.ValueKind == JsonValueKind.String)
            {
                return (doc.GetString()!, Text(root, "outlet"), Text(root, "date"));
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}:{lineNumber}: not a JSON record: {e.Message}", e);
        }

        throw new InvalidDataException($"{name}:{lineNumber}: a record needs a string \"doc\"");
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
