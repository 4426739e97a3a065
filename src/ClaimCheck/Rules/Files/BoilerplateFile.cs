namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/boilerplate.yaml</c>.</summary>
public sealed class BoilerplateFile : IRuleFile
{
    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
    }
}
