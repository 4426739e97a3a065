namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/abbreviations.yaml</c>: tokens whose final period does not end a sentence.</summary>
public sealed class AbbreviationsFile : IRuleFile
{
    /// <summary>Abbreviations with their periods, as written: "Mr.", "U.S.", "Jan.".</summary>
    public List<string> Abbreviations { get; set; } = [];

    /// <summary>Abbreviations that may also end a sentence when the next word is capitalized ("U.S.", "Inc.").</summary>
    public List<string> SentenceFinal { get; set; } = [];

    /// <summary>Capitalized words that begin a new sentence after a sentence-final abbreviation ("The", "He").</summary>
    public List<string> SentenceStarters { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Abbreviations.Count == 0)
        {
            context.Error(this, RuleIds.EmptyLexicon, "the abbreviation list is empty");
        }
    }
}
