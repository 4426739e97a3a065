namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/channels.yaml</c>: channel phrases.</summary>
public sealed class ChannelsFile : IRuleFile
{
    public List<ChannelEntry> Channels { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Channels)
        {
            if (string.IsNullOrWhiteSpace(c.Id))
            {
                context.Error(c, RuleIds.MissingField, "a channel needs an 'id'");
            }
            else if (!ids.Add(c.Id))
            {
                context.Error(c, RuleIds.DuplicateRuleId, $"duplicate rule id '{c.Id}'");
            }

            if (c.Type is not ("outlet" or "social_media" or "statement" or "interview" or "broadcast" or "other"))
            {
                context.Error(c, RuleIds.InvalidValue, $"channel '{c.Id}' has unknown type '{c.Type}'");
            }

            if (!Extraction.Patterns.TokenPattern.TryParse(c.Pattern, out _, out var error))
            {
                context.Error(c, RuleIds.InvalidPattern, $"channel '{c.Id}': {error}");
            }
        }
    }
}
