using ClaimCheck.Rules;
using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Metadata;

/// <summary>
/// Finds an article's date, title, publishing outlet and boilerplate lines from
/// <c>rules/outlets.yaml</c>, <c>rules/boilerplate.yaml</c> and <c>rules/metadata.yaml</c>.
/// Built once (rules compiled here; invalid rules throw <see cref="ArgumentException"/>, which
/// validation reports first); afterwards immutable and safe to share between threads.
/// <see cref="Extract"/> never throws on article text and runs in time linear in its length.
/// </summary>
/// <remarks>
/// Title: the first line near the top that is not boilerplate, not the date line and not an outlet
/// signature, with a headline's length. When the body starts first (a long or sentence-like line,
/// as in articles that open with "date 2020-11-13 As protests …"), the title is null: the lede is
/// not a headline and inventing one would mislead comparisons across outlets.
/// </remarks>
public sealed class MetadataExtractor
{
    private readonly string[] outletNames;
    private readonly CompiledBoilerplateRule[] rules;
    private readonly int proseMinWords;
    private readonly MetadataFile settings;
    private readonly DateMatcher dates;
    private readonly SignatureMatcher signatures;

    public MetadataExtractor(OutletsFile outlets, BoilerplateFile boilerplate, MetadataFile metadata)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        ArgumentNullException.ThrowIfNull(boilerplate);
        ArgumentNullException.ThrowIfNull(metadata);
        outletNames = [.. outlets.Outlets.Select(o => o.Name)];
        rules = [.. boilerplate.Rules.Select(r => new CompiledBoilerplateRule(r))];
        proseMinWords = Math.Max(boilerplate.ProseMinWords, 1);

