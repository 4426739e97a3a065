namespace ClaimCheck.Rules.Files;

/// <summary>
/// <c>rules/aliases.yaml</c>: names that no spelling rule can join (a nickname, a patronymic form,
/// a renamed body). Each entry gives the canonical name and the other forms it stands for.
/// </summary>
public sealed class AliasesFile : IRuleFile
{
    public static IReadOnlyList<string> Types { get; } = ["person", "organization", "group", "outlet"];

    public List<AliasEntry> Aliases { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in Aliases)
        {
            if (string.IsNullOrWhiteSpace(a.Id))
            {
                context.Error(a, RuleIds.MissingField, "an alias needs an 'id'");
            }
            else if (!ids.Add(a.Id))
            {
                context.Error(a, RuleIds.DuplicateRuleId, $"duplicate rule id '{a.Id}'");
            }

            if (string.IsNullOrWhiteSpace(a.Name))
            {
                context.Error(a, RuleIds.MissingField, $"alias '{a.Id}' needs a 'name'");
            }

            if (!Types.Contains(a.Type, StringComparer.Ordinal))
            {
                context.Error(a, RuleIds.InvalidValue, $"alias '{a.Id}' has unknown type '{a.Type}' (expected {string.Join(", ", Types)})");
            }

            if (a.Forms.Count == 0 || a.Forms.Exists(string.IsNullOrWhiteSpace))
            {
                context.Error(a, RuleIds.InvalidValue, $"alias '{a.Id}' needs at least one non-empty form");
            }

            foreach (var f in a.Forms.Where(f => !string.IsNullOrWhiteSpace(f)))
            {
                // One form standing for two names would make the link a coin toss.
                if (!forms.TryAdd(f.Trim(), a.Id) && forms[f.Trim()] != a.Id)
                {
                    context.Error(a, RuleIds.InvalidValue, $"form '{f}' of alias '{a.Id}' is also a form of '{forms[f.Trim()]}'");
                }
            }
        }
    }
}
