namespace ClaimCheck.Framing;

/// <summary>The descriptors an outlet puts on one speaker: roles, epithets, descriptions ("the embattled leader").</summary>
public sealed record SpeakerDescriptors(string SpeakerId, string SpeakerName, IReadOnlyList<TermCount> Descriptors);
