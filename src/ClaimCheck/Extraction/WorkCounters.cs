namespace ClaimCheck.Extraction;

/// <summary>
/// Work done by one analysis, counted so tests can assert that hostile text costs work linear in its
/// size (wall-clock time is too noisy to assert on). Filled by the stages; not thread-safe.
/// </summary>
public sealed class WorkCounters
{
    /// <summary>Pattern matches found before selection.</summary>
    public long Candidates { get; set; }

    /// <summary>Candidates not considered because their sentence had offered its maximum.</summary>
    public long CandidatesDropped { get; set; }

    /// <summary>Pairs of matches compared for conflicts during selection.</summary>
    public long ConflictChecks { get; set; }

    /// <summary>Mentions weighed as antecedents of pronouns and descriptions.</summary>
    public long AntecedentCandidates { get; set; }

    /// <summary>Findings weighed as owners of channel phrases, and tokens checked for overlapping phrases.</summary>
    public long ChannelSteps { get; set; }

    /// <summary>Tokens visited while scanning capitalized name runs.</summary>
    public long NameRunSteps { get; set; }
}
