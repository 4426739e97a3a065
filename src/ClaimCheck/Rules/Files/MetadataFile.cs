using ClaimCheck.Metadata;

namespace ClaimCheck.Rules.Files;

/// <summary><c>rules/metadata.yaml</c>: month names, date formats and the limits used to find date and title.</summary>
public sealed class MetadataFile : IRuleFile
{
    public static IReadOnlyList<string> Positions { get; } = ["line_start", "short_line", "anywhere"];

    public List<MonthEntry> Months { get; set; } = [];

    /// <summary>Tried on each line in order; within a line the leftmost match wins.</summary>
    public List<DateFormatEntry> DateFormats { get; set; } = [];

    /// <summary>How many non-blank lines from the top are searched for the article's date.</summary>
    public int DateSearchLines { get; set; } = 10;

    /// <summary>
    /// Search for the date only up to the first prose line (boilerplate.yaml), inclusive: a
    /// publication date sits in the header, while dates after it belong to the story or to embeds.
    /// </summary>
    public bool DateBeforeBody { get; set; } = true;

    /// <summary>
    /// A date line holds a date and at most this many other words ("Updated", a weekday, a time, a
    /// byline); <c>short_line</c> formats count only there, so dates in prose or embeds are not the article's.
    /// </summary>
    public int DateLineMaxOtherWords { get; set; } = 4;

    /// <summary>How many non-blank lines from the top may hold the title.</summary>
    public int TitleSearchLines { get; set; } = 8;

    /// <summary>Shorter lines are labels ("Opinion"), skipped when looking for the title.</summary>
    public int TitleMinWords { get; set; } = 2;

    /// <summary>A longer line is body text: the search for a title stops there.</summary>
    public int TitleMaxWords { get; set; } = 20;

    /// <summary>A line ending in a period with more words than this is a sentence, not a headline, unless it is in title case.</summary>
    public int TitleMaxWordsWithPeriod { get; set; } = 12;

    /// <summary>
    /// A line in which at least this percentage of words start with a capital letter is in title case
    /// ("Kremlin Predicts Swift Resolution …"): a headline even if it ends in a period. 0 turns this off.
    /// </summary>
    public int TitleCaseMinPercent { get; set; } = 60;

    /// <summary>An outlet signature counts on a line that starts with it or has at most this many words.</summary>
    public int SignatureLineMaxWords { get; set; } = 12;

    public void Validate(RuleValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var numbers = new HashSet<int>();
        foreach (var m in Months)
        {
            if (m.Number is < 1 or > 12)
            {
                context.Error(m, RuleIds.InvalidValue, $"month number {m.Number} is not between 1 and 12");
            }
            else if (!numbers.Add(m.Number))
            {
                context.Error(m, RuleIds.DuplicateRuleId, $"month {m.Number} is listed twice");
            }

            if (m.Names.Count == 0)
            {
                context.Error(m, RuleIds.MissingField, $"month {m.Number} needs at least one name in 'names'");
            }

            if (m.Names.Exists(n => string.IsNullOrWhiteSpace(n) || n.EndsWith('.')))
            {
                context.Error(m, RuleIds.InvalidValue, $"month {m.Number}: names must be non-empty and written without a final period (one is always allowed)");
            }
        }

        if (numbers.Count != 12)
        {
            context.Error(this, RuleIds.EmptyLexicon, "'months' must list all twelve months");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in DateFormats)
        {
            if (string.IsNullOrWhiteSpace(f.Id))
            {
                context.Error(f, RuleIds.MissingField, "a date format needs an 'id'");
            }
            else if (!ids.Add(f.Id))
            {
                context.Error(f, RuleIds.DuplicateRuleId, $"duplicate rule id '{f.Id}'");
            }

            if (!Positions.Contains(f.Where, StringComparer.Ordinal))
            {
                context.Error(f, RuleIds.InvalidValue, $"date format '{f.Id}' has unknown 'where' value '{f.Where}' (expected {string.Join(", ", Positions)})");
            }

            if (!DatePattern.TryTranslate(f.Pattern, ["January"], out _, out var error))
            {
                context.Error(f, RuleIds.InvalidPattern, $"date format '{f.Id}': {error}");
            }
        }

        if (DateFormats.Count == 0)
        {
            context.Error(this, RuleIds.EmptyLexicon, "no date formats are defined");
        }

        if (DateSearchLines < 1 || DateLineMaxOtherWords < 0 || TitleSearchLines < 1 || TitleMinWords < 1
            || TitleMaxWords < TitleMinWords || TitleMaxWordsWithPeriod < 1 || SignatureLineMaxWords < 1)
        {
            context.Error(this, RuleIds.InvalidValue, "the line and word limits must be at least 1 ('date_line_max_other_words' at least 0), and 'title_max_words' at least 'title_min_words'");
        }

        if (TitleCaseMinPercent is < 0 or > 100)
        {
            context.Error(this, RuleIds.InvalidValue, "'title_case_min_percent' must be between 0 and 100");
        }
    }
}
