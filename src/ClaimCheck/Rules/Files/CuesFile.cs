namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/cues.yaml</c>: the cue lexicon.</summary>
public sealed class CuesFile : IRuleFile
{
    public List<CueEntry> Cues { get; set; } = [];

    /// <summary>A cue never directly follows these words: determiners (a claim), "to" (refused to say), negation, passive "was".</summary>
    public List<string> NotAfter { get; set; } = [];

    /// <summary>Cue forms that are also common nouns (claims, protests, comments): they count only in a verbal context.</summary>
    public List<string> NounForms { get; set; } = [];

    /// <summary>Words after which a noun-like form is a verb: auxiliaries and adverbs (has, also, repeatedly).</summary>
    public List<string> VerbContext { get; set; } = [];

    /// <summary>Auxiliaries, negation and adverbs that belong to the cue's verb group ("has also said"); -ly adverbs join without being listed.</summary>
    public List<string> GroupWords { get; set; } = [];

    /// <summary>Prepositions a cue verb takes with it when they follow it directly ("complained about", "warned against").</summary>
    public List<string> Particles { get; set; } = [];

    /// <summary>Forms of "be" that make a following -ing cue a progressive verb ("is demanding", "were claiming").</summary>
    public List<string> BeForms { get; set; } = [];

    /// <summary>Lower-case -ly words that are no adverbs (family, reply): never part of a verb group.</summary>
    public List<string> NotAdverbs { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Cues.Count == 0)
        {
            context.Error(this, RuleIds.EmptyLexicon, "the cue lexicon is empty");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cue in Cues)
        {
            if (string.IsNullOrWhiteSpace(cue.Id))
            {
                context.Error(cue, RuleIds.MissingField, "a cue needs an 'id'");
            }
            else if (!ids.Add(cue.Id))
            {
                context.Error(cue, RuleIds.DuplicateRuleId, $"duplicate rule id '{cue.Id}'");
            }

            if (cue.Forms.Count == 0)
            {
                context.Error(cue, RuleIds.MissingField, $"cue '{cue.Id}' needs at least one form in 'forms'");
            }

            if (!CueStances.IsKnown(cue.Stance))
            {
                context.Error(cue, RuleIds.InvalidValue, $"cue '{cue.Id}' has unknown stance '{cue.Stance}' (expected {string.Join(", ", CueStances.All)})");
            }
        }
    }
}
