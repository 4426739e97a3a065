using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Rules;

public sealed class SampleItem
{
    [RuleRequired]
    public string Id { get; set; } = "";

    public List<string> Words { get; set; } = [];
}
