namespace ClaimCheck.Rules.Files;

/// <summary>A date format of <c>rules/metadata.yaml</c>, e.g. <c>{month} {day}, {year}</c>.</summary>
public sealed class DateFormatEntry
{
    public string Id { get; set; } = "";

    /// <summary>Literal text with the placeholders {year}, {month} (a name), {mm} (a number) and {day}; a space matches any run of spaces.</summary>
    public string Pattern { get; set; } = "";

    /// <summary>line_start | short_line | anywhere: where in a line the format counts as the article's date.</summary>
    public string Where { get; set; } = "short_line";
}
