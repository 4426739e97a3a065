using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Rules;

public sealed class UnsupportedRuleFile : IRuleFile
{
    public DateTime When { get; set; }

    public void Validate(RuleValidationContext context)
    {
    }
}
