namespace ClaimCheck.Input;

/// <summary>How an article file is turned into analysable text; chosen by file extension.</summary>
public enum InputFormat
{
    /// <summary>Plain text, analysed exactly as stored.</summary>
    Text,

    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>): rendered to plain text first.</summary>
    Markdown,

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>): the article is extracted from it first.</summary>
    Html,
}
