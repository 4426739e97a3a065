namespace ClaimCheck.Extraction;

public enum StatementKind : byte
{
    /// <summary>The content is a quotation as a whole: "...," said Peskov.</summary>
    Direct,
    /// <summary>Reported speech that quotes some of its words: he "feels Moscow's position".</summary>
    Mixed,
    /// <summary>Reported speech without quotation: Danilov claimed that ...</summary>
    Indirect,
    /// <summary>"according to X, ..." and "..., according to X".</summary>
    AccordingTo,
}
