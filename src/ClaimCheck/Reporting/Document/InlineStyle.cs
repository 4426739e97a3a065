namespace ClaimCheck.Reporting.Document;

public enum InlineStyle : byte
{
    Plain,
    Strong,
    Emphasis,
    Code,
}
