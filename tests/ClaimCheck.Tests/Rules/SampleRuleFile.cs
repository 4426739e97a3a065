using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Rules;

/// <summary>A DTO with every supported property kind, to test the loader independently of the real rule files.</summary>
public sealed class SampleRuleFile : IRuleFile
{
    [RuleRequired]
    public string Name { get; set; } = "";

    public int Count { get; set; }

    public double Weight { get; set; }

    public bool Enabled { get; set; }

    public SampleMode Mode { get; set; }

    public Dictionary<string, string> Labels { get; set; } = [];

    public SampleItem? Main { get; set; }

    public List<SampleItem> Items { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var item in Items)
        {
            if (item.Id == "bad")
            {
                context.Error(item, RuleIds.InvalidValue, "bad item");
            }
        }
    }
}
