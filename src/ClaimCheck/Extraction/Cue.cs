using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>The cue of a statement as it stands in the text, with its lexicon entry.</summary>
public sealed record Cue(TextSpan Span, string Lemma, string Stance, string Id);
