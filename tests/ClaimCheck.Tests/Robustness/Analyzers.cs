using ClaimCheck.Extraction;
using ClaimCheck.Output;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Robustness;

/// <summary>One analyzer over the repository's rules, shared by the input and robustness tests, and the checks every analysis must pass.</summary>
internal static class Analyzers
{
    private static readonly Lazy<ArticleAnalyzer> Shared = new(() =>
        new ArticleAnalyzer(RuleLoader.Load(TestRules.RulesDir).Rules ?? throw new InvalidOperationException("repository rules do not load")));

    public static ArticleAnalyzer Repository => Shared.Value;

    /// <summary>Every offset lies inside the text and every single-piece statement's text is its span.</summary>
    public static void AssertWellFormed(ArticleAnalysis analysis)
    {
        string text = analysis.Source.Text;
        foreach (var s in analysis.Statements)
        {
            foreach (var span in s.Content)
            {
                AssertInside(span, text.Length);
            }

            if (s.Cue is { } cue)
            {
                AssertInside(cue.Span, text.Length);
            }

            if (s.Source is { } source)
            {
                AssertInside(source, text.Length);
            }

            if (s.Content.Count == 1)
            {
                Assert.Equal(text.Substring(s.Content[0].Start, s.Content[0].Length), StatementNames.ContentText(text, s));
            }
        }

        foreach (var span in analysis.Metadata.Boilerplate)
        {
            AssertInside(span, text.Length);
        }
    }

    /// <summary>
    /// Every record extract prints quotes its text from its spans: <c>text</c> is the content spans
    /// joined by " … ", and cue and source texts are their spans.
    /// </summary>
    public static void AssertRecordsQuoteTheirSpans(ArticleAnalysis analysis)
    {
        string text = analysis.Source.Text;
        foreach (var line in Json(analysis).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var r = doc.RootElement;
            var pieces = r.GetProperty("content").EnumerateArray().Select(p => Slice(text, p[0].GetInt32(), p[1].GetInt32()));
            Assert.Equal(string.Join(" \u2026 ", pieces), r.GetProperty("text").GetString());
            foreach (var name in new[] { "cue", "source" })
            {
                if (r.GetProperty(name) is { ValueKind: System.Text.Json.JsonValueKind.Object } part)
                {
                    Assert.Equal(Slice(text, part.GetProperty("start").GetInt32(), part.GetProperty("end").GetInt32()), part.GetProperty("text").GetString());
                }
            }
        }
    }

    private static string Slice(string text, int start, int end)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
        return text[start..end];
    }

    /// <summary>The analysis as the bytes extract would print, for comparing runs.</summary>
    public static string Json(ArticleAnalysis analysis)
    {
        using var w = new StringWriter();
        JsonLinesWriter.Write(w, analysis);
        return w.ToString();
    }

    private static void AssertInside(ClaimCheck.Text.TextSpan span, int length)
    {
        Assert.True(span.Start >= 0 && span.Start <= span.End && span.End <= length, $"span {span} outside text of length {length}");
    }
}
