namespace ClaimCheck.Rules.Files;

/// <summary>
/// <c>rules/coreference.yaml</c>: what lets "the expert" or "the security chief" find the person it
/// refers to: groups of role words that may stand for one another, and words a description may carry
/// that say nothing about who is meant.
/// </summary>
public sealed class CoreferenceFile : IRuleFile
{
    /// <summary>Each group lists words that describe the same kind of role ("chief", "head", "director").</summary>
    public List<List<string>> RoleSynonyms { get; set; } = [];

    /// <summary>Words ignored when a description is compared with a role ("the", "top", "former").</summary>
    public List<string> IgnoredWords { get; set; } = [];

    /// <summary>How many paragraphs back a pronoun or description looks for its antecedent.</summary>
    public int MaxParagraphsBack { get; set; } = 3;

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (MaxParagraphsBack is < 0 or > 50)
        {
            context.Error(this, RuleIds.InvalidValue, "max_paragraphs_back must be between 0 and 50");
        }

        foreach (var group in RoleSynonyms)
        {
            if (group.Count < 2)
            {
                context.Error(group, RuleIds.InvalidValue, "a role_synonyms group needs at least two words");
            }
        }
    }
}
