namespace ClaimCheck.Rules.Files;

/// <summary>A month of <c>rules/metadata.yaml</c>: its number and every name it is written with.</summary>
public sealed class MonthEntry
{
    public int Number { get; set; }

    /// <summary>Full names and abbreviations without a period ("September", "Sep", "Sept"); a following period is always allowed.</summary>
    public List<string> Names { get; set; } = [];
}
