namespace ClaimCheck.Linking;

/// <summary>What a <see cref="RawFeature"/> is before resolution.</summary>
internal enum RawFeatureKind : byte
{
    Word,
    Capitalized,
    Number,
    Pair,
}
