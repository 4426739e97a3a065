namespace ClaimCheck.Rules.Files;

/// <summary>
/// One line-level boilerplate rule of <c>rules/boilerplate.yaml</c>; the file's header comment
/// documents every field and kind.
/// </summary>
public sealed class BoilerplateRule
{
    public string Id { get; set; } = "";

    /// <summary>match | repeat | teaser | joined | signature | date.</summary>
    public string Kind { get; set; } = "match";

    public string Description { get; set; } = "";

    /// <summary>match: whole lines, compared ignoring case and surrounding white space.</summary>
    public List<string> Lines { get; set; } = [];

    /// <summary>match: the line starts with one of these, followed by a non-letter or the line end.</summary>
    public List<string> Prefixes { get; set; } = [];

    /// <summary>match: the line contains one of these (ignoring case).</summary>
    public List<string> Contains { get; set; } = [];

    /// <summary>match: a .NET regular expression tried on each line (non-backtracking, ignoring case).</summary>
    public string Regex { get; set; } = "";

    /// <summary>The line (for joined: the repeated line) has at least this many words.</summary>
    public int MinWords { get; set; }

    /// <summary>The line has at most this many words; 0 means no limit.</summary>
    public int MaxWords { get; set; }

    /// <summary>The line must not end like a sentence (. ! ? … : ; before closing quotes).</summary>
    public bool Unpunctuated { get; set; }

    /// <summary>teaser / joined: how many non-blank lines before and after count as nearby.</summary>
    public int Window { get; set; }
}
