using System.Text.Json;
using ClaimCheck.Evaluation;
using static ClaimCheck.Tests.Evaluation.Sample;

namespace ClaimCheck.Tests.Evaluation;

public class EvalReportTests
{
    private static EvalResult Result()
    {
        var scorer = new AttributionScorer();
        scorer.Add(
            Gold.Article(Body, Annotations, "sample"),
            [
                Gold.Predict([DoeContent], DoeCue, DoeSource, "quote-said"),
                Gold.Predict([Gold.Find(Body, "next year")], null, null, "stray"),
            ]);
        return scorer.Result();
    }

    [Fact]
    public void Markdown_has_a_row_per_role_and_match_for_each_split()
    {
        var md = EvalReport.ToMarkdown(Result());

        Assert.Contains("## All (3 gold, 2 predicted)", md, StringComparison.Ordinal);
        Assert.Contains("## Direct (2 gold, 1 predicted)", md, StringComparison.Ordinal);
        Assert.Contains("## Other (1 gold, 1 predicted)", md, StringComparison.Ordinal);
        Assert.Contains("| content | exact | 0.500 | 0.333 | 0.400 | 1 / 2 | 1 / 3 |", md, StringComparison.Ordinal);
        Assert.Contains("| found (recall) | 0.333 | 1 / 3 |", md, StringComparison.Ordinal);
        // No predicted sources among "other": precision is undefined, not zero.
        Assert.Contains("| source | exact | - | 0.000 | - | 0 / 0 | 0 / 1 |", md, StringComparison.Ordinal);
        Assert.Equal(3 * 6, md.Split('\n').Count(l => l.Contains("| exact |", StringComparison.Ordinal) || l.Contains("| overlap |", StringComparison.Ordinal)));
        Assert.DoesNotContain('\r', md);
    }

    [Fact]
    public void Json_has_a_stable_shape_and_order()
    {
        var json = EvalReport.ToJson(Result());

        Assert.Equal(json, EvalReport.ToJson(Result()));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["articles", "all", "direct", "other"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["source", "cue", "content", "attributions"], root.GetProperty("all").EnumerateObject().Select(p => p.Name));
        var exact = root.GetProperty("all").GetProperty("content").GetProperty("exact");
        Assert.Equal(["precision", "recall", "f1", "gold", "goldMatched", "predicted", "predictedMatched"], exact.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.3333, exact.GetProperty("recall").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("other").GetProperty("source").GetProperty("exact").GetProperty("precision").ValueKind);
        Assert.Equal(1, root.GetProperty("all").GetProperty("attributions").GetProperty("foundCount").GetInt32());
    }

    [Fact]
    public void Error_report_shows_gold_and_predicted_text_with_offsets()
    {
        var md = EvalReport.ErrorsToMarkdown(Result());

        Assert.Contains("1 of 1 articles with errors: 2 misses", md, StringComparison.Ordinal);
        Assert.Contains("## sample", md, StringComparison.Ordinal);
        Assert.Contains("### Misses (2)", md, StringComparison.Ordinal);
        Assert.Contains($"- gold E2: source [{CouncilSource.Start}, {CouncilSource.End}) \"The council\"; cue [{CouncilCue.Start}, {CouncilCue.End}) \"claimed\"", md, StringComparison.Ordinal);
        Assert.Contains("### False alarms (1)", md, StringComparison.Ordinal);
        Assert.Contains("- predicted: source (none); cue (none); content ", md, StringComparison.Ordinal);
        Assert.Contains("\"next year\" (Indirect, rule stray)", md, StringComparison.Ordinal);
        // The split quote shows both pieces; the paragraph break in the text does not break the list item.
        Assert.Contains($"content [{SmithFirst.Start}, {SmithFirst.End}) \"\"It is a disgrace,\"\" + [{SmithSecond.Start}, {SmithSecond.End})", md, StringComparison.Ordinal);
    }
}
