using ClaimCheck.Storage;
using ClaimCheck.Tests.Processing;

namespace ClaimCheck.Tests.Storage;

public sealed class ClaimStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimcheck-store-" + Guid.NewGuid().ToString("N"));

    public ClaimStoreTests() => Directory.CreateDirectory(root);

    private string Db => Path.Combine(root, "claims.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Indexing_stores_every_record_extract_gives()
    {
        var index = Cli.Run(null, "index", TestRules.SeedsDir, "--db", Db, "--threads", "2");
        var extract = Cli.Run(null, "extract", TestRules.SeedsDir);

        Assert.Equal(0, index.Code);
        Assert.Contains("5 indexed", index.Stdout, StringComparison.Ordinal);
        using var store = ClaimStore.Open(Db);
        Assert.Equal(extract.Stdout, string.Concat(store.Records().Select(r => r + "\n")));
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void Unchanged_articles_are_skipped_and_changed_ones_analysed_again()
    {
        string corpus = Path.Combine(root, "corpus");
        GeneratedCorpus.WriteFiles(corpus, GeneratedCorpus.Texts(12));
        Assert.Contains("12 indexed", Cli.Run(null, "index", corpus, "--db", Db).Stdout, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(corpus, "a0003.txt"), "\"We are ready,\" said Jane Roe.\n");
        var again = Cli.Run(null, "index", corpus, "--db", Db);

        Assert.Contains("1 indexed", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("11 unchanged", again.Stdout, StringComparison.Ordinal);
        using var store = ClaimStore.Open(Db);
        Assert.Equal(12, store.CountArticles());
        Assert.Contains(store.Who("Jane Roe"), s => s.Text == "We are ready,");
    }

    [Fact]
    public void Changed_rules_re_analyse_every_article()
    {
        string rules = Path.Combine(root, "rules");
        Directory.CreateDirectory(rules);
        foreach (var file in Directory.GetFiles(TestRules.RulesDir))
        {
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }

        var first = Cli.Run(null, "index", TestRules.SeedsDir, "--db", Db);
        File.AppendAllText(Path.Combine(rules, "cues.yaml"), "\n# a comment changes the rules hash\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = ClaimCheck.Commands.ClaimCheckApp.Run(["index", TestRules.SeedsDir, "--db", Db, "--rules", rules], stdout, stderr);

        Assert.Contains("5 indexed", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("5 indexed", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_keeps_its_meta_tags_in_the_store_and_a_changed_tag_re_indexes_it()
    {
        string pages = Path.Combine(root, "pages");
        Directory.CreateDirectory(pages);
        string page = Path.Combine(pages, "article.html");
        string html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Input", "Fixtures", "article.html"));
        File.WriteAllText(page, html);

        Assert.Contains("1 indexed", Cli.Run(null, "index", pages, "--db", Db).Stdout, StringComparison.Ordinal);
        var fromStore = Cli.Run(null, "report", "--db", Db);
        var fromFiles = Cli.Run(null, "report", pages);
        Assert.Contains("| Reuters | 2021-03-04 |", fromFiles.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromFiles.Stdout, fromStore.Stdout);

        // Only the meta tag changes; the article text is the same.
        File.WriteAllText(page, html.Replace("content=\"Reuters\"", "content=\"Associated Press\"", StringComparison.Ordinal));
        Assert.Contains("1 indexed", Cli.Run(null, "index", pages, "--db", Db).Stdout, StringComparison.Ordinal);
        Assert.Contains("| Associated Press |", Cli.Run(null, "report", "--db", Db).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_finds_a_speaker_under_every_spelling_of_the_surname()
    {
        Cli.Run(null, "index", TestRules.SeedsDir, "--db", Db);
        using var store = ClaimStore.Open(Db);

        var plain = store.Who("Tikhanovskaya");
        var belarusian = store.Who("Sviatlana Tsikhanouskaya");
        var wrongGivenName = store.Who("Viktor Tikhanovskaya");

        Assert.NotEmpty(plain);
        Assert.All(plain, s => Assert.Contains("khan", s.Speaker, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(plain, s => s.Speaker == "Svetlana Tikhanovskaya");
        Assert.Contains(plain, s => s.Speaker == "Sviatlana Tsikhanouskaya");
        Assert.Equal(plain.Select(s => s.Record), belarusian.Select(s => s.Record));
        Assert.Empty(wrongGivenName);
    }

    [Fact]
    public void Who_and_search_print_records()
    {
        Cli.Run(null, "index", TestRules.SeedsDir, "--db", Db);

        var who = Cli.Run(null, "who", "Lukashenka", "--db", Db);
        var search = Cli.Run(null, "search", "ready talk", "--db", Db);
        var md = Cli.Run(null, "search", "ready", "--db", Db, "--format", "md");

        Assert.Equal(0, who.Code);
        Assert.Contains("ukashenk", who.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, search.Code);
        Assert.Contains("We are ready to talk with everyone", search.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("# Statements matching ready", md.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_treats_punctuation_as_text_unless_asked_for_fts_syntax()
    {
        Cli.Run(null, "index", TestRules.SeedsDir, "--db", Db);

        Assert.Equal(0, Cli.Run(null, "search", "side.\" (we", "--db", Db).Code);
        Assert.Equal(2, Cli.Run(null, "search", "AND OR (", "--db", Db, "--fts").Code);
    }

    [Fact]
    public void Queries_on_a_missing_store_fail_without_creating_it()
    {
        var result = Cli.Run(null, "who", "X", "--db", Db);

        Assert.Equal(2, result.Code);
        Assert.Contains("no such store", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }
}
