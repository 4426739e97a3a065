namespace ClaimCheck.Rules.Files;

/// <summary>
/// <c>rules/framing.yaml</c>: words by which a report distances itself from what it relays (hedges)
/// and the function words claim matching ignores.
/// </summary>
public sealed class FramingFile : IRuleFile
{
    public List<HedgeEntry> Hedges { get; set; } = [];

    /// <summary>Words that say nothing about what a claim is about ("the", "would", "that").</summary>
    public List<string> Stopwords { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in Hedges)
        {
            if (string.IsNullOrWhiteSpace(h.Id))
            {
                context.Error(h, RuleIds.MissingField, "a hedge needs an 'id'");
            }
            else if (!ids.Add(h.Id))
            {
                context.Error(h, RuleIds.DuplicateRuleId, $"duplicate rule id '{h.Id}'");
            }

            if (h.Forms.Count == 0 || h.Forms.Exists(string.IsNullOrWhiteSpace))
            {
                context.Error(h, RuleIds.InvalidValue, $"hedge '{h.Id}' needs at least one non-empty form");
            }
        }

        if (Hedges.Count == 0)
        {
            context.Error(this, RuleIds.EmptyLexicon, "the hedge list is empty");
        }

        if (Stopwords.Count == 0)
        {
            context.Error(this, RuleIds.EmptyLexicon, "the stopword list is empty");
        }
    }
}
