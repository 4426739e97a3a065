namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/metadata.yaml</c>.</summary>
public sealed class MetadataFile : IRuleFile
{
    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
    }
}
