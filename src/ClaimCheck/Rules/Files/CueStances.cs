namespace ClaimCheck.Rules.Files;

/// <summary>The stance classes a cue may carry: how the reporting verb frames its speaker.</summary>
public static class CueStances
{
    public static IReadOnlyList<string> All { get; } = ["neutral", "distancing", "assertive", "tentative", "belief", "denial", "supportive", "critical"];

    public static bool IsKnown(string stance) => All.Contains(stance, StringComparer.Ordinal);
}
