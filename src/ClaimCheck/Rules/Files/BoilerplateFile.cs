using System.Text.RegularExpressions;

namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/boilerplate.yaml</c>: rules that mark whole lines as page furniture.</summary>
public sealed class BoilerplateFile : IRuleFile
{
    /// <summary>The kinds a rule may have; see the YAML file's header for what each does.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["match", "repeat", "teaser", "joined", "signature", "date"];

    /// <summary>
    /// A line with at least this many words that ends like a sentence is article prose; teasers are
    /// only looked for after the first such line, so the headline block above it is never a teaser.
    /// </summary>
    public int ProseMinWords { get; set; } = 12;

    /// <summary>Tried in order; a line is marked by the first rule that matches it.</summary>
    public List<BoilerplateRule> Rules { get; set; } = [];

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ProseMinWords < 1)
        {
            context.Error(this, RuleIds.InvalidValue, "'prose_min_words' must be at least 1");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Rules)
        {
            if (string.IsNullOrWhiteSpace(r.Id))
            {
                context.Error(r, RuleIds.MissingField, "a boilerplate rule needs an 'id'");
            }
            else if (!ids.Add(r.Id))
            {
                context.Error(r, RuleIds.DuplicateRuleId, $"duplicate rule id '{r.Id}'");
            }

            if (!Kinds.Contains(r.Kind, StringComparer.Ordinal))
            {
                context.Error(r, RuleIds.InvalidValue, $"boilerplate rule '{r.Id}' has unknown kind '{r.Kind}' (expected {string.Join(", ", Kinds)})");
            }

            if (r.Kind == "match" && r.Lines.Count == 0 && r.Prefixes.Count == 0 && r.Contains.Count == 0 && r.Regex.Length == 0)
            {
                context.Error(r, RuleIds.MissingField, $"boilerplate rule '{r.Id}' needs 'lines', 'prefixes', 'contains' or 'regex'");
            }

            if (r.Kind is "teaser" or "joined" && r.Window < 1)
            {
                context.Error(r, RuleIds.InvalidValue, $"boilerplate rule '{r.Id}' needs a 'window' of at least 1");
            }

            if (r.MinWords < 0 || r.MaxWords < 0 || r.Window < 0)
            {
                context.Error(r, RuleIds.InvalidValue, $"boilerplate rule '{r.Id}': 'min_words', 'max_words' and 'window' cannot be negative");
            }

            if (r.Lines.Exists(string.IsNullOrWhiteSpace) || r.Prefixes.Exists(string.IsNullOrWhiteSpace) || r.Contains.Exists(string.IsNullOrEmpty))
            {
                context.Error(r, RuleIds.InvalidValue, $"boilerplate rule '{r.Id}' has an empty entry");
            }

            if (r.Regex.Length > 0 && !TryCompile(r.Regex, out var error))
            {
                context.Error(r, RuleIds.InvalidRegex, $"boilerplate rule '{r.Id}': {error}");
            }
        }
    }

    internal static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool TryCompile(string pattern, out string error)
    {
        try
        {
            _ = Compile(pattern);
            error = "";
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // NonBacktracking also rejects lookarounds and backreferences: say so in the message.
            error = $"invalid or unsupported regex (no lookarounds or backreferences): {e.Message}";
            return false;
        }
    }
}
