using ClaimCheck.Evaluation;
using ClaimCheck.Extraction;
using ClaimCheck.Text;
using static ClaimCheck.Tests.Evaluation.Sample;

namespace ClaimCheck.Tests.Evaluation;

public class AttributionScorerTests
{
    private static EvalResult Score(GoldArticle article, params Statement[] predicted)
    {
        var scorer = new AttributionScorer();
        scorer.Add(article, predicted);
        return scorer.Result();
    }

    private static Statement[] PerfectPredictions() =>
    [
        Gold.Predict([DoeContent], DoeCue, DoeSource),
        Gold.Predict([CouncilContent], CouncilCue, CouncilSource),
        Gold.Predict([SmithFirst, SmithSecond], SmithCue, SmithSource),
    ];

    private static IEnumerable<MatchCounts> AllCounts(SplitScores s) =>
        [s.Source.Exact, s.Source.Overlap, s.Cue.Exact, s.Cue.Overlap, s.Content.Exact, s.Content.Overlap];

    [Fact]
    public void Perfect_predictions_score_one_everywhere()
    {
        var result = Score(Gold.Article(Body, Annotations), PerfectPredictions());

        foreach (var split in new[] { result.All, result.Direct, result.Other })
        {
            foreach (var counts in AllCounts(split))
            {
                Assert.Equal(1.0, counts.Precision);
                Assert.Equal(1.0, counts.Recall);
                Assert.Equal(1.0, counts.F1);
            }
            Assert.Equal(1.0, split.Attributions.FoundShare);
            Assert.Equal(1.0, split.Attributions.SourceShare);
            Assert.Equal(1.0, split.Attributions.Precision);
        }
        Assert.Equal(new MatchCounts(3, 3, 3, 3), result.All.Content.Exact);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Spans_shifted_by_one_word_fail_exactly_but_overlap_mostly()
    {
        const string text = "Officials said the new bridge will open in May after long delays.";
        var ann = string.Join('\n',
            Gold.T("T1", "Source", text, Gold.Find(text, "Officials")),
            Gold.T("T2", "Cue", text, Gold.Find(text, "said")),
            Gold.T("T3", "Content", text, Gold.Find(text, "the new bridge will open in May")),
            Gold.T("T4", "Attribution", text, Gold.Find(text, "said")),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1");
        var shifted = Gold.Predict(
            [Gold.Find(text, "new bridge will open in May after")],
            Gold.Find(text, "the"),
            Gold.Find(text, "said"));

        var result = Score(Gold.Article(text, ann), shifted);

        var content = result.All.Content;
        Assert.Equal(0.0, content.Exact.F1);
        Assert.Equal(new MatchCounts(7, 6, 7, 6), content.Overlap);
        Assert.Equal(6.0 / 7, content.Overlap.F1!.Value, 9);
        Assert.Equal(0.0, result.All.Cue.Overlap.F1);
        // 6 of 7 content tokens are covered, so the attribution is found, but the source is wrong.
        Assert.Equal(new AttributionCounts(1, 1, 1, 0, 1, 1), result.All.Attributions);
        Assert.Single(Assert.Single(result.Errors).WrongSources);
    }

    [Fact]
    public void No_predictions_give_zero_recall_and_no_precision()
    {
        var result = Score(Gold.Article(Body, Annotations));

        foreach (var counts in AllCounts(result.All))
        {
            Assert.Equal(0.0, counts.Recall);
            Assert.Null(counts.Precision);
            Assert.Null(counts.F1);
        }
        Assert.Equal(new AttributionCounts(3, 0, 0, 0, 0, 0), result.All.Attributions);
        Assert.Equal(3, Assert.Single(result.Errors).Misses.Count);
    }

    [Fact]
    public void Quotes_white_space_and_trailing_punctuation_are_trimmed_before_exact_matching()
    {
        // Predicted without the quotation marks, the cue with a trailing comma, the source with a trailing space.
        var predicted = Gold.Predict(
            [Gold.Find(Body, "We will cut taxes next year")],
            Gold.Find(Body, "said,"),
            new TextSpan(DoeSource.Start, DoeSource.End + 1));

        var result = Score(Gold.Article(Body, Annotations), predicted);

        Assert.Equal(new MatchCounts(2, 1, 1, 1), result.Direct.Content.Exact);
        Assert.Equal(1, result.All.Cue.Exact.PredictedMatched);
        Assert.Equal(1, result.All.Source.Exact.PredictedMatched);
    }

    [Fact]
    public void Trimming_helper_strips_marks_at_both_ends_and_punctuation_only_at_the_end()
    {
        const string text = " “‘Yes,’ she said.”; ";
        var trimmed = EvalText.Trim(text, new TextSpan(0, text.Length));

        Assert.Equal("Yes,’ she said", text[trimmed.Start..trimmed.End]);
        Assert.Equal(new TextSpan(0, 2), EvalText.Trim(".x,", new TextSpan(0, 3)));
        Assert.True(EvalText.Trim(" \"., ", new TextSpan(0, 5)).IsEmpty);
    }

    [Fact]
    public void Discontinuous_content_matches_its_pieces_or_their_extent()
    {
        var article = Gold.Article(Body, Annotations);
        var byPieces = Gold.Predict([Gold.Find(Body, "It is a disgrace"), Gold.Find(Body, "and we will fight it")], SmithCue, SmithSource);
        var byExtent = Gold.Predict([new TextSpan(SmithFirst.Start, SmithSecond.End)], SmithCue, SmithSource);
        var firstPieceOnly = Gold.Predict([SmithFirst], SmithCue, SmithSource);

        Assert.Equal(1, Score(article, byPieces).All.Content.Exact.PredictedMatched);
        Assert.Equal(1, Score(article, byExtent).All.Content.Exact.PredictedMatched);
        var partial = Score(article, firstPieceOnly).All;
        Assert.Equal(0, partial.Content.Exact.PredictedMatched);
        // 4 of the 9 content tokens: not enough to find the attribution.
        Assert.Equal(new MatchCounts(20, 4, 4, 4), partial.Content.Overlap);
        Assert.Equal(0, partial.Attributions.Found);
    }

    [Fact]
    public void Tokens_are_counted_by_position_not_by_word()
    {
        // "the" appears in the predicted span and twice in the text; only the gold position counts.
        const string text = "He said the plan works and the vote is near.";
        var ann = string.Join('\n',
            Gold.T("T1", "Content", text, Gold.Find(text, "the plan works")),
            Gold.T("T2", "Cue", text, Gold.Find(text, "said")),
            Gold.T("T3", "Attribution", text, Gold.Find(text, "said")),
            "E1\tAttribution-no-source:T3 Content:T1 Cue:T2");
        var predicted = Gold.Predict([Gold.Find(text, "the vote is near")], null, null);

        var result = Score(Gold.Article(text, ann), predicted);

        Assert.Equal(new MatchCounts(3, 0, 4, 0), result.All.Content.Overlap);
    }

    [Fact]
    public void Direct_and_other_are_split_by_quotation_marks()
    {
        // E1 and E3 hold quotation marks; E2 does not. Only E1 is predicted, without its marks.
        var result = Score(Gold.Article(Body, Annotations), Gold.Predict([Gold.Find(Body, "We will cut taxes next year.")], DoeCue, DoeSource));

        Assert.Equal(new MatchCounts(2, 1, 1, 1), result.Direct.Content.Exact);
        Assert.Equal(new MatchCounts(1, 0, 0, 0), result.Other.Content.Exact);
        Assert.Equal(new AttributionCounts(2, 1, 1, 1, 1, 1), result.Direct.Attributions);
        Assert.Equal(new AttributionCounts(1, 0, 0, 0, 0, 0), result.Other.Attributions);
        Assert.Equal(result.All.Attributions, result.Direct.Attributions + result.Other.Attributions);
    }

    [Theory]
    [InlineData("He said \"we win\" today.", "\"we win\"", true)]
    [InlineData("He said “we win” today.", "we win", true)]
    [InlineData("He said that “the plan” works.", "that “the plan” works", true)]
    [InlineData("He said 'we win' today.", "'we win'", true)]
    [InlineData("He said Clinton’s team won.", "Clinton’s team won", false)]
    [InlineData("He said the voters’ mood changed.", "the voters’ mood changed", false)]
    [InlineData("He said that we win.", "that we win", false)]
    public void Direct_test_ignores_apostrophes(string text, string content, bool direct)
    {
        Assert.Equal(direct, EvalText.IsDirect(text, [Gold.Find(text, content)]));
    }

    [Fact]
    public void Attribution_level_counts_found_sources_and_precision()
    {
        var article = Gold.Article(Body, Annotations);
        var right = Gold.Predict([DoeContent], DoeCue, Gold.Find(Body, "Jane Doe"), "right");
        var tooShort = Gold.Predict([Gold.Find(Body, "the budget")], CouncilCue, CouncilSource, "short");
        var wrongSource = Gold.Predict([Gold.Find(Body, "is a disgrace"), SmithSecond], SmithCue, SmithCue, "wrong-source");
        var stray = Gold.Predict([Gold.Find(Body, "next year")], null, null, "stray");

        var result = Score(article, right, tooShort, wrongSource, stray);

        // Found: E1 (all tokens), E3 (8 of 9); E2 has 2 of 5 tokens. Sources: E1 right, E3 wrong.
        Assert.Equal(new AttributionCounts(3, 2, 2, 1, 4, 2), result.All.Attributions);
        Assert.Equal(2.0 / 3, result.All.Attributions.FoundShare!.Value, 9);
        Assert.Equal(0.5, result.All.Attributions.SourceShare);
        Assert.Equal(0.5, result.All.Attributions.Precision);
        var errors = Assert.Single(result.Errors);
        var miss = Assert.Single(errors.Misses);
        Assert.Equal("E2", miss.Gold.Id);
        Assert.Equal("short", miss.Nearest?.Rule);
        Assert.Equal(0.4, miss.Coverage, 9);
        Assert.Equal(["short", "stray"], errors.FalseAlarms.Select(s => s.Rule));
        Assert.Equal("E3", Assert.Single(errors.WrongSources).Gold.Id);
    }

    [Fact]
    public void Found_attributions_with_a_different_content_span_are_listed_as_wrong_contents()
    {
        const string text = "The mayor said the harbour will reopen in June, officials added. Ann Lee said rates will fall.";
        var ann = string.Join('\n',
            Gold.T("T1", "Source", text, Gold.Find(text, "The mayor")),
            Gold.T("T2", "Cue", text, Gold.Find(text, "said")),
            Gold.T("T3", "Content", text, Gold.Find(text, "the harbour will reopen in June")),
            Gold.T("T4", "Attribution", text, Gold.Find(text, "said")),
            Gold.T("T5", "Source", text, Gold.Find(text, "Ann Lee")),
            Gold.T("T6", "Cue", text, Gold.Find(text, "said", 1)),
            Gold.T("T7", "Content", text, Gold.Find(text, "rates will fall.")),
            Gold.T("T8", "Attribution", text, Gold.Find(text, "said", 1)),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5");
        var runsOn = Gold.Predict(
            [Gold.Find(text, "the harbour will reopen in June, officials added")],
            Gold.Find(text, "said"),
            Gold.Find(text, "The mayor"),
            "runs-on");
        // Trimming drops the closing full stop, so this one matches exactly.
        var right = Gold.Predict([Gold.Find(text, "rates will fall")], Gold.Find(text, "said", 1), Gold.Find(text, "Ann Lee"), "right");

        var result = Score(Gold.Article(text, ann), runsOn, right);

        var errors = Assert.Single(result.Errors);
        var wrong = Assert.Single(errors.WrongContents);
        Assert.Equal("E1", wrong.Gold.Id);
        Assert.Equal("runs-on", wrong.Predicted.Rule);
        Assert.Empty(errors.Misses);
        Assert.Empty(errors.WrongSources);
        var md = EvalReport.ErrorsToMarkdown(result);
        Assert.Contains("1 wrong contents", md, StringComparison.Ordinal);
        Assert.Contains("### Wrong contents (1)", md, StringComparison.Ordinal);
        Assert.Contains("  - start: same; end: predicted longer\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributions_without_a_gold_source_are_left_out_of_the_source_share()
    {
        const string text = "It was reported that rain is coming.";
        var ann = string.Join('\n',
            Gold.T("T1", "Content", text, Gold.Find(text, "that rain is coming")),
            Gold.T("T2", "Cue", text, Gold.Find(text, "was reported")),
            Gold.T("T3", "Attribution-no-source", text, Gold.Find(text, "was reported")),
            "E1\tAttribution-no-source:T3 Content:T1 Cue:T2");

        var result = Score(Gold.Article(text, ann), Gold.Predict([Gold.Find(text, "rain is coming")], null, Gold.Find(text, "It")));

        Assert.Equal(new AttributionCounts(1, 1, 0, 0, 1, 1), result.All.Attributions);
        Assert.Null(result.All.Attributions.SourceShare);
        Assert.Equal(new MatchCounts(0, 0, 1, 0), result.All.Source.Exact);
    }

    [Fact]
    public void Counts_add_up_over_articles()
    {
        var scorer = new AttributionScorer();
        scorer.Add(Gold.Article(Body, Annotations, "one"), PerfectPredictions());
        scorer.Add(Gold.Article(Body, Annotations, "two"), []);

        var result = scorer.Result();

        Assert.Equal(2, result.Articles);
        Assert.Equal(new MatchCounts(6, 3, 3, 3), result.All.Content.Exact);
        Assert.Equal(0.5, result.All.Content.Exact.Recall);
        Assert.Equal("two", Assert.Single(result.Errors).Article);
    }
}
