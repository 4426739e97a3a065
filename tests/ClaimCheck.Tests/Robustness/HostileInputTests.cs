using System.Diagnostics;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Hostile article text. Each test asserts that the work done is bounded by the input: quotations at
/// most one per mark and never nested past <see cref="QuoteFinder.MaxDepth"/>, tokens at most one per
/// character, statements at most one per sentence or quotation, every offset in range. Sizes are
/// 1-2 MB so CI stays fast; the 50 MB figures are in the input README section.
/// </summary>
public sealed class HostileInputTests
{
    private const int Megabyte = 1 << 20;

    public static TheoryData<string, int> Cases => new()
    {
        { "one line", 2 * Megabyte },
        { "100,000 quotation marks", 100_000 },
        { "quotation marks between words", Megabyte },
        { "quotes nested 1,000 deep", 1_000 },
        { "sentence of 1 MB", Megabyte },
        { "every mark unbalanced", Megabyte },
        { "only closing marks", Megabyte },
        { "only newlines", Megabyte },
        { "only periods", Megabyte },
        { "replacement characters and controls", Megabyte },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analysis_of_hostile_text_is_bounded_and_well_formed(string name, int size)
    {
        string text = Make(name, size);
        var source = new SourceText(name, text);
        var segmented = new Segmenter(Analyzers.Repository.Rules.Abbreviations).Segment(source);
        var quotes = QuoteFinder.Find(segmented);
        int marks = segmented.Tokens.Count(t => t.Kind == TokenKind.Quote);
        Assert.True(segmented.Tokens.Count <= text.Length);
        Assert.True(quotes.Count <= marks, $"{quotes.Count} quotations from {marks} marks");
        Assert.All(quotes, q => Assert.InRange(q.Depth, 0, QuoteFinder.MaxDepth));

        var analysis = Analyzers.Repository.Analyze(source);
        Analyzers.AssertWellFormed(analysis);
        Assert.True(analysis.Statements.Count <= segmented.Sentences.Count + quotes.Count);
    }

    [Fact]
    public void Quotes_nested_1000_deep_yield_at_most_max_depth_levels()
    {
        var quotes = Quotes(Make("quotes nested 1,000 deep", 1_000));
        Assert.InRange(quotes.Max(q => q.Depth), 0, QuoteFinder.MaxDepth);
    }

    [Fact]
    public void A_long_html_line_and_a_long_markdown_line_read_in_one_pass()
    {
        string words = Make("one line", Megabyte);
        var html = ClaimCheck.Input.HtmlArticleReader.Read("<p>" + words + "</p>", "a.html");
        var md = ClaimCheck.Input.MarkdownArticleReader.Read(words, "a.md");
        Assert.Equal(words.TrimEnd(), html.Source.Text);
        Assert.Equal(words.TrimEnd(), md.Source.Text);
    }

    // The two tests below measure time because the extraction engine has no work counter to assert on.
    // They double the input and expect the time to roughly double (linear), not quadruple.
    [Fact(Skip = "Extraction: MentionScanner.ScanNameRun rescans a run of capitalised words to the sentence end from every token when the run is then cut (title-case line or sentence-initial check), so ChunkSentence is quadratic in sentence length: 64 KB of 'John Smith ' takes 7 s, 128 KB 29 s. Owner: extraction.")]
    public void A_long_sentence_of_capitalised_words_is_linear() => AssertLinear(n => Repeat("John Smith ", n), 32 * 1024);

    [Fact(Skip = "Extraction: AttributionFinder.Select checks every candidate match against every accepted one (accepted.Any(a => Conflicts(...))), quadratic in statements per document: 256 KB of statement-dense prose takes 4.5 s in Select, 1 MB 41 s (a 50 MB file would take days). Owner: extraction.")]
    public void Statement_dense_text_on_one_line_is_linear() => AssertLinear(n => Repeat("The minister said the plan \u201Cwill work for everyone\u201D in a statement on Monday. ", n), 128 * 1024);

    internal static string Make(string name, int size) => name switch
    {
        "one line" => Repeat("the river rose in the night and the town slept on. ", size),
        "100,000 quotation marks" => new string('"', size),
        "quotation marks between words" => Repeat("\u201C a \u201D b \" c ' d \u00AB e \u00BB ", size),
        "quotes nested 1,000 deep" => Nest(size),
        "sentence of 1 MB" => "Anna Berg said " + Repeat("the officials and the ministers told the people ", size) + ".",
        "every mark unbalanced" => Repeat("\u201C\u2018\u00AB\u2039\u300C\"'( [ {\u201E ", size),
        "only closing marks" => Repeat("\u201D\u2019\u00BB\u203A\u300D) ] } said he ", size),
        "only newlines" => new string('\n', size),
        "only periods" => Repeat(". ", size),
        "replacement characters and controls" => Repeat("\uFFFD\u0000\u0001\u200B\uD800 x\r", size),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Nest(int depth)
    {
        var b = new StringBuilder("Berg said ");
        for (int i = 0; i < depth; i++)
        {
            b.Append(i % 2 == 0 ? "\u201Che said " : "\u2018she said ");
        }

        b.Append("yes");
        for (int i = depth - 1; i >= 0; i--)
        {
            b.Append(i % 2 == 0 ? '\u201D' : '\u2019');
        }

        return b.Append('.').ToString();
    }

    private static string Repeat(string unit, int length)
    {
        var b = new StringBuilder(length + unit.Length);
        while (b.Length < length)
        {
            b.Append(unit);
        }

        return b.ToString();
    }

    private static IReadOnlyList<Quotation> Quotes(string text) =>
        QuoteFinder.Find(new Segmenter(Analyzers.Repository.Rules.Abbreviations).Segment(new SourceText("q", text)));

    private static void AssertLinear(Func<int, string> make, int size)
    {
        ArticleAnalyzer analyzer = Analyzers.Repository;
        long Time(string text)
        {
            var sw = Stopwatch.StartNew();
            analyzer.Analyze(new SourceText("t", text));
            return sw.ElapsedMilliseconds;
        }

        Time(make(1024));
        long small = Time(make(size));
        long large = Time(make(size * 2));
        Assert.True(large < 3 * Math.Max(small, 50), $"{size} chars: {small} ms; {size * 2} chars: {large} ms");
    }
}
