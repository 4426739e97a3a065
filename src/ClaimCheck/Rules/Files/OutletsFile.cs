namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/outlets.yaml</c>: outlets, their aliases and publication signatures.</summary>
public sealed class OutletsFile : IRuleFile
{
    public List<OutletEntry> Outlets { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = new HashSet<string>(StringComparer.Ordinal);
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
        }
    }
}
