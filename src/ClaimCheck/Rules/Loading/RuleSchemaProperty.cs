using System.Reflection;

namespace ClaimCheck.Rules.Loading;

/// <summary>One YAML key of a DTO: its snake_case name, the property it sets, and whether it must be given.</summary>
internal sealed record RuleSchemaProperty(string Key, PropertyInfo Property, bool Required);
