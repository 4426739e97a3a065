using Markdig;
using Markdig.Syntax;

namespace ClaimCheck.Tests.Specs;

/// <summary>
/// Reads literate spec files: each <c>##</c> heading starts an example; a fenced block tagged
/// <c>text</c> is the input, and the other fenced blocks (tagged <c>sentences</c>, <c>quotes</c>, ...)
/// are expected results. Parsed with Markdig, so the specs read well on any Markdown viewer.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecExample> Read(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Specs", name);
        string markdown = File.ReadAllText(path);
        var doc = Markdown.Parse(markdown);
        var examples = new List<SpecExample>();
        string? heading = null;
        int line = 0;
        string? input = null;
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);

        void Flush()
        {
            if (heading is not null && input is not null)
            {
                examples.Add(new SpecExample(path, heading, line, input, new Dictionary<string, string>(expected)));
            }

            input = null;
            expected.Clear();
        }

        foreach (var block in doc)
        {
            if (block is HeadingBlock { Level: 2 } h)
            {
                Flush();
                heading = h.Inline?.FirstChild?.ToString() ?? "";
                line = h.Line + 1;
            }
            else if (block is FencedCodeBlock fence)
            {
                string content = fence.Lines.Lines is null ? "" : string.Join("\n", fence.Lines.Lines.Take(fence.Lines.Count).Select(l => l.ToString()));
                if (fence.Info == "text")
                {
                    input = content;
                }
                else if (!string.IsNullOrEmpty(fence.Info))
                {
                    expected[fence.Info] = content;
                }
            }
        }

        Flush();
        return examples;
    }

    public static TheoryData<SpecExample> Theory(string name)
    {
        var data = new TheoryData<SpecExample>();
        foreach (var e in Read(name))
        {
            data.Add(e);
        }

        return data;
    }
}
