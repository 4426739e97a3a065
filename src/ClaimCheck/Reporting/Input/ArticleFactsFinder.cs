using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Mentions;
using ClaimCheck.Framing;
using ClaimCheck.Linking;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Reporting.Input;

/// <summary>
/// Finds an article's <see cref="ArticleFacts"/> from what the analyzer computed anyway (segments,
/// quotations, mentions), so a report costs no second pass over the text. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The analyzer finds no mentions inside quotations (quoted words are content, not sources), but a
/// description there is still a descriptor (marked as quoted): those are found by a scan of the
/// quoted words alone, only in articles that have quotations.
/// </remarks>
public sealed class ArticleFactsFinder
{
    /// <summary>A narration sentence shorter than this says too little to be a claim.</summary>
    private const int MinNarrationWords = 6;

    private readonly HedgeLexicon hedges;
    private readonly MentionFinder mentions;
    private readonly Segmenter segmenter;
    private readonly RoleWords roles;

    public ArticleFactsFinder(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        hedges = new HedgeLexicon(rules.Framing);
        mentions = new MentionFinder(rules.Mentions, rules.Outlets);
        segmenter = new Segmenter(rules.Abbreviations);
        roles = new RoleWords(rules.Coreference);
    }

    /// <summary>The facts of an analysis from its inspection (the analyzer's intermediate results).</summary>
    public ArticleFacts Find(ArticleInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        return Find(inspection.Analysis, inspection.Segmented, inspection.Quotes, inspection.Mentions);
    }

    /// <summary>The facts of an analysis made without an inspection (hand-built ones): segments and scans here.</summary>
    public ArticleFacts Find(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var segmented = segmenter.Segment(analysis.Source);
        var quotes = QuoteFinder.Find(segmented);
        var exclude = analysis.Metadata.Boilerplate.Concat(quotes.Where(q => q.IsTopLevel).Select(q => q.Inner)).OrderBy(s => s.Start).ToList();
        return Find(analysis, segmented, quotes, mentions.Find(segmented, exclude));
    }

    private ArticleFacts Find(ArticleAnalysis analysis, SegmentedText segmented, IReadOnlyList<Quotation> quotes, IReadOnlyList<Mention> outside)
    {
        string text = analysis.Source.Text;
        var boilerplate = analysis.Metadata.Boilerplate;
        bool Furniture(TextSpan span) => boilerplate.Any(b => b.Overlaps(span));

        var hedgeList = hedges.Find(text, new TextSpan(0, text.Length)).Where(h => !Furniture(h.Span)).ToList();
        var scare = quotes.Where(q => q.IsTermLike && !Furniture(q.Outer))
            .Select(q => text.Substring(q.Inner.Start, q.Inner.Length).Trim())
            .ToList();
        var topLevel = quotes.Where(q => q.IsTopLevel).ToList();
        return new ArticleFacts(hedgeList, scare, Narration(analysis, segmented), Unattributed(analysis, topLevel), Persons(analysis, segmented, topLevel, outside));
    }

    /// <summary>The article's own sentences: no statement in them, not page furniture, long enough to say something.</summary>
    private static List<TextPiece> Narration(ArticleAnalysis analysis, SegmentedText segmented)
    {
        var taken = analysis.Statements
            .SelectMany(s => new[] { s.Extent, s.Source ?? default, s.Cue?.Span ?? default })
            .Where(t => !t.IsEmpty)
            .Concat(analysis.Metadata.Boilerplate)
            .ToList();
        if (analysis.Metadata.TitleSpan is { } title)
        {
            taken.Add(title);
        }

        var result = new List<TextPiece>();
        foreach (var sentence in segmented.Sentences)
        {
            if (sentence.TokenCount >= MinNarrationWords && !taken.Exists(t => t.Overlaps(sentence.Span)))
            {
                result.Add(new TextPiece(sentence.Span, analysis.Source.ToString(sentence.Span)));
            }
        }

        return result;
    }

