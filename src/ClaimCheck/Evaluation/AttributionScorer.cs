using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>
/// Scores predicted statements against gold attributions, article by article, and sums the counts
/// (micro-averaging). Per role, exact scoring compares the distinct trimmed spans of an article
/// (a span shared by two attributions counts once); overlap scoring compares the sets of tokens
/// the gold and predicted spans cover.
/// </summary>
public sealed class AttributionScorer
{
    private const double FoundThreshold = 0.5;

    private readonly List<ArticleErrors> _errors = [];
    private SplitScores _all;
    private SplitScores _direct;
    private SplitScores _other;
    private int _articles;

    /// <summary>Scores one article and adds its counts.</summary>
    public void Add(GoldArticle article, IReadOnlyList<Statement> predicted)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(predicted);
        var text = article.Text.Text;
        var tokens = new TokenIndex(text);
        var gold = article.Attributions
            .Select(g => new Item(g.Source, g.Cue, g.Content, EvalText.IsDirect(text, g.Content)))
            .ToList();
        var pred = predicted
            .Select(s => new Item(
                s.Source is { } src ? [src] : [],
                s.Cue is { } cue ? [cue.Span] : [],
                [.. s.Content.OrderBy(p => p.Start)],
                EvalText.IsDirect(text, s.Content)))
            .ToList();

        var source = ScoreRole(text, tokens, gold, pred, i => i.Source);
        var cues = ScoreRole(text, tokens, gold, pred, i => i.Cue);
        var content = ScoreRole(text, tokens, gold, pred, i => i.Content);
        var attributions = ScoreAttributions(article, predicted, tokens, gold, pred);

