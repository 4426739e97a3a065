namespace ClaimCheck.Reporting.Document;

/// <summary>A run of text, optionally styled, optionally a link (<see cref="Target"/>: "#anchor" or a file path).</summary>
public sealed record ReportInline(string Text, string? Target = null, InlineStyle Style = InlineStyle.Plain)
{
    public static ReportInline Link(string text, string target) => new(text, target);

    public static ReportInline Strong(string text) => new(text, null, InlineStyle.Strong);

    public static ReportInline Emphasis(string text) => new(text, null, InlineStyle.Emphasis);

    public static ReportInline Code(string text) => new(text, null, InlineStyle.Code);

    public static implicit operator ReportInline(string text) => new(text);

    public static ReportInline FromString(string text) => new(text);
}
