namespace ClaimCheck.Framing;

/// <summary>
/// How one outlet frames what it relays, over all its articles: attribution stances, hedges, scare
/// quotes and the descriptors it puts on recurring speakers. Lists are sorted by count, then term.
/// </summary>
public sealed record OutletFraming(
    string Outlet,
    int Articles,
    int Statements,
    IReadOnlyList<StanceCount> Stances,
    IReadOnlyList<TermCount> Hedges,
    IReadOnlyList<TermCount> ScareQuotes,
    IReadOnlyList<SpeakerDescriptors> Descriptors);
