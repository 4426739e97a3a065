namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/patterns.yaml</c>: attribution patterns.</summary>
public sealed class PatternsFile : IRuleFile
{
    public List<PatternEntry> Patterns { get; set; } = [];

    /// <summary>Words after which a mention is never a SOURCE (prepositions, conjunctions).</summary>
    public List<string> NotAfter { get; set; } = [];

    /// <summary>Words a reported CONTENT never starts with (prepositions, reflexives): "explain to X" is no statement.</summary>
    public List<string> ContentNotStart { get; set; } = [];

    /// <summary>
    /// Phrases after which whatever noun phrase follows is a source even when no mention was found
    /// ("according to a New York Times/CBS News poll released last week,").
    /// </summary>
    public List<string> PhraseSourceAfter { get; set; } = [];

    /// <summary>Cue lemmas that take a listener before "that" ("told reporters that ..."): any words may stand between.</summary>
    public List<string> ObjectCues { get; set; } = [];

    /// <summary>
    /// Words that open a setting between another cue and "that" ("said in an interview that", "said
    /// Tuesday that"); a gap opened by any other word is a clause of the statement itself.
    /// </summary>
    public List<string> SettingOpeners { get; set; } = [];

    /// <summary>Words that open the reported clause after a listener cue's object ("told reporters [he] would run", "asked her [whether] ...").</summary>
    public List<string> ListenerFollowers { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Patterns.Count == 0)
        {
            context.Error(this, RuleIds.EmptyLexicon, "no patterns are defined");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Patterns)
        {
            if (string.IsNullOrWhiteSpace(p.Id))
            {
                context.Error(p, RuleIds.MissingField, "a pattern needs an 'id'");
            }
            else if (!ids.Add(p.Id))
            {
                context.Error(p, RuleIds.DuplicateRuleId, $"duplicate rule id '{p.Id}'");
            }

            if (p.Kind is not ("direct" or "mixed" or "indirect" or "according_to"))
            {
                context.Error(p, RuleIds.InvalidValue, $"pattern '{p.Id}' has unknown kind '{p.Kind}' (expected direct, mixed, indirect or according_to)");
            }

            if (!Extraction.Patterns.TokenPattern.TryParse(p.Pattern, out _, out var error))
            {
                context.Error(p, RuleIds.InvalidPattern, $"pattern '{p.Id}': {error}");
            }
        }
    }
}
