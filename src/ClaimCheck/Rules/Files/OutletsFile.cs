namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/outlets.yaml</c>: outlets, their aliases and publication signatures.</summary>
public sealed class OutletsFile : IRuleFile
{
    public static IReadOnlyList<string> Types { get; } = ["outlet", "agency", "social_media"];

    public List<OutletEntry> Outlets { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var signatures = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in Outlets)
        {
            if (string.IsNullOrWhiteSpace(o.Name))
            {
                context.Error(o, RuleIds.MissingField, "an outlet needs a 'name'");
            }

            if (string.IsNullOrWhiteSpace(o.Id))
            {
                context.Error(o, RuleIds.MissingField, "an outlet needs an 'id'");
            }
            else if (!ids.Add(o.Id))
            {
                context.Error(o, RuleIds.DuplicateRuleId, $"duplicate rule id '{o.Id}'");
            }

            if (!Types.Contains(o.Type, StringComparer.Ordinal))
            {
                context.Error(o, RuleIds.InvalidValue, $"outlet '{o.Id}' has unknown type '{o.Type}' (expected {string.Join(", ", Types)})");
            }

            if (o.Aliases.Exists(string.IsNullOrWhiteSpace) || o.Signatures.Exists(string.IsNullOrWhiteSpace))
            {
                context.Error(o, RuleIds.InvalidValue, $"outlet '{o.Id}' has an empty alias or signature");
            }

            foreach (var s in o.Signatures)
            {
                // One signature naming two outlets would make the publisher a coin toss.
                if (!string.IsNullOrWhiteSpace(s) && !signatures.TryAdd(s.Trim(), o.Id) && signatures[s.Trim()] != o.Id)
                {
                    context.Error(o, RuleIds.InvalidValue, $"signature '{s}' of outlet '{o.Id}' is also a signature of '{signatures[s.Trim()]}'");
                }
            }
        }
    }
}
