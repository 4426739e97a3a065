namespace ClaimCheck.Rules;

/// <summary>
/// Marks a rule-file DTO property whose YAML key must be present. The loader reports
/// <see cref="RuleIds.MissingField"/> when the key is absent, has no value (<c>~</c>, <c>null</c>, nothing),
/// is blank text, or is an empty list or mapping.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class RuleRequiredAttribute : Attribute
{
}
