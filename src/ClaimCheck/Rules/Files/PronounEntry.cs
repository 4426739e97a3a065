namespace ClaimCheck.Rules.Files;

/// <summary>A pronoun that can stand for a speaker: its form, gender and number.</summary>
public sealed class PronounEntry
{
    /// <summary>The form as written, matched case-insensitively: "he", "they".</summary>
    public string Form { get; set; } = "";

    /// <summary>male | female | neuter | unknown.</summary>
    public string Gender { get; set; } = "unknown";

    public bool Plural { get; set; }

    /// <summary>person | organization | group: what the pronoun most likely stands for.</summary>
    public string Type { get; set; } = "person";
}
