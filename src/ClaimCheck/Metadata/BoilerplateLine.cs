using ClaimCheck.Text;

namespace ClaimCheck.Metadata;

/// <summary>A line marked as boilerplate: the whole line without its break, and the id of the rule that marked it.</summary>
public readonly record struct BoilerplateLine(TextSpan Span, string RuleId);
