using System.Text;
using ClaimCheck.Commands;
using ClaimCheck.Tests.Processing;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// A report from record shards (<c>extract --articles</c>, one run per shard, as a batch engine
/// would) and a report from the store are the bytes of the report over the articles themselves.
/// </summary>
public sealed class ReportFromRecordsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimcheck-report-records-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> files;

    public ReportFromRecordsTests()
    {
        // The seeds and generated articles made of their paragraphs: many speakers, claims across articles.
        var texts = GeneratedCorpus.SeedFiles.Select(File.ReadAllText).Concat(GeneratedCorpus.Texts(40)).ToList();
        GeneratedCorpus.WriteFiles(Path.Combine(root, "corpus"), texts);
        files = [.. Directory.GetFiles(Path.Combine(root, "corpus")).Order(StringComparer.Ordinal)];
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Whole(string format = "md")
    {
        var run = Cli.Run(null, "report", Path.Combine(root, "corpus"), "--threads", "2", "--format", format);
        Assert.True(run.Code == ClaimCheckApp.Ok, run.Stderr);
        return run.Stdout;
    }

    private List<string> Shards(bool articles)
    {
        // Three uneven shards, each extracted by its own run.
        int[] cuts = [0, 3, 29, files.Count];
        var shards = new List<string>();
        for (int s = 0; s < cuts.Length - 1; s++)
        {
            string[] args = ["extract", .. files[cuts[s]..cuts[s + 1]], "--threads", "1", .. articles ? new[] { "--articles" } : []];
            var run = Cli.Run(null, args);
            Assert.True(run.Code == ClaimCheckApp.Ok, run.Stderr);
            string file = Path.Combine(root, $"part-{s:D5}.jsonl");
            File.WriteAllText(file, run.Stdout, new UTF8Encoding(false));
            shards.Add(file);
        }

        return shards;
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    public void Report_from_record_shards_is_the_report_from_the_articles(string format)
    {
        var shards = Shards(articles: true);
        var merged = Cli.Run(null, ["report", "--records", .. shards, "--format", format]);
        Assert.True(merged.Code == ClaimCheckApp.Ok, merged.Stderr);
        Assert.Equal("", merged.Stderr);
        Assert.Equal(Whole(format), merged.Stdout);

        // Shards in any order: the report sorts articles by name.
        shards.Reverse();
        Assert.Equal(merged.Stdout, Cli.Run(null, ["report", "--records", .. shards, "--format", format]).Stdout);
    }

    [Fact]
    public void Article_records_do_not_change_the_statement_records()
    {
        var plain = Cli.Run(null, ["extract", .. files]);
        var withArticles = Cli.Run(null, ["extract", .. files, "--articles"]);
        var statementLines = withArticles.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.Contains("\"record\":\"article\"", StringComparison.Ordinal));
        Assert.Equal(plain.Stdout, string.Concat(statementLines.Select(l => l + "\n")));
        Assert.Equal(files.Count, withArticles.Stdout.Split('\n').Count(l => l.Contains("\"record\":\"article\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Report_from_statement_records_alone_warns_what_is_missing()
    {
        var run = Cli.Run(null, ["report", "--records", .. Shards(articles: false)]);
        Assert.Equal(ClaimCheckApp.Ok, run.Code);
        Assert.Contains("extracted without --articles", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("# ClaimCheck report", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_shard_writes_nothing()
    {
        string bad = Path.Combine(root, "bad.jsonl");
        File.WriteAllText(bad, "{\"doc\":\"a\",\"record\":\"article\",\"statements\":2}\n");
        var run = Cli.Run(null, "report", "--records", bad);
        Assert.Equal(ClaimCheckApp.SomeInputsFailed, run.Code);
        Assert.Equal("", run.Stdout);
        Assert.Contains("a:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_from_the_store_is_the_report_from_the_articles()
    {
        string db = Path.Combine(root, "claims.db");

        // Indexed in two runs (the second skips what the first stored), as a store grows.
        Assert.Equal(ClaimCheckApp.Ok, Cli.Run(null, ["index", .. files[..20], "--db", db, "--threads", "2"]).Code);
        Assert.Equal(ClaimCheckApp.Ok, Cli.Run(null, "index", Path.Combine(root, "corpus"), "--db", db, "--threads", "2").Code);
        var fromStore = Cli.Run(null, "report", "--db", db);
        Assert.True(fromStore.Code == ClaimCheckApp.Ok, fromStore.Stderr);
        Assert.Equal("", fromStore.Stderr);
        Assert.Equal(Whole(), fromStore.Stdout);
    }

    [Fact]
    public void Report_inputs_are_one_kind_at_a_time()
    {
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Cli.Run(null, "report", files[0], "--db", Path.Combine(root, "x.db")).Code);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Cli.Run(null, "report", "--records").Code);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Cli.Run(null, "extract", files[0], "--articles", "--format", "md").Code);
        Assert.Equal(ClaimCheckApp.SomeInputsFailed, Cli.Run(null, "report", "--db", Path.Combine(root, "missing.db")).Code);
    }
}
