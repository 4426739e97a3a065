namespace ClaimCheck.Rules;

/// <summary>Stable diagnostic ids for rule files; the ledger is <c>rules/RULE-IDS.md</c>.</summary>
public static class RuleIds
{
    public const string YamlSyntax = "CCR001";
    public const string UnknownKey = "CCR002";
    public const string DuplicateKey = "CCR003";
    public const string MissingField = "CCR004";
    public const string WrongShape = "CCR005";
    public const string DuplicateRuleId = "CCR006";
    public const string InvalidPattern = "CCR007";
    public const string InvalidRegex = "CCR008";
    public const string EmptyLexicon = "CCR009";
    public const string InvalidValue = "CCR010";
    public const string UnreadableFile = "CCR011";
    public const string MissingFile = "CCR012";
}
