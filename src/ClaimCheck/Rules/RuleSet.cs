using ClaimCheck.Rules.Files;

namespace ClaimCheck.Rules;

/// <summary>
/// Every rule file of a rules folder, loaded and validated. Immutable once loaded and shared by
/// all threads; each stage compiles the part it needs once.
/// </summary>
public sealed class RuleSet
{
    public required string Directory { get; init; }

    /// <summary>SHA-256 over the rule files' names and bytes, in name order: changes when any rule changes.</summary>
    public required string Hash { get; init; }

    public required AbbreviationsFile Abbreviations { get; init; }

    public required CuesFile Cues { get; init; }

    public required CoreferenceFile Coreference { get; init; }

    public required PatternsFile Patterns { get; init; }

    public required ChannelsFile Channels { get; init; }

    public required OutletsFile Outlets { get; init; }

    public required MentionsFile Mentions { get; init; }

    public required BoilerplateFile Boilerplate { get; init; }

    public required MetadataFile Metadata { get; init; }

    /// <summary>Names no spelling rule can join; used by cross-source reports.</summary>
    public required AliasesFile Aliases { get; init; }

    /// <summary>Hedges and claim stopwords; used by cross-source reports.</summary>
    public required FramingFile Framing { get; init; }
}
