using System.Text;
using ClaimCheck.Processing;

namespace ClaimCheck.Tests.Processing;

/// <summary>
/// The batch-engine contract (docs/scale.md): cut a corpus into JSON Lines shards, extract each
/// shard on its own, read the record shards back and merge: the bytes of one run over the corpus.
/// </summary>
public sealed class ShardTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimcheck-shards-" + Guid.NewGuid().ToString("N"));

    public ShardTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Extracting_shards_and_merging_gives_one_runs_bytes()
    {
        var texts = GeneratedCorpus.SeedFiles.Select(File.ReadAllText).Concat(GeneratedCorpus.Texts(40)).ToList();
        string whole = GeneratedCorpus.JsonLines(texts);
        var oneRun = Cli.Run(whole, "extract", "--jsonl", "-", "--threads", "2");
        Assert.Equal(0, oneRun.Code);

        // Three uneven shards, as a batch engine might cut them; each extracted by its own run.
        int[] cuts = [0, 3, 29, texts.Count];
        var recordShards = new List<string>();
        for (int s = 0; s < cuts.Length - 1; s++)
        {
            string shard = GeneratedCorpus.JsonLines(texts[cuts[s]..cuts[s + 1]], cuts[s]);
            var run = Cli.Run(shard, "extract", "--jsonl", "-", "--threads", "1");
            Assert.Equal(0, run.Code);
            string file = Path.Combine(root, $"part-{s:D5}.jsonl");
            File.WriteAllText(file, run.Stdout, new UTF8Encoding(false));
            recordShards.Add(file);
        }

        var articles = RecordShardReader.Read(recordShards).ToList();
        var merged = new StringBuilder();
        foreach (var article in articles)
        {
            foreach (var record in article.Records)
            {
                merged.Append(record).Append('\n');
            }
        }

        Assert.Equal(oneRun.Stdout, merged.ToString());
        Assert.Equal(articles.Select(a => a.Doc).Distinct().Count(), articles.Count);
        Assert.All(articles, a => Assert.All(a.Records, r => Assert.Contains($"\"doc\":\"{a.Doc}\"", r, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_line_that_is_not_a_record_names_its_file_and_line()
    {
        using var reader = new StringReader("{\"doc\":\"a\",\"text\":\"x\"}\nnope\n");
        var e = Assert.Throws<InvalidDataException>(() => RecordShardReader.Read(reader, "part-1.jsonl").ToList());
        Assert.StartsWith("part-1.jsonl:2:", e.Message, StringComparison.Ordinal);
    }
}
