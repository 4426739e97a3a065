using ClaimCheck.Evaluation;
using ClaimCheck.Extraction;
using ClaimCheck.Text;
using static ClaimCheck.Tests.Evaluation.Sample;

namespace ClaimCheck.Tests.Evaluation;

public class EvalCommandTests
{
    private static ArticleAnalysis Perfect(SourceText text) => Gold.Analysis(
        text,
        Gold.Predict([DoeContent], DoeCue, DoeSource),
        Gold.Predict([CouncilContent], CouncilCue, CouncilSource),
        Gold.Predict([SmithFirst, SmithSecond], SmithCue, SmithSource));

    [Fact]
    public void Missing_data_exits_2_with_a_clear_message()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var dir = Path.Combine(Path.GetTempPath(), "claimcheck-no-such-" + Guid.NewGuid().ToString("N"));

        var code = EvalCommand.Run(dir, "md", null, Perfect, stdout, stderr);

        Assert.Equal(2, code);
        Assert.Contains($"PolNeAR data not found at {dir}", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    [Fact]
    public void Empty_data_folder_exits_2()
    {
        using var folder = new Gold.Folder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.Equal(2, EvalCommand.Run(folder.Path, "md", null, Perfect, stdout, stderr));
        Assert.Contains("PolNeAR data not found", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_exits_2()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.Equal(2, EvalCommand.Run("unused", "csv", null, Perfect, stdout, stderr));
        Assert.Contains("unknown format 'csv'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_the_folder_and_writes_the_errors_file()
    {
        using var folder = new Gold.Folder();
        folder.Write("text/story.txt", Body);
        folder.Write("attributions/story_ab12.ann", Annotations);
        var errorsFile = Path.Combine(folder.Path, "errors.md");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = EvalCommand.Run(folder.Path, "json", errorsFile, Perfect, stdout, stderr);

        Assert.Equal(0, code);
        Assert.Empty(stderr.ToString());
        Assert.Contains("\"f1\": 1,", stdout.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("# Attribution errors\n\n0 of 1 articles with errors", File.ReadAllText(errorsFile), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_the_extractor_fails_on_is_reported_and_scored_as_empty()
    {
        using var folder = new Gold.Folder();
        folder.Write("text/story.txt", Body);
        folder.Write("attributions/story_ab12.ann", Annotations);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = EvalCommand.Run(folder.Path, "md", null, _ => throw new InvalidOperationException("boom"), stdout, stderr);

        Assert.Equal(1, code);
        Assert.Contains("analysing story failed (InvalidOperationException: boom)", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("| found (recall) | 0.000 | 0 / 3 |", stdout.ToString(), StringComparison.Ordinal);
    }
}