        _all += new SplitScores(source[0], cues[0], content[0], attributions[0]);
        _direct += new SplitScores(source[1], cues[1], content[1], attributions[1]);
        _other += new SplitScores(source[2], cues[2], content[2], attributions[2]);
        _articles++;
    }

    /// <summary>The sums so far.</summary>
    public EvalResult Result() => new(_articles, _all, _direct, _other, [.. _errors]);

    /// <summary>Role scores for all, direct and other (in that order).</summary>
    private static RoleScores[] ScoreRole(
        string text, TokenIndex tokens, List<Item> gold, List<Item> pred, Func<Item, IReadOnlyList<TextSpan>> role)
    {
        var goldUnits = Units(text, gold, role);
        var predUnits = Units(text, pred, role);
        var exact = new MatchCounts[3];
        foreach (var (unit, direct) in goldUnits.Values)
        {
            var hit = predUnits.Values.Any(p => p.Unit.Matches(unit)) ? 1 : 0;
            exact[0] += new MatchCounts(1, hit, 0, 0);
            exact[direct ? 1 : 2] += new MatchCounts(1, hit, 0, 0);
        }
        foreach (var (unit, direct) in predUnits.Values)
        {
            var hit = goldUnits.Values.Any(g => g.Unit.Matches(unit)) ? 1 : 0;
            exact[0] += new MatchCounts(0, 0, 1, hit);
            exact[direct ? 1 : 2] += new MatchCounts(0, 0, 1, hit);
        }

        var goldTokens = TokenSets(tokens, gold, role);
        var predTokens = TokenSets(tokens, pred, role);
        var scores = new RoleScores[3];
        for (var s = 0; s < 3; s++)
        {
            var overlap = new MatchCounts(
                goldTokens[s].Count,
                goldTokens[s].Count(predTokens[0].Contains),
                predTokens[s].Count,
                predTokens[s].Count(goldTokens[0].Contains));
            scores[s] = new RoleScores(exact[s], overlap);
        }
        return scores;
    }

    /// <summary>The distinct trimmed spans of one role, each marked direct if any statement holding it is.</summary>
    private static SortedDictionary<string, (Unit Unit, bool Direct)> Units(
        string text, List<Item> items, Func<Item, IReadOnlyList<TextSpan>> role)
    {
        var units = new SortedDictionary<string, (Unit Unit, bool Direct)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var pieces = role(item).Select(p => EvalText.Trim(text, p)).Where(p => !p.IsEmpty).ToArray();
            if (pieces.Length == 0)
            {
                continue;
            }
            var unit = new Unit(pieces);
            var key = string.Join(';', pieces);
            units[key] = units.TryGetValue(key, out var known) ? (known.Unit, known.Direct || item.Direct) : (unit, item.Direct);
        }
        return units;
    }

    /// <summary>Token sets covered by one role: all, direct, other.</summary>
    private static HashSet<int>[] TokenSets(TokenIndex tokens, List<Item> items, Func<Item, IReadOnlyList<TextSpan>> role)
    {
        var sets = new[] { new HashSet<int>(), new HashSet<int>(), new HashSet<int>() };
        foreach (var item in items)
        {
            var covered = tokens.Covered(role(item).Where(p => !p.IsEmpty));
            sets[0].UnionWith(covered);
            sets[item.Direct ? 1 : 2].UnionWith(covered);
        }
        return sets;
    }

    private AttributionCounts[] ScoreAttributions(
        GoldArticle article, IReadOnlyList<Statement> predicted, TokenIndex tokens, List<Item> gold, List<Item> pred)
    {
        var counts = new AttributionCounts[3];
        var goldTokens = gold.Select(g => tokens.Covered(g.Content.Where(p => !p.IsEmpty))).ToList();
        var predTokens = pred.Select(p => tokens.Covered(p.Content.Where(q => !q.IsEmpty))).ToList();
        var misses = new List<MissedAttribution>();
        var wrongSources = new List<WrongSource>();
        var wrongContents = new List<WrongContent>();
        var falseAlarms = new List<Statement>();

        for (var g = 0; g < gold.Count; g++)
        {
            var best = -1;
            var bestCoverage = 0.0;
            for (var p = 0; p < pred.Count; p++)
            {
                var coverage = Coverage(gold[g], goldTokens[g], pred[p], predTokens[p]);
                if (coverage > bestCoverage)
                {
                    best = p;
                    bestCoverage = coverage;
                }
            }
            var goldAttribution = article.Attributions[g];
            var found = bestCoverage >= FoundThreshold;
            var withSource = found && goldAttribution.HasSource;
            var sourceCorrect = withSource
                && pred[best].Source.Any(s => goldAttribution.Source.Any(s.Overlaps));
            var add = new AttributionCounts(1, found ? 1 : 0, withSource ? 1 : 0, sourceCorrect ? 1 : 0, 0, 0);
            counts[0] += add;
            counts[gold[g].Direct ? 1 : 2] += add;
            if (!found)
            {
                misses.Add(new MissedAttribution(goldAttribution, best >= 0 ? predicted[best] : null, bestCoverage));
            }
            else if (withSource && !sourceCorrect)
            {
                wrongSources.Add(new WrongSource(goldAttribution, predicted[best]));
            }
            if (found && !SameContent(article.Text.Text, gold[g], pred[best]))
            {
                wrongContents.Add(new WrongContent(goldAttribution, predicted[best]));
            }
        }

        for (var p = 0; p < pred.Count; p++)
        {
            var matched = false;
            for (var g = 0; g < gold.Count && !matched; g++)
            {
                matched = Coverage(gold[g], goldTokens[g], pred[p], predTokens[p]) >= FoundThreshold;
            }
            var add = new AttributionCounts(0, 0, 0, 0, 1, matched ? 1 : 0);
            counts[0] += add;
            counts[pred[p].Direct ? 1 : 2] += add;
            if (!matched)
            {
                falseAlarms.Add(predicted[p]);
            }
        }

        var errors = new ArticleErrors(article.Name, article.Text, misses, falseAlarms, wrongSources, wrongContents);
        if (!errors.IsEmpty)
        {
            _errors.Add(errors);
        }
        return counts;
    }

    /// <summary>Whether the trimmed content pieces match as exact scoring compares them.</summary>
    private static bool SameContent(string text, Item gold, Item pred)
    {
        var g = gold.Content.Select(p => EvalText.Trim(text, p)).Where(p => !p.IsEmpty).ToArray();
        var p = pred.Content.Select(q => EvalText.Trim(text, q)).Where(q => !q.IsEmpty).ToArray();
        return g.Length > 0 && p.Length > 0 && new Unit(g).Matches(new Unit(p));
    }

    /// <summary>The share of the gold content's tokens the prediction's content covers.</summary>
    private static double Coverage(Item gold, HashSet<int> goldTokens, Item pred, HashSet<int> predTokens)
    {
        if (goldTokens.Count == 0)
        {
            // Content without a letter or digit (rare): any overlap finds it.
            return gold.Content.Any(g => pred.Content.Any(p => !p.IsEmpty && g.Overlaps(p))) ? 1 : 0;
        }
        return (double)goldTokens.Count(predTokens.Contains) / goldTokens.Count;
    }

    /// <summary>A gold attribution or a prediction reduced to what is scored.</summary>
    private sealed record Item(
        IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Content, bool Direct);

    /// <summary>The trimmed pieces of one role: equal if the pieces are, or their overall extents.</summary>
    private sealed class Unit(TextSpan[] pieces)
    {
        public TextSpan[] Pieces { get; } = pieces;

        public TextSpan Extent { get; } = new(pieces[0].Start, pieces.Max(p => p.End));

        public bool Matches(Unit other) => Extent == other.Extent || Pieces.AsSpan().SequenceEqual(other.Pieces);
    }
}
