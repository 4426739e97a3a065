using ClaimCheck.Evaluation;
using ClaimCheck.Extraction;
using ClaimCheck.Metadata;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>Builds small gold articles and predictions of our own making (never corpus text).</summary>
internal static class Gold
{
    /// <summary>The span of the <paramref name="occurrence"/>-th (0-based) occurrence of <paramref name="part"/>.</summary>
    public static TextSpan Find(string text, string part, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(part, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{part}' not in the fixture text");
        }
        return new TextSpan(index, index + part.Length);
    }

    /// <summary>A brat T line for the pieces, with the text brat would write (pieces joined by a space).</summary>
    public static string T(string id, string label, string text, params TextSpan[] pieces) =>
        $"{id}\t{label} {string.Join(';', pieces.Select(p => $"{p.Start} {p.End}"))}\t"
        + string.Join(' ', pieces.Select(p => text[p.Start..p.End]));

    public static GoldArticle Article(string text, string annotations, string name = "article")
    {
        var parsed = BratReader.Parse(annotations, text);
        Assert.Empty(parsed.Warnings);
        return new GoldArticle(name, new SourceText(name + ".txt", text), name + ".ann", parsed.Attributions);
    }

    public static Statement Predict(TextSpan[] content, TextSpan? cue, TextSpan? source, string rule = "test") =>
        new(StatementKind.Indirect, content, cue is { } c ? new Cue(c, "say", "neutral", "say") : null, source, null, null, rule);

    public static ArticleAnalysis Analysis(SourceText text, params Statement[] statements) =>
        new(text, ArticleMetadata.Empty, statements);

    /// <summary>A gold folder in a fresh temp directory, deleted on dispose.</summary>
    public sealed class Folder : IDisposable
    {
        public Folder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-eval-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(System.IO.Path.Combine(Path, "text"));
            Directory.CreateDirectory(System.IO.Path.Combine(Path, "attributions"));
        }

        public string Path { get; }

        public void Write(string relative, string content) =>
            File.WriteAllText(System.IO.Path.Combine(Path, relative), content);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