        // Copy the scalar settings: the DTO is mutable and this object must not change after construction.
        settings = new MetadataFile
        {
            DateSearchLines = metadata.DateSearchLines,
            DateBeforeBody = metadata.DateBeforeBody,
            DateLineMaxOtherWords = metadata.DateLineMaxOtherWords,
            TitleSearchLines = metadata.TitleSearchLines,
            TitleMinWords = metadata.TitleMinWords,
            TitleMaxWords = metadata.TitleMaxWords,
            TitleMaxWordsWithPeriod = metadata.TitleMaxWordsWithPeriod,
            TitleCaseMinPercent = metadata.TitleCaseMinPercent,
            SignatureLineMaxWords = metadata.SignatureLineMaxWords,
        };
        dates = new DateMatcher(metadata);
        signatures = new SignatureMatcher(outlets, metadata.SignatureLineMaxWords);
    }

    public MetadataExtractor(RuleSet rules)
        : this(Check(rules).Outlets, rules.Boilerplate, rules.Metadata)
    {
    }

    public ArticleMetadata Extract(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new Run(this, text.Text);
        var marked = run.Boilerplate();
        var spans = new List<TextSpan>();
        foreach (var m in marked)
        {
            spans.Add(m.Span);
        }

        var (title, titleSpan) = run.Title(marked);
        var date = run.ArticleDate();
        return new ArticleMetadata(title, titleSpan, date?.Iso, date?.Span, run.Outlet(), spans);
    }

    /// <summary>The boilerplate lines in text order, each with the id of the rule that marked it (for explaining output).</summary>
    public IReadOnlyList<BoilerplateLine> FindBoilerplate(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Run(this, text.Text).Boilerplate();
    }

    private static RuleSet Check(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules;
    }

    /// <summary>The per-text state of one extraction: line facts and lazily computed per-line matches.</summary>
    private sealed class Run
    {
        private readonly MetadataExtractor x;
        private readonly string text;
        private readonly LineInfo[] lines;
        private readonly int[] nonBlank;
        private readonly int[] signatureOf;
        private readonly DateHit?[] dateOf;
        private readonly bool[] dateDone;
        private readonly int firstProse;
        private readonly bool[] repeated;
        private DateHit? articleDate;
        private int articleDateLine = -1;
        private bool articleDateDone;

        public Run(MetadataExtractor x, string text)
        {
            this.x = x;
            this.text = text;
            lines = TextLines.Split(text);
            nonBlank = NonBlank(lines);
            signatureOf = new int[lines.Length];
            dateOf = new DateHit?[lines.Length];
            dateDone = new bool[lines.Length];
            repeated = new bool[lines.Length];
            firstProse = int.MaxValue;

            // Sized for every line up front: growing the set rehashed each line's text again and again.
            var seen = new HashSet<int>(nonBlank.Length, new LineTextComparer(text, lines));
            foreach (var i in nonBlank)
            {
                var line = lines[i];
                signatureOf[i] = x.signatures.Find(text, line);
                repeated[i] = !seen.Add(i);
                if (firstProse == int.MaxValue && line.Words >= x.proseMinWords && line.EndsLikeSentence)
                {
                    firstProse = i;
                }
            }
        }

        private static int[] NonBlank(LineInfo[] lines)
        {
            int count = 0;
            foreach (var line in lines)
            {
                count += line.IsBlank ? 0 : 1;
            }

            var result = new int[count];
            int k = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                if (!lines[i].IsBlank)
                {
                    result[k++] = i;
                }
            }

            return result;
        }

        public List<BoilerplateLine> Boilerplate()
        {
            var result = new List<BoilerplateLine>();
            for (var k = 0; k < nonBlank.Length; k++)
            {
                var i = nonBlank[k];
                foreach (var rule in x.rules)
                {
                    if (Matches(rule, k))
                    {
                        result.Add(new BoilerplateLine(new TextSpan(lines[i].Start, lines[i].End), rule.Id));
                        break;
                    }
                }
            }

            return result;
        }

        public (string? Title, TextSpan? Span) Title(List<BoilerplateLine> boilerplate)
        {
            var marked = new HashSet<int>(boilerplate.Select(b => b.Span.Start));
            var dateLine = ArticleDateLine();
            var s = x.settings;
            for (var k = 0; k < nonBlank.Length && k < s.TitleSearchLines; k++)
            {
                var i = nonBlank[k];
                var line = lines[i];
                if (i == dateLine && !articleDate!.Value.IsDateLine)
                {
                    // The date marker opens the body ("date 2020-11-13 As protests …"): no headline line.
                    return (null, null);
                }

                if (marked.Contains(line.Start) || signatureOf[i] >= 0 || i == dateLine || line.Words < s.TitleMinWords)
                {
                    continue;
                }

                var sentence = line.Words > s.TitleMaxWordsWithPeriod && text[line.TrimEnd - 1] == '.' && !IsTitleCase(line);
                if (line.Words > s.TitleMaxWords || sentence || i > firstProse)
                {
                    return (null, null);
                }

                return (text.Substring(line.TrimStart, line.TrimLength), new TextSpan(line.TrimStart, line.TrimEnd));
            }

            return (null, null);
        }

        public DateHit? ArticleDate()
        {
            ArticleDateLine();
            return articleDate;
        }

        /// <summary>The outlet with the most signature lines (the earliest wins a tie), or null.</summary>
        public string? Outlet()
        {
            var counts = new Dictionary<int, int>();
            var best = -1;
            foreach (var i in nonBlank)
            {
                var o = signatureOf[i];
                if (o < 0)
                {
                    continue;
                }

                counts[o] = counts.GetValueOrDefault(o) + 1;
                if (best < 0 || counts[o] > counts[best])
                {
                    best = o;
                }
            }

            return best < 0 ? null : x.outletNames[best];
        }

        /// <summary>Enough words start with a capital letter ("Cruz Has 'To Come a Long Way' On Ethanol.").</summary>
        private bool IsTitleCase(LineInfo line)
        {
            if (x.settings.TitleCaseMinPercent == 0)
            {
                return false;
            }

            int words = 0, capitalized = 0;
            var atWordStart = true;
            for (var i = line.TrimStart; i < line.TrimEnd; i++)
            {
                var c = text[i];
                if (TextLines.IsSpace(c))
                {
                    atWordStart = true;
                }
                else if (atWordStart && char.IsLetter(c))
                {
                    // The first letter of a word, after any opening quotes or brackets.
                    words++;
                    capitalized += char.IsUpper(c) ? 1 : 0;
                    atWordStart = false;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    atWordStart = false;
                }
            }

            return words > 0 && capitalized * 100 >= words * x.settings.TitleCaseMinPercent;
        }

        private int ArticleDateLine()
        {
            if (!articleDateDone)
            {
                articleDateDone = true;
                for (var k = 0; k < nonBlank.Length && k < x.settings.DateSearchLines; k++)
                {
                    if (x.settings.DateBeforeBody && nonBlank[k] > firstProse)
                    {
                        break;
                    }

                    if (DateOf(nonBlank[k]) is { } hit)
                    {
                        articleDate = hit;
                        articleDateLine = nonBlank[k];
                        break;
                    }
                }
            }

            return articleDateLine;
        }

        private DateHit? DateOf(int i)
        {
            if (!dateDone[i])
            {
                dateDone[i] = true;
                dateOf[i] = x.dates.Match(text, lines[i]);
            }

            return dateOf[i];
        }

        private bool Matches(CompiledBoilerplateRule rule, int k)
        {
            var i = nonBlank[k];
            var line = lines[i];
            return rule.Kind switch
            {
                "match" => rule.Fits(line) && rule.MatchesText(text, line),
                "repeat" => repeated[i] && rule.Fits(line),
                "signature" => signatureOf[i] >= 0 && rule.Fits(line),
                "date" => rule.Fits(line) && DateOf(i) is { IsDateLine: true },
                "teaser" => i > firstProse && !line.EndsLikeSentence && rule.Fits(line) && RepeatsNearby(k, rule.Window),
                "joined" => IsJoined(k, rule),
                _ => false,
            };
        }

        /// <summary>A nearby line is the same text, or ends with it ("READ MORE: &lt;this line&gt;").</summary>
        private bool RepeatsNearby(int k, int window)
        {
            var line = lines[nonBlank[k]];
            var content = text.AsSpan(line.TrimStart, line.TrimLength);
            for (var j = Math.Max(0, k - window); j <= Math.Min(nonBlank.Length - 1, k + window); j++)
            {
                var other = lines[nonBlank[j]];
                if (j == k || other.TrimLength < line.TrimLength)
                {
                    continue;
                }

                var o = text.AsSpan(other.TrimStart, other.TrimLength);
                if (o.EndsWith(content, StringComparison.OrdinalIgnoreCase)
                    && (o.Length == content.Length || !TextLines.IsWordChar(o[^(content.Length + 1)])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The line is a nearby headline-like line glued to other text: "&lt;standfirst&gt;&lt;title&gt;" where
        /// the standfirst does not end like a sentence, or "&lt;title&gt;&lt;text&gt;" joined without a space.
        /// </summary>
        private bool IsJoined(int k, CompiledBoilerplateRule rule)
        {
            var line = lines[nonBlank[k]];
            var content = text.AsSpan(line.TrimStart, line.TrimLength);
            for (var j = Math.Max(0, k - rule.Window); j <= Math.Min(nonBlank.Length - 1, k + rule.Window); j++)
            {
                var other = lines[nonBlank[j]];
                if (j == k || other.TrimLength >= line.TrimLength || !rule.Fits(other))
                {
                    continue;
                }

                var o = text.AsSpan(other.TrimStart, other.TrimLength);
                if (content.EndsWith(o, StringComparison.OrdinalIgnoreCase))
                {
                    var head = content[..^o.Length];
                    if (TextLines.CountWords(text, line.TrimStart, line.TrimStart + head.Length) > 0
                        && !TextLines.EndsLikeSentence(text, line.TrimStart, line.TrimStart + head.Length))
                    {
                        return true;
                    }
                }

                if (content.StartsWith(o, StringComparison.OrdinalIgnoreCase) && !TextLines.IsSpace(content[o.Length]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
