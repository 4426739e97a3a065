using System.Text.Json;
using ClaimCheck.Extraction;
using ClaimCheck.Metadata;
using ClaimCheck.Output;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Output;

public sealed class JsonLinesWriterTests
{
    private const string Text = "\"We will win,\" she said, \"and soon.\" Officials said prices \"may\" rise.";

    private static ArticleAnalysis Analysis()
    {
        var split = new Statement(StatementKind.Direct, [new TextSpan(1, 12), new TextSpan(26, 35)], null, null, null, null, "r.split");
        var single = new Statement(StatementKind.Indirect, [new TextSpan(52, 70)], new Cue(new TextSpan(47, 51), "say", "neutral", "cue.say"), new TextSpan(37, 46), null, null, "r.single");
        return new ArticleAnalysis(new SourceText("doc.txt", Text), ArticleMetadata.Empty with { Outlet = "Outlet", Date = "2020-01-02" }, [split, single]);
    }

    [Fact]
    public void Render_is_one_record_and_newline_per_statement()
    {
        var analysis = Analysis();
        string expected = string.Concat(analysis.Statements.Select(s => JsonLinesWriter.ToJson(analysis, s) + "\n"));
        Assert.Equal(expected, JsonLinesWriter.Render(analysis));
        using var writer = new StringWriter();
        JsonLinesWriter.Write(writer, analysis);
        Assert.Equal(expected, writer.ToString());
    }

    [Fact]
    public void Split_content_text_is_joined_as_in_the_other_outputs()
    {
        var analysis = Analysis();
        foreach (var line in JsonLinesWriter.Render(analysis).Split('\n', StringSplitOptions.RemoveEmptyEntries).Zip(analysis.Statements))
        {
            using var json = JsonDocument.Parse(line.First);
            Assert.Equal(StatementNames.ContentText(Text, line.Second), json.RootElement.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void An_article_without_statements_renders_nothing() =>
        Assert.Equal("", JsonLinesWriter.Render(new ArticleAnalysis(new SourceText("d", "x"), ArticleMetadata.Empty, [])));
}
