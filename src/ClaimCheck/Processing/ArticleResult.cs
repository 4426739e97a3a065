using ClaimCheck.Extraction;
using ClaimCheck.Input;

namespace ClaimCheck.Processing;

/// <summary>What became of one <see cref="ArticleInput"/>: its analysis, or the error that stopped it.</summary>
public sealed class ArticleResult
{
    public ArticleResult(ArticleInput input, ArticleAnalysis? analysis, string? error, long bytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        Analysis = analysis;
        Error = error;
        Bytes = bytes;
    }

    public ArticleInput Input { get; }

    /// <summary>Null when <see cref="Error"/> is set.</summary>
    public ArticleAnalysis? Analysis { get; }

    /// <summary>A message naming the input, or null when it was analysed.</summary>
    public string? Error { get; }

    /// <summary>The article's size in bytes as read (0 when it could not be read).</summary>
    public long Bytes { get; }

    /// <summary>The input as read (for HTML and Markdown, the plain text offsets refer to), or null on error.</summary>
    public ArticleSource? Article { get; init; }

    /// <summary>Problems with the input that did not stop it (e.g. invalid UTF-8), for stderr.</summary>
    public IReadOnlyList<string> Warnings => Article?.Warnings ?? [];

    /// <summary>The analysis rendered by the worker (so rendering runs in parallel too), or null.</summary>
    public string? Rendered { get; init; }
}
