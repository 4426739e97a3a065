namespace ClaimCheck.Rules.Files;

/// <summary>
/// One attribution pattern over tokens, e.g. <c>QUOTE ,? CUE SOURCE</c> or
/// <c>according to SOURCE , CONTENT</c>. See <c>rules/patterns.yaml</c> for the element syntax.
/// </summary>
public sealed class PatternEntry
{
    public string Id { get; set; } = "";

    /// <summary>direct | mixed | indirect | according_to: the kind of statement found.</summary>
    public string Kind { get; set; } = "indirect";

    public string Pattern { get; set; } = "";

    /// <summary>Higher wins when two patterns claim the same content.</summary>
    public int Priority { get; set; }

    public string Description { get; set; } = "";
}
