using System.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.Processing;
using ClaimCheck.Rules;
using ClaimCheck.Storage;
using ClaimCheck.Tests.Processing;
using Microsoft.Data.Sqlite;

namespace ClaimCheck.Tests.Storage;

/// <summary>An index run killed or cancelled mid-way leaves a valid store, and the next run completes it.</summary>
public sealed class InterruptedIndexTests : IDisposable
{
    private const int Articles = 1500;
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimcheck-kill-" + Guid.NewGuid().ToString("N"));

    public InterruptedIndexTests() => Directory.CreateDirectory(root);

    private string Db => Path.Combine(root, "claims.db");

    private string Corpus => Path.Combine(root, "corpus");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void A_killed_index_process_leaves_a_valid_store_and_the_rerun_completes_it()
    {
        GeneratedCorpus.WriteFiles(Corpus, GeneratedCorpus.Texts(Articles, seed: 7));
        string cli = Path.Combine(TestRules.RepoRoot, "src", "ClaimCheck.Cli", "bin", Configuration(), "net10.0", "claimcheck.dll");
        Assert.True(File.Exists(cli), $"build the CLI first: {cli} is missing");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "index", Corpus, "--db", Db, "--threads", "2" })
        {
            start.ArgumentList.Add(arg);
        }

        long stored;
        string diagnostics = "";
        using (var child = Process.Start(start)!)
        {
            // Kill once some articles are committed (the write-ahead log has grown): mid-write as likely as
            // not. The file is watched rather than queried, so this process holds no lock on the store.
            var clock = Stopwatch.StartNew();
            while (WalBytes() < 400_000 && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                Thread.Sleep(20);
            }

            if (child.HasExited)
            {
                // Read only now: reading the child's output earlier would wait for it to end.
                Assert.Fail("the index run ended before it could be killed: " + child.StandardOutput.ReadToEnd() + child.StandardError.ReadToEnd());
            }

            diagnostics = $"killed after {clock.ElapsedMilliseconds} ms with {WalBytes()} bytes of log";
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        SqliteConnection.ClearAllPools();
        using (var store = ClaimStore.Open(Db))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            stored = store.CountArticles();
            Assert.True(stored is > 0 and < Articles, $"{stored} articles stored when {diagnostics}");
        }

        var rerun = Cli.Run(null, "index", Corpus, "--db", Db, "--threads", "2");

        Assert.Equal(0, rerun.Code);
        Assert.Contains($"{stored} unchanged", rerun.Stdout, StringComparison.Ordinal);
        AssertComplete();
    }

    [Fact]
    public void A_cancelled_index_run_keeps_what_it_committed()
    {
        GeneratedCorpus.WriteFiles(Corpus, GeneratedCorpus.Texts(200, seed: 11));
        var rules = RuleLoader.Load(TestRules.RulesDir).Rules!;
        var analyzer = new ArticleAnalyzer(rules);
        var inputs = Directory.GetFiles(Corpus).Order(StringComparer.Ordinal).Select(f => ArticleInput.FromFile(f, Path.GetFileName(f))).ToList();
        int stopAt = new Random().Next(5, 150);
        using var cancel = new CancellationTokenSource();
        int seen = 0;
        IndexSummary summary;
        using (var store = ClaimStore.Open(Db))
        {
            var indexer = new ArticleIndexer(store, analyzer, threads: 2)
            {
                OnProgress = _ =>
                {
                    if (++seen == stopAt)
                    {
                        cancel.Cancel();
                    }
                },
            };
            summary = indexer.Run(inputs, cancel.Token);
            Assert.True(summary.Cancelled);
            Assert.Equal(stopAt, summary.Indexed);
            Assert.Equal("ok", store.IntegrityCheck());
            Assert.Equal(stopAt, store.CountArticles());
        }

        using (var store = ClaimStore.Open(Db))
        {
            var rest = new ArticleIndexer(store, analyzer, threads: 2).Run(inputs);
            Assert.Equal((200 - stopAt, stopAt, false), (rest.Indexed, rest.Skipped, rest.Cancelled));
        }
    }

    /// <summary>The store holds what one uninterrupted run would: every article, the records extract gives.</summary>
    private void AssertComplete()
    {
        var extract = Cli.Run(null, "extract", Corpus, "--threads", "2");
        using var store = ClaimStore.Open(Db);
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal(Articles, store.CountArticles());
        var expected = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var actual = store.Records().Order(StringComparer.Ordinal);
        Assert.Equal(expected.Count(), actual.Count());
        Assert.Equal(expected, actual);
    }

    private long WalBytes()
    {
        var wal = new FileInfo(Db + "-wal");
        return wal.Exists ? wal.Length : 0;
    }

    private static string Configuration() =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
}
