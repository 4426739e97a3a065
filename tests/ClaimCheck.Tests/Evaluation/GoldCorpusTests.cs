using ClaimCheck.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class GoldCorpusTests
{
    [Fact]
    public void Missing_folder_is_a_clear_error()
    {
        var dir = Path.Combine(Path.GetTempPath(), "claimcheck-no-such-" + Guid.NewGuid().ToString("N"));

        var e = Assert.Throws<DirectoryNotFoundException>(() => GoldCorpus.Load(dir));

        Assert.StartsWith($"PolNeAR data not found at {dir}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_attributions_subfolder_is_a_clear_error()
    {
        using var folder = new Gold.Folder();
        Directory.Delete(Path.Combine(folder.Path, "attributions"));

        var e = Assert.Throws<DirectoryNotFoundException>(() => GoldCorpus.Load(folder.Path));

        Assert.Contains("attributions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_the_alphabetically_first_annotator_and_reports_unpaired_files()
    {
        using var folder = new Gold.Folder();
        folder.Write("text/b_story.txt", Sample.Body);
        folder.Write("attributions/b_story_zz01.ann", "");
        folder.Write("attributions/b_story_ab12.ann", Sample.Annotations);
        folder.Write("text/a_lonely.txt", "No annotations here.");
        folder.Write("attributions/c_orphan_ab12.ann", "");

        var corpus = GoldCorpus.Load(folder.Path);

        var article = Assert.Single(corpus.Articles);
        Assert.Equal("b_story", article.Name);
        Assert.EndsWith("b_story_ab12.ann", article.AnnotationFile, StringComparison.Ordinal);
        Assert.Equal(3, article.Attributions.Count);
        Assert.Equal(Sample.Body, article.Text.Text);
        Assert.Equal(["a_lonely.txt: no annotation file; skipped", "c_orphan_ab12.ann: no text file; skipped"], corpus.Warnings);
    }
}
