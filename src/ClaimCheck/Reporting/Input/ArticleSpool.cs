using System.Buffers;
using System.Collections;
using Microsoft.Win32.SafeHandles;

namespace ClaimCheck.Reporting.Input;

/// <summary>
/// The report's articles on disk: each <see cref="ReportArticle"/> is written to a temporary file as
/// it comes (<see cref="ArticleCodec"/>) and read back whenever a pass needs it, in document-name
/// order. Memory holds only the offsets and names, so it does not grow with the articles' text; the
/// report's passes read in order, the rows of its tables by index (the last few are cached).
/// Reading is thread-safe. The file is deleted at once (Unix) or when closed (Windows).
/// </summary>
internal sealed class ArticleSpool : IReadOnlyList<ReportArticle>, IDisposable
{
    private const int CacheSize = 8;

    private readonly SafeFileHandle file;
    private readonly List<(long Offset, int Length)> extents = [];
    private readonly StringPool pool = new();
    private readonly (int Index, ArticleParts Parts, ReportArticle? Article)[] cache = new (int, ArticleParts, ReportArticle?)[CacheSize];
    private readonly Lock gate = new();
    private int[] order = [];
    private long length;
    private int next;

    private ArticleSpool()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-report-{Environment.ProcessId}-{Guid.NewGuid():N}.spool");
        file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
        try
        {
            File.Delete(path); // Unix: the open handle keeps the data; nothing is left behind however the process ends.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Windows without delete sharing: DeleteOnClose removes it.
        }

        Array.Fill(cache, (-1, ArticleParts.Core, null));
    }

    public int Count => order.Length;

    /// <summary>The article at <paramref name="index"/> in document-name order.</summary>
    public ReportArticle this[int index] => Read(index, ArticleParts.All);

    /// <summary>The articles in document-name order with only <paramref name="parts"/> of their facts: for a pass that needs no more.</summary>
    public IReadOnlyList<ReportArticle> With(ArticleParts parts) => new ProjectedList<ReportArticle>(Count, i => Read(i, parts));

    /// <summary>The article at <paramref name="index"/> with <paramref name="parts"/> of its facts (at least).</summary>
    public ReportArticle Read(int index, ArticleParts parts)
    {
        lock (gate)
        {
            foreach (var (i, p, a) in cache)
            {
                if (i == index && (p & parts) == parts)
                {
                    return a!;
                }
            }
        }

        var (offset, size) = extents[order[index]];
        byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            int read = 0;
            while (read < size)
            {
                int n = RandomAccess.Read(file, buffer.AsSpan(read, size - read), offset + read);
                if (n <= 0)
                {
                    throw new IOException("the report's spool file ended early");
                }

                read += n;
            }

            var article = ArticleCodec.Read(buffer.AsSpan(0, size), pool, parts);
            lock (gate)
            {
                cache[next] = (index, parts, article);
                next = (next + 1) % CacheSize;
            }

            return article;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Spools <paramref name="inputs"/> (read once, as they come) and orders them by document name.</summary>
    public static ArticleSpool Create(IEnumerable<ReportArticle> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var spool = new ArticleSpool();
        try
        {
            var docs = new List<string>();
            var buffer = new ArrayBufferWriter<byte>(1 << 16);
            foreach (var article in inputs)
            {
                buffer.ResetWrittenCount();
                ArticleCodec.Write(buffer, article);
                RandomAccess.Write(spool.file, buffer.WrittenSpan, spool.length);
                spool.extents.Add((spool.length, buffer.WrittenCount));
                spool.length += buffer.WrittenCount;
                docs.Add(article.Doc);
            }

            var order = Enumerable.Range(0, docs.Count).ToArray();
            Array.Sort(order, (x, y) => string.CompareOrdinal(docs[x], docs[y]) is var c && c != 0 ? c : x.CompareTo(y));
            spool.order = order;
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    public IEnumerator<ReportArticle> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => file.Dispose();
}
