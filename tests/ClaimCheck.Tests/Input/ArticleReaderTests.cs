using System.Text;
using ClaimCheck.Input;

namespace ClaimCheck.Tests.Input;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimcheck-reader-" + Guid.NewGuid().ToString("N"));

    public ArticleReaderTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Utf8_bom_is_dropped_and_crlf_kept()
    {
        var path = Write("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title\r\n\r\nBody \u201Cquote\u201D\n")]);
        var text = ArticleReader.Read(path, "a.txt");
        Assert.Equal("Title\r\n\r\nBody \u201Cquote\u201D\n", text.Text);
        Assert.Equal("a.txt", text.Path);
    }

    [Fact]
    public void Text_without_bom_is_utf8_and_lone_cr_is_kept()
    {
        var path = Write("a.txt", Encoding.UTF8.GetBytes("One\rTwo \u00A9"));
        Assert.Equal("One\rTwo \u00A9", ArticleReader.Read(path, "x").Text);
    }

    [Fact]
    public void Utf16_little_and_big_endian_boms_are_detected()
    {
        var le = Write("le.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Caf\u00E9\r\n")]);
        var be = Write("be.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Caf\u00E9\r\n")]);
        Assert.Equal("Caf\u00E9\r\n", ArticleReader.Read(le, "le").Text);
        Assert.Equal("Caf\u00E9\r\n", ArticleReader.Read(be, "be").Text);
    }

    [Fact]
    public void Invalid_utf8_bytes_become_replacement_characters()
    {
        var path = Write("bad.txt", [0x41, 0xFF, 0x42]);
        Assert.Equal("A\uFFFDB", ArticleReader.Read(path, "bad").Text);
    }

    [Fact]
    public void An_unreadable_file_throws_an_article_read_exception_naming_it()
    {
        var e = Assert.Throws<ArticleReadException>(() => ArticleReader.Read(Path.Combine(root, "missing.txt"), "shown/missing.txt"));
        Assert.Equal("shown/missing.txt", e.Path);
        Assert.Contains("shown/missing.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_walked_recursively_in_ordinal_relative_path_order()
    {
        Write("b.txt", [0x61]);
        Write("B2.md", [0x61]);
        Write("a/z.html", [0x61]);
        Write("a/y.HTM", [0x61]);
        Write("a/skip.json", [0x61]);
        Write("c/d/e.txt", [0x61]);
        var errors = new List<InputError>();
        var found = ArticleReader.EnumerateInputs([root], errors).Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).ToList();
        Assert.Empty(errors);
        Assert.Equal(["B2.md", "a/y.HTM", "a/z.html", "b.txt", "c/d/e.txt"], found);
    }

    [Fact]
    public void Files_are_taken_as_given_whatever_their_extension()
    {
        var json = Write("notes.json", [0x61]);
        var errors = new List<InputError>();
        Assert.Equal([json], ArticleReader.EnumerateInputs([json], errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_rest_go_on()
    {
        var a = Write("a.txt", [0x61]);
        var missing = Path.Combine(root, "nope");
        var errors = new List<InputError>();
        var found = ArticleReader.EnumerateInputs([missing, a], errors).ToList();
        Assert.Equal([a], found);
        var error = Assert.Single(errors);
        Assert.Equal(missing, error.Path);
        Assert.Contains("nope", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_folder_reads_in_name_order_with_offsets_into_the_file_text()
    {
        var seeds = Path.Combine(ClaimCheck.Tests.Metadata.TestRules.RepoRoot, "seeds");
        var errors = new List<InputError>();
        var files = ArticleReader.EnumerateInputs([seeds], errors).ToList();
        Assert.Equal(5, files.Count);
        Assert.Equal(files.OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal), files);
        var text = ArticleReader.Read(files[0], "000.txt");
        Assert.Equal(File.ReadAllText(files[0]), text.Text);
    }

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
