using ClaimCheck.Rules.Files;

namespace ClaimCheck.Extraction.Cues;

/// <summary>One written form of a cue ("took to", "said") with the lexicon entry it belongs to.</summary>
public readonly record struct CueForm(string[] Words, CueEntry Entry)
{
    /// <summary>
    /// True for participle forms ("claiming", "adding") that attach to the clause's subject; a form
    /// that is its own lemma ("according to") is a fixed phrase, not a verb's participle.
    /// </summary>
    public bool IsParticiple => Words[0].EndsWith("ing", StringComparison.Ordinal) && !Entry.Lemma.StartsWith(Words[0], StringComparison.Ordinal);
}
