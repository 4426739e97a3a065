namespace ClaimCheck.Linking;

/// <summary>
/// What a resolved claim feature is: it sets the feature's weight factor and whether it says what
/// is claimed (<see cref="ClaimClusterer"/>). A pair with a name half says who, not what.
/// </summary>
internal enum FeatureKind : byte
{
    Word,
    Name,
    Number,
    Pair,
    PairWithName,
    Speaker,
}
