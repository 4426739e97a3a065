namespace ClaimCheck.Rules.Files;

/// <summary>One cue: a verb or phrase that introduces a statement, with all its forms and its stance.</summary>
public sealed class CueEntry
{
    public string Id { get; set; } = "";

    /// <summary>Dictionary form: "say", "claim", "according to".</summary>
    public string Lemma { get; set; } = "";

    /// <summary>Every form as it appears in text, lower case; multiword forms are spaced ("took to").</summary>
    public List<string> Forms { get; set; } = [];

    /// <summary>neutral | distancing | assertive | tentative | belief | denial | supportive.</summary>
    public string Stance { get; set; } = "neutral";

    /// <summary>speech | writing | belief | perception: what kind of act the cue names.</summary>
    public string Act { get; set; } = "speech";

    /// <summary>Frames a quotation only ("...," he began); never introduces reported speech.</summary>
    public bool QuoteOnly { get; set; }

    /// <summary>Fires only where a pattern names it (CUE:dash, CUE:colon): punctuation that attributes.</summary>
    public bool ExplicitOnly { get; set; }

    /// <summary>
    /// Fires only with another cue right after it, and takes that cue in ("went on to [say]"): alone
    /// the phrase is no report ("went on to win").
    /// </summary>
    public bool ChainOnly { get; set; }

    /// <summary>
    /// A stance or intention (support, plan, seek) that is no statement of its own inside another
    /// statement's content ("she said he supports the plan"); belief cues (act: belief) are so too.
    /// </summary>
    public bool NotNested { get; set; }

    /// <summary>
    /// Words that, right after the form, show the word is used otherwise: "support among voters",
    /// "support from donors" name a noun, not the verb; there the form is no cue.
    /// </summary>
    public List<string> NotBefore { get; set; } = [];
}
