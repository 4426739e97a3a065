using System.Text.Json;

namespace ClaimCheck.Tests.Processing;

public sealed class ParallelExtractTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimcheck-parallel-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("md")]
    public void Seeds_give_the_same_bytes_on_one_thread_and_on_many(string format)
    {
        var one = Cli.Run(null, "extract", TestRules.SeedsDir, "--format", format, "--threads", "1");
        var many = Cli.Run(null, "extract", TestRules.SeedsDir, "--format", format, "--threads", "4");

        Assert.Equal(0, one.Code);
        Assert.NotEmpty(one.Stdout);
        Assert.Equal(one.Stdout, many.Stdout);
        Assert.Equal(one.Stderr, many.Stderr);
    }

    [Fact]
    public void Generated_articles_give_the_same_bytes_on_one_thread_and_on_many()
    {
        GeneratedCorpus.WriteFiles(root, GeneratedCorpus.Texts(150));
        File.WriteAllBytes(Path.Combine(root, "a0075.txt"), [0xFF, 0xFE, 0x41]); // odd bytes in the middle
        var one = Cli.Run(null, "extract", root, "--threads", "1");
        var three = Cli.Run(null, "extract", root, "--threads", "3");

        Assert.Equal(0, one.Code);
        Assert.True(one.Stdout.Count(c => c == '\n') > 300);
        Assert.Equal(one.Stdout, three.Stdout);
    }

    [Fact]
    public void Errors_are_reported_in_input_order_and_the_rest_is_done()
    {
        var texts = GeneratedCorpus.Texts(20).ToList();
        string jsonl = GeneratedCorpus.JsonLines(texts[..10]) + "{not json\n" + "{\"id\": \"x\"}\n" + GeneratedCorpus.JsonLines(texts[10..], 10);
        var one = Cli.Run(jsonl, "extract", "--jsonl", "-", "--threads", "1");
        var many = Cli.Run(jsonl, "extract", "--jsonl", "-", "--threads", "2");

        Assert.Equal(1, one.Code);
        Assert.Equal(one.Stdout, many.Stdout);
        Assert.Equal(one.Stderr, many.Stderr);
        var errors = one.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("claimcheck: stdin:11: invalid JSON", errors[0], StringComparison.Ordinal);
        Assert.Equal("claimcheck: stdin:12: no string \"text\" field", errors[1]);
        Assert.Contains("\"doc\":\"gen-0019\"", one.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_input_gives_the_records_of_the_files_with_ids_as_doc_names()
    {
        var texts = GeneratedCorpus.SeedFiles.Select(File.ReadAllText).ToList();
        var fromFiles = Cli.Run(null, ["extract", .. GeneratedCorpus.SeedFiles]);
        var fromJson = Cli.Run(GeneratedCorpus.JsonLines(texts), "extract", "--jsonl", "-");

        var expected = fromFiles.Stdout.Split('\n').Select(l => Undoc(l)).ToList();
        var actual = fromJson.Stdout.Split('\n').Select(l => Undoc(l)).ToList();
        Assert.Equal(expected, actual);
        Assert.Contains("\"doc\":\"gen-0000\"", fromJson.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_outlet_and_date_replace_the_detected_ones()
    {
        string text = File.ReadAllText(GeneratedCorpus.SeedFiles[0]);
        string line = JsonSerializer.Serialize(new { id = "x1", text, outlet = "Example Times", date = "2021-02-03T04:05:06Z", url = "https://example.org/1" });

        var result = Cli.Run(line + "\n", "extract", "--jsonl", "-");

        Assert.Equal(0, result.Code);
        foreach (var record in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(record);
            Assert.Equal("Example Times", json.RootElement.GetProperty("outlet").GetString());
            Assert.Equal("2021-02-03", json.RootElement.GetProperty("date").GetString());
            Assert.Equal("x1", json.RootElement.GetProperty("doc").GetString());
        }
    }

    [Fact]
    public void A_json_lines_file_and_files_mix_in_order()
    {
        Directory.CreateDirectory(root);
        string corpus = Path.Combine(root, "c.jsonl");
        File.WriteAllText(corpus, GeneratedCorpus.JsonLines(GeneratedCorpus.Texts(3)));

        var result = Cli.Run(null, "extract", GeneratedCorpus.SeedFiles[0], "--jsonl", corpus, "--threads", "2");

        Assert.Equal(0, result.Code);
        var docs = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()).Distinct().ToList();
        Assert.EndsWith(Path.GetFileName(GeneratedCorpus.SeedFiles[0]), docs[0], StringComparison.Ordinal);
        Assert.Equal(docs.Skip(1).Order(StringComparer.Ordinal), docs.Skip(1));
        Assert.All(docs.Skip(1), d => Assert.StartsWith("gen-", d, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_thread_counts_are_usage_errors()
    {
        Assert.Equal(2, Cli.Run(null, "extract", TestRules.SeedsDir, "--threads", "0").Code);
        Assert.Equal(2, Cli.Run(null, "extract", TestRules.SeedsDir, "--threads", "many").Code);
    }

    private static string Undoc(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        using var json = JsonDocument.Parse(line);
        string doc = json.RootElement.GetProperty("doc").GetString()!;
        return line.Replace(JsonSerializer.Serialize(doc), "\"D\"", StringComparison.Ordinal);
    }
}
