namespace ClaimCheck.Extraction.Mentions;

/// <summary>What one chunk (a word or a lexicon phrase) is to the noun-phrase grammar.</summary>
internal enum ChunkKind : byte
{
    /// <summary>Ends any phrase: punctuation, quotes, function words, rejected capitals.</summary>
    Stop,
    /// <summary>A lower-case word in no lexicon: a compound modifier ("policy") or a verb.</summary>
    Other,
    Comma,
    /// <summary>A listed verb or auxiliary: ends a phrase; after an apposition it shows the clause goes on.</summary>
    Verb,
    And,
    /// <summary>The possessive 's or ' token.</summary>
    Possessive,
    Connector,
    DefiniteDeterminer,
    IndefiniteDeterminer,
    PossessiveDeterminer,
    Pronoun,
    Relative,
    Honorific,
    Modifier,
    Nationality,
    /// <summary>A number or age ("66-year-old"), usable as a modifier.</summary>
    Number,
    Title,
    Group,
    Anonymous,
    OrganizationHead,
    Name,
}
