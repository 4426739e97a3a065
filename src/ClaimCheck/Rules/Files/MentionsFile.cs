namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/mentions.yaml</c>.</summary>
public sealed class MentionsFile : IRuleFile
{
    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
    }
}