    private static List<TextPiece> Unattributed(ArticleAnalysis analysis, List<Quotation> topLevel)
    {
        var covered = analysis.Statements.SelectMany(s => s.Content.Append(s.Extent)).ToList();
        var result = new List<TextPiece>();
        foreach (var q in topLevel)
        {
            if (q.IsTermLike || q.Inner.IsEmpty
                || covered.Exists(c => c.Overlaps(q.Inner))
                || analysis.Metadata.Boilerplate.Any(b => b.Overlaps(q.Outer)))
            {
                continue;
            }

            result.Add(new TextPiece(q.Inner, analysis.Source.ToString(q.Inner)));
        }

        return result;
    }

    /// <summary>Persons named (with their roles) and single-person descriptions, outside and inside quotations.</summary>
    private List<PersonMention> Persons(ArticleAnalysis analysis, SegmentedText segmented, List<Quotation> topLevel, IReadOnlyList<Mention> outside)
    {
        IEnumerable<Mention> all = outside;
        var inner = topLevel.Select(q => q.Inner).Where(s => !s.IsEmpty).ToList();
        if (inner.Count > 0)
        {
            all = all.Concat(QuotedMentions(analysis, segmented, inner));
        }

        var list = all.ToList();
        var result = new List<PersonMention>();
        foreach (var m in list.Where(m => m.Type == EntityType.Person))
        {
            bool quoted = inner.Exists(q => q.Contains(m.Span));
            if (m.Kind == MentionKind.Name && m.Name is { } name)
            {
                result.Add(new PersonMention(m.Span, name, m.Role, null, quoted));
            }
            else if (m.Kind == MentionKind.Description && !m.Plural)
            {
                result.Add(new PersonMention(m.Span, null, m.Role, analysis.Source.ToString(m.Span), quoted));
            }
        }

        result.AddRange(RoleDescriptions(analysis, segmented, list, inner));
        result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return result;
    }

    /// <summary>
    /// "The usurper", "the ageing dictator": a definite description whose head is a role word of the
    /// coreference synonym groups, where no mention was found (the mention lexicon lists fewer role
    /// nouns than the synonym groups know). At most two lower-case modifiers between "the" and the
    /// head; a capitalized word right after the head makes it a title ("the President Lukashenko"),
    /// which the name mention covers.
    /// </summary>
    private IEnumerable<PersonMention> RoleDescriptions(ArticleAnalysis analysis, SegmentedText segmented, List<Mention> found, List<TextSpan> inner)
    {
        var tokens = segmented.Tokens;
        var taken = found.Select(m => m.Span).Concat(analysis.Metadata.Boilerplate).ToList();
        for (int t = 0; t < tokens.Count; t++)
        {
            if (!segmented.TextOf(tokens[t]).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (int h = t + 1; h < tokens.Count && h <= t + 3; h++)
            {
                var word = segmented.TextOf(tokens[h]);
                if (word.Length < 3 || !IsLowerWord(word))
                {
                    break;
                }

                string head = word.ToString();
                if (!roles.IsRoleHead(head))
                {
                    continue;
                }

                var span = new TextSpan(tokens[t].Start, tokens[h].End);
                bool titled = h + 1 < tokens.Count && segmented.TextOf(tokens[h + 1]) is { Length: > 0 } next && char.IsUpper(next[0]);
                if (!titled && !taken.Exists(s => s.Overlaps(span)))
                {
                    yield return new PersonMention(span, null, null, analysis.Source.ToString(span), inner.Exists(q => q.Contains(span)));
                }

                break;
            }
        }
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Mentions starting inside quoted words: everything else (and page furniture) is excluded.</summary>
    private IEnumerable<Mention> QuotedMentions(ArticleAnalysis analysis, SegmentedText segmented, List<TextSpan> inner)
    {
        var exclude = new List<TextSpan>(analysis.Metadata.Boilerplate);
        int at = 0;
        foreach (var q in inner.OrderBy(s => s.Start))
        {
            if (q.Start > at)
            {
                exclude.Add(new TextSpan(at, q.Start));
            }

            at = Math.Max(at, q.End);
        }

        if (at < analysis.Source.Length)
        {
            exclude.Add(new TextSpan(at, analysis.Source.Length));
        }

        exclude.Sort((a, b) => a.Start.CompareTo(b.Start));
        try
        {
            return mentions.Find(segmented, exclude).Where(m => inner.Exists(q => q.Contains(m.Span.Start)));
        }
#pragma warning disable CA1031 // Descriptors are an extra: a failure on odd text costs them, never the report.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }
}
