namespace ClaimCheck.Rules;

/// <summary>
/// The data of one YAML rule file. The loader maps YAML onto it strictly (unknown keys, duplicate
/// keys and wrong shapes are diagnostics); <see cref="Validate"/> adds the checks only the file's
/// owner knows (ids unique, patterns that compile, lexicons not empty).
/// </summary>
public interface IRuleFile
{
    void Validate(RuleValidationContext context);
}
