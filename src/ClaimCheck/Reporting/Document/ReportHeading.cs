namespace ClaimCheck.Reporting.Document;

/// <summary>A heading; <see cref="Id"/> is its anchor, derived from the text as GitHub and Markdig do (<see cref="Anchors"/>).</summary>
public sealed record ReportHeading(int Level, string Text) : ReportBlock
{
    public string Id => Anchors.Slug(Text);
}
