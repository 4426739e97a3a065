using ClaimCheck.Rules.Files;

namespace ClaimCheck.Extraction.Cues;

/// <summary>One written form of a cue ("took to", "said") with the lexicon entry it belongs to.</summary>
public readonly record struct CueForm(string[] Words, CueEntry Entry)
{
    /// <summary>True for participle forms ("claiming", "adding") that attach to the clause's subject.</summary>
    public bool IsParticiple => Words[0].EndsWith("ing", StringComparison.Ordinal);
}
