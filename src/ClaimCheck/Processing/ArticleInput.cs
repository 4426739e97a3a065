using System.Buffers;
using System.Text;
using ClaimCheck.Input;
using ClaimCheck.Text;

namespace ClaimCheck.Processing;

/// <summary>
/// One article waiting to be analysed: a file (read lazily, on the worker that analyses it, so reading
/// runs in parallel too), an inline text from a JSON Lines corpus, or an input that already failed
/// (a bad JSON line) and is reported in its place in the input order.
/// </summary>
public sealed record ArticleInput
{
    private ArticleInput(string name, string? filePath, string? text, string? error)
    {
        Name = name;
        FilePath = filePath;
        Text = text;
        Error = error;
    }

    /// <summary>The document name used in output (<see cref="SourceText.Path"/>).</summary>
    public string Name { get; }

    /// <summary>The file to read, or null for inline text.</summary>
    public string? FilePath { get; }

    /// <summary>The inline text, or null for a file.</summary>
    public string? Text { get; }

    /// <summary>Why this input cannot be analysed (reported in order), or null.</summary>
    public string? Error { get; }

    /// <summary>Given outlet; replaces the detected one in output when not null.</summary>
    public string? Outlet { get; init; }

    /// <summary>Given date (ISO yyyy-MM-dd); replaces the detected one in output when not null.</summary>
    public string? Date { get; init; }

    /// <summary>Given title; replaces the detected one when not null.</summary>
    public string? Title { get; init; }

    /// <summary>Where the article came from; kept in the store, not in statement records.</summary>
    public string? Url { get; init; }

    public static ArticleInput FromFile(string path, string name)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(name);
        return new ArticleInput(name, path, null, null);
    }

    public static ArticleInput FromText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return new ArticleInput(name, null, text, null);
    }

    public static ArticleInput Failed(string name, string error)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(error);
        return new ArticleInput(name, null, null, error);
    }

    /// <summary>Reads the article; <paramref name="bytes"/> is its size in UTF-8 (file) bytes, for throughput.</summary>
    /// <exception cref="ArticleReadException">The file cannot be read, is binary, or the input had failed already.</exception>
    public SourceText Load(out long bytes) => LoadArticle(out bytes).Source;

    /// <summary>
    /// Reads the article as <see cref="ArticleReader.Load(ReadOnlySpan{byte}, string, InputFormat)"/> does:
    /// files by extension (HTML and Markdown reduced to their plain text, page metadata and decode
    /// warnings kept); inline text as given.
    /// </summary>
    /// <exception cref="ArticleReadException">The file cannot be read, is binary, or the input had failed already.</exception>
    public ArticleSource LoadArticle(out long bytes)
    {
        if (Error is not null)
        {
            throw new ArticleReadException(Name, Error, null);
        }

        if (Text is not null)
        {
            bytes = Encoding.UTF8.GetByteCount(Text);
            return new ArticleSource(new SourceText(Name, Text), InputFormat.Text, PageMetadata.None, []);
        }

        byte[] data;
        int length;
        bool pooled;
        try
        {
            (data, length, pooled) = ReadFile(FilePath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            throw new ArticleReadException(Name, $"{Name}: cannot read: {e.Message}", e);
        }

        bytes = length;
        try
        {
            return ArticleReader.Load(data.AsSpan(0, length), Name, ArticleReader.FormatOf(FilePath!));
        }
        catch (ArticleReadException e)
        {
            // Reader messages do not name the file; results are reported by message alone.
            throw new ArticleReadException(Name, $"{Name}: {e.Message}", e);
        }
        finally
        {
            if (pooled)
            {
                ArrayPool<byte>.Shared.Return(data);
            }
        }
    }

    /// <summary>Files up to this size are read into a pooled buffer.</summary>
    private const int MaxPooledBytes = 1 << 22;

    /// <summary>
    /// The file's bytes: in a pooled buffer when the file is of ordinary size (the bytes live only until
    /// decoded, and a fresh array per file was a third of the read stage's garbage), else a fresh array.
    /// </summary>
    private static (byte[] Data, int Length, bool Pooled) ReadFile(string path)
    {
        using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            long size = RandomAccess.GetLength(handle);
            if (size > 0 && size <= MaxPooledBytes)
            {
                var buffer = ArrayPool<byte>.Shared.Rent((int)size);
                int total = 0;
                while (total < size)
                {
                    int read = RandomAccess.Read(handle, buffer.AsSpan(total, (int)size - total), total);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                }

                return (buffer, total, true);
            }
        }

        // Empty-looking (a pipe, a special file) or large: read as before.
        var data = File.ReadAllBytes(path);
        return (data, data.Length, false);
    }
}
