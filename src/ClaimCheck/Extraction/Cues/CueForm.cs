using ClaimCheck.Rules.Files;

namespace ClaimCheck.Extraction.Cues;

/// <summary>
/// One written form of a cue ("took to", "said") with the lexicon entry it belongs to; <paramref name="Progressive"/>
/// marks an -ing form after a form of "be" ("is demanding"), a finite verb where it stands.
/// </summary>
public readonly record struct CueForm(string[] Words, CueEntry Entry, bool Progressive = false)
{
    /// <summary>
    /// True for participle forms ("claiming", "adding") that attach to the clause's subject; a form
    /// that is its own lemma ("according to") is a fixed phrase, not a verb's participle; and after
    /// "is" or "were" the -ing form is the clause's own verb.
    /// </summary>
    public bool IsParticiple => !Progressive && Words[0].EndsWith("ing", StringComparison.Ordinal) && !Entry.Lemma.StartsWith(Words[0], StringComparison.Ordinal);
}
