namespace ClaimCheck.Linking;

/// <summary>
/// A claim feature as found in one text, before the collection decides what capitalized words are:
/// a word ("w:" hash in <see cref="Word"/>), a capitalized word (its "w:" stem hash and its "n:"
/// skeleton hash in <see cref="Name"/>: a name unless the stem is also seen in lower case), a number,
/// or a pair of the features at <see cref="First"/> and <see cref="Second"/> of the same list.
/// </summary>
internal readonly record struct RawFeature(RawFeatureKind Kind, ulong Word, ulong Name, int First, int Second);
