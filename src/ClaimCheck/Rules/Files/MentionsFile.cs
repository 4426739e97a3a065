namespace ClaimCheck.Rules.Files;

/// <summary>
/// <c>rules/mentions.yaml</c>: the lexicons that find mentions of possible speakers. Every list is a
/// list of phrases (one or more words, split on spaces); what each list means is documented in the YAML.
/// </summary>
public sealed class MentionsFile : IRuleFile
{
    /// <summary>Person role nouns, singular ("press secretary", "president"); plurals are derived.</summary>
    public List<string> Titles { get; set; } = [];

    /// <summary>Words that may precede a title inside a role ("former", "top", "deputy").</summary>
    public List<string> RoleModifiers { get; set; } = [];

    /// <summary>Nationality and affiliation adjectives ("Russian", "Republican"); with -s they are groups ("Russians").</summary>
    public List<string> Nationalities { get; set; } = [];

    /// <summary>Titles written right before a name ("Mr.", "Sen.").</summary>
    public List<HonorificEntry> Honorifics { get; set; } = [];

    /// <summary>Nouns that make a capitalized run an organization ("Ministry"), or, lower-case, an organization description ("the ministry").</summary>
    public List<string> OrganizationHeads { get; set; } = [];

    /// <summary>Organization names that need no head noun ("Kremlin", "White House", "United Nations").</summary>
    public List<string> Organizations { get; set; } = [];

    /// <summary>Countries, capitals and regions, which act as organizations ("Russia said", "Moscow recognized").</summary>
    public List<string> Places { get; set; } = [];

    /// <summary>Collective nouns for groups of people ("protesters", "opposition", "authorities").</summary>
    public List<string> GroupNouns { get; set; } = [];

    /// <summary>Nouns for unnamed sources ("source", "insider").</summary>
    public List<string> AnonymousNouns { get; set; } = [];

    /// <summary>Documents, polls and statements that say things ("report", "poll"): organization descriptions.</summary>
    public List<string> DocumentNouns { get; set; } = [];

    /// <summary>Phrases after a noun that make it an anonymous source ("familiar with", "who spoke on condition of anonymity").</summary>
    public List<string> AnonymousTails { get; set; } = [];

    /// <summary>Prepositions that attach a phrase to a role ("of" in "head of the council").</summary>
    public List<string> RoleConnectors { get; set; } = [];

    /// <summary>Determiners that make a noun phrase refer back ("the", "this").</summary>
    public List<string> DefiniteDeterminers { get; set; } = [];

    /// <summary>Determiners and quantifiers of indefinite phrases ("a", "one", "some", "many").</summary>
    public List<string> IndefiniteDeterminers { get; set; } = [];

    /// <summary>Possessive determiners ("his", "their"): definite, like "the".</summary>
    public List<string> PossessiveDeterminers { get; set; } = [];

    /// <summary>Pronouns emitted as mentions (subject forms).</summary>
    public List<PronounEntry> Pronouns { get; set; } = [];

    /// <summary>Relative pronouns emitted as mentions after a comma or a noun ("who").</summary>
    public List<string> RelativePronouns { get; set; } = [];

    /// <summary>Capitalized words that never start or continue a name, and function words (matched case-insensitively).</summary>
    public List<string> NotNames { get; set; } = [];

    /// <summary>Lower-case particles inside names ("von", "der", "bin"); with a hyphen they prefix a name ("al-Assad").</summary>
    public List<string> NameParticles { get; set; } = [];

    /// <summary>Tokens that may close a name ("Jr.", "III").</summary>
    public List<string> NameSuffixes { get; set; } = [];

    /// <summary>Prepositions after which a capitalized name is a place ("in Minsk"); the whole document then treats that name as a place.</summary>
    public List<string> PlacePrepositions { get; set; } = [];

    /// <summary>Common verbs and auxiliaries: they end a noun phrase and show that an apposition is followed by its verb.</summary>
    public List<string> Verbs { get; set; } = [];

    /// <summary>Common male given names, to give persons a gender.</summary>
    public List<string> MaleGivenNames { get; set; } = [];

    /// <summary>Common female given names, to give persons a gender.</summary>
    public List<string> FemaleGivenNames { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Titles.Count == 0)
        {
            context.Error(this, RuleIds.EmptyLexicon, "the title list is empty");
        }

        if (Pronouns.Count == 0)
        {
            context.Error(this, RuleIds.EmptyLexicon, "the pronoun list is empty");
        }

        foreach (var p in Pronouns)
        {
            if (string.IsNullOrWhiteSpace(p.Form))
            {
                context.Error(p, RuleIds.MissingField, "a pronoun needs a 'form'");
            }

            if (p.Gender is not ("male" or "female" or "neuter" or "unknown"))
            {
                context.Error(p, RuleIds.InvalidValue, $"pronoun '{p.Form}' has unknown gender '{p.Gender}' (expected male, female, neuter, unknown)");
            }

            if (p.Type is not ("person" or "organization" or "group"))
            {
                context.Error(p, RuleIds.InvalidValue, $"pronoun '{p.Form}' has unknown type '{p.Type}' (expected person, organization, group)");
            }
        }

        foreach (var h in Honorifics)
        {
            if (string.IsNullOrWhiteSpace(h.Form))
            {
                context.Error(h, RuleIds.MissingField, "an honorific needs a 'form'");
            }

            if (h.Gender is not ("male" or "female" or "unknown"))
            {
                context.Error(h, RuleIds.InvalidValue, $"honorific '{h.Form}' has unknown gender '{h.Gender}' (expected male, female, unknown)");
            }
        }
    }
}
