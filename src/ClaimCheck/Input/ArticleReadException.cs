namespace ClaimCheck.Input;

/// <summary>An article file exists but could not be read; <see cref="Path"/> names it for the report.</summary>
public sealed class ArticleReadException : IOException
{
    public ArticleReadException()
    {
    }

    public ArticleReadException(string message)
        : base(message)
    {
    }

    public ArticleReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArticleReadException(string path, string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; } = "";
}
