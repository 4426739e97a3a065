using System.Text;
using System.Text.Json;
using ClaimCheck.Commands;

namespace ClaimCheck.Tests.Input;

/// <summary><c>claimcheck extract</c> over real-world inputs: formats, warnings, failures and exit codes.</summary>
public sealed class ExtractInputTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimcheck-extract-" + Guid.NewGuid().ToString("N"));

    public ExtractInputTests()
    {
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Input", "Fixtures", "article.html"), Path.Combine(root, "page.html"));
        File.WriteAllText(Path.Combine(root, "good.txt"), "Harbour vote\n\n\"It will bring jobs,\" said Mayor Anna Berg on Tuesday.\n");
        File.WriteAllText(Path.Combine(root, "notes.md"), "# Notes\n\n> \"We will publish every study,\" the council said.\n");
        File.WriteAllBytes(Path.Combine(root, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(root, "latin1.txt"), [.. "Caf"u8, 0xE9, .. " owner Tom Reed said \"no\".\n"u8]);
        File.WriteAllBytes(Path.Combine(root, "zbinary.txt"), [0x7F, .. "ELF"u8, 0x02, 0x01, 0x00, 0x00]);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Every_readable_input_is_done_and_each_failure_is_named_with_exit_1()
    {
        var (code, stdout, stderr) = Run("extract", root, Path.Combine(root, "missing.txt"));
        Assert.Equal(ClaimCheckApp.SomeInputsFailed, code);
        Assert.Contains("missing.txt: no such file or folder", stderr, StringComparison.Ordinal);
        Assert.Contains("zbinary.txt: skipped: binary file (NUL byte at byte offset 6)", stderr, StringComparison.Ordinal);
        Assert.Contains("latin1.txt: warning: invalid UTF-8 at byte offset 3", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("empty.txt", stderr, StringComparison.Ordinal);
        var docs = Records(stdout).Select(r => r.GetProperty("doc").GetString()!).Distinct().Select(Path.GetFileName).ToList();
        Assert.Contains("page.html", docs);
        Assert.Contains("good.txt", docs);
        Assert.Contains("notes.md", docs);
    }

    [Fact]
    public void Only_good_inputs_exit_0()
    {
        var (code, _, stderr) = Run("extract", Path.Combine(root, "good.txt"), Path.Combine(root, "empty.txt"));
        Assert.Equal(ClaimCheckApp.Ok, code);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Show_text_writes_the_extracted_text_before_the_statements_that_cite_it()
    {
        var (code, stdout, _) = Run("extract", "--show-text", Path.Combine(root, "page.html"));
        Assert.Equal(ClaimCheckApp.Ok, code);
        var records = Records(stdout);
        var text = records[0];
        Assert.Equal("text", text.GetProperty("kind").GetString());
        Assert.Equal("html", text.GetProperty("format").GetString());
        Assert.Equal("Jane Doe", text.GetProperty("byline").GetString());
        Assert.Equal("Reuters", text.GetProperty("outlet").GetString());
        Assert.Equal("2021-03-04", text.GetProperty("date").GetString());
        string article = text.GetProperty("text").GetString()!;
        Assert.True(records.Count > 1);
        foreach (var statement in records.Skip(1))
        {
            Assert.NotEqual("text", statement.GetProperty("kind").GetString());
            Assert.Equal("Reuters", statement.GetProperty("outlet").GetString());
            var content = statement.GetProperty("content");
            if (content.GetArrayLength() == 1)
            {
                int start = content[0][0].GetInt32(), end = content[0][1].GetInt32();
                Assert.Equal(article[start..end], statement.GetProperty("text").GetString());
            }
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("md")]
    public void Show_text_works_in_every_format(string format)
    {
        var (code, stdout, _) = Run("extract", "--show-text", "--format", format, Path.Combine(root, "notes.md"));
        Assert.Equal(ClaimCheckApp.Ok, code);
        Assert.Contains("We will publish every study", stdout, StringComparison.Ordinal);
        if (format == "json")
        {
            using var doc = JsonDocument.Parse(stdout);
            Assert.Equal("text", doc.RootElement[0].GetProperty("kind").GetString());
        }
        else
        {
            Assert.Contains("```text\nNotes\n\n\"We will publish", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Output_files_are_complete_or_absent_and_no_temporary_file_is_left()
    {
        string output = Path.Combine(root, "out", "statements.jsonl");
        var (code, stdout, _) = Run("extract", Path.Combine(root, "good.txt"), "-o", output);
        Assert.Equal(ClaimCheckApp.Ok, code);
        Assert.Equal("", stdout);
        Assert.NotEmpty(Records(File.ReadAllText(output)));
        Assert.Equal(["statements.jsonl"], Directory.GetFiles(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Formats_warnings_and_failures_give_the_same_bytes_on_any_thread_count()
    {
        var one = Run("extract", "--show-text", "--threads", "1", root);
        var three = Run("extract", "--show-text", "--threads", "3", root);
        Assert.Equal(one, three);
        Assert.Contains("\"kind\":\"text\"", one.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_reads_html_and_markdown_as_extract_does_and_names_failures()
    {
        string output = Path.Combine(root, "out", "report.md");
        var (code, stdout, stderr) = Run("report", root, "-o", output);
        Assert.Equal(ClaimCheckApp.SomeInputsFailed, code);
        Assert.Equal("", stdout);
        Assert.Contains("zbinary.txt: skipped: binary file", stderr, StringComparison.Ordinal);
        Assert.Contains("latin1.txt: warning: invalid UTF-8", stderr, StringComparison.Ordinal);
        string report = File.ReadAllText(output);
        Assert.Contains("Anna Berg", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader42", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(root, "blocker"), "");
        var (code, _, stderr) = Run("extract", Path.Combine(root, "good.txt"), "-o", Path.Combine(root, "blocker", "out.jsonl"));
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, code);
        Assert.Contains("cannot write", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Run("extract").Code);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Run("extract", "--format", "xml", root).Code);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Run("extract", "--nope", root).Code);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Run("frobnicate").Code);
    }

    [Fact]
    public void Eval_html_says_plainly_when_the_data_is_missing()
    {
        var (code, _, stderr) = Run("eval-html", Path.Combine(root, "no-such-folder"));
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, code);
        Assert.Contains("no pages in", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_html_measures_sentence_coverage_per_page()
    {
        string pages = Path.Combine(root, "pages");
        Directory.CreateDirectory(pages);
        File.Copy(Path.Combine(root, "page.html"), Path.Combine(pages, "harbour.html"));
        // The expected article: the story's paragraphs (no byline, navigation, ads, related links or
        // comments) and one sentence the page lacks.
        string html = File.ReadAllText(Path.Combine(pages, "harbour.html"));
        string article = html[html.IndexOf("<article", StringComparison.Ordinal)..(html.IndexOf("</article>", StringComparison.Ordinal) + 10)]
            .Replace("<p class=\"byline\">By Jane Doe</p>", "", StringComparison.Ordinal)
            .Replace("</article>", "<p>This sentence is not in the page at all.</p></article>", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(pages, "harbour.expected.html"), article);
        var (code, stdout, stderr) = Run("eval-html", pages, "--min", "90");
        Assert.Equal(ClaimCheckApp.Ok, code);
        Assert.Equal("", stderr);
        // Coverage and no statements from boilerplate; the statement count follows the rules.
        Assert.Matches(@"\| harbour \| 11 \| 10 \| 90\.9% \| [1-9][0-9]* \| 0 \|", stdout);
        Assert.Equal(ClaimCheckApp.SomeInputsFailed, Run("eval-html", pages).Code);
    }

    private static List<JsonElement> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var list = args.ToList();
        if (args.Length > 0 && args[0] is "extract" or "eval-html" or "report")
        {
            list.AddRange(["--rules", TestRules.RulesDir]);
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = ClaimCheckApp.Run(list, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
