namespace ClaimCheck.Rules.Files;

/// <summary>A title written right before a name ("Mr.", "Sen.", "Dr."): its gender and the role it stands for.</summary>
public sealed class HonorificEntry
{
    /// <summary>The form as written, matched case-sensitively: "Mr.", "Sen.".</summary>
    public string Form { get; set; } = "";

    /// <summary>male | female | unknown.</summary>
    public string Gender { get; set; } = "unknown";

    /// <summary>The role the honorific names ("senator" for "Sen."); empty for Mr./Mrs./Ms.</summary>
    public string Role { get; set; } = "";
}
