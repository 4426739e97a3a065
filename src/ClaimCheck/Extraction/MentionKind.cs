namespace ClaimCheck.Extraction;

public enum MentionKind : byte
{
    /// <summary>A proper name: "Vasily Nebenzya", "the Kremlin", "RIA Novosti".</summary>
    Name,
    /// <summary>he, she, it, they, his, her...</summary>
    Pronoun,
    /// <summary>A definite description that refers back: "the expert", "the security chief", "NG's interlocutor".</summary>
    Description,
    /// <summary>An indefinite or generic source: "one foreign policy expert with close ties to the Kremlin", "experts", "protesters".</summary>
    Generic,
}
