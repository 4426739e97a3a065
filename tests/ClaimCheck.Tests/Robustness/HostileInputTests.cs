using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Hostile article text. Each test asserts that the work done is bounded by the input: quotations at
/// most one per mark and never nested past <see cref="QuoteFinder.MaxDepth"/>, tokens at most one per
/// character, statements at most the candidate cap per sentence plus one per quotation, name-run and
/// conflict-check work linear, every offset in range. Sizes are
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

        var inspection = Analyzers.Repository.Inspect(source);
        var analysis = inspection.Analysis;
        Analyzers.AssertWellFormed(analysis);
        Assert.True(analysis.Statements.Count <= (segmented.Sentences.Count * AttributionFinder.MaxCandidatesPerSentence) + quotes.Count);
        AssertLinearWork(inspection.Work, segmented.Tokens.Count);
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

    // Work, not time, is asserted: doubling the input must about double the work.
    [Theory]
    [InlineData("capitalised words", 32 * 1024)]
    [InlineData("statement-dense line", 64 * 1024)]
    [InlineData("sentence of 1 MB", 64 * 1024)]
    [InlineData("pronouns in one paragraph", 64 * 1024)]
    [InlineData("quotation marks between words", 64 * 1024)]
    public void Work_grows_linearly_with_the_input(string name, int size)
    {
        var small = Analyzers.Repository.Inspect(new SourceText("s", Make(name, size))).Work;
        var large = Analyzers.Repository.Inspect(new SourceText("l", Make(name, size * 2))).Work;
        AssertAboutDouble(small.ConflictChecks, large.ConflictChecks, "conflict checks");
        AssertAboutDouble(small.NameRunSteps, large.NameRunSteps, "name run steps");
        AssertAboutDouble(small.Candidates, large.Candidates, "candidates");
        AssertAboutDouble(small.AntecedentCandidates, large.AntecedentCandidates, "antecedent candidates");
        AssertAboutDouble(small.ChannelSteps, large.ChannelSteps, "channel steps");
    }

    [Fact]
    public void A_sentence_offers_at_most_the_candidate_cap()
    {
        var work = Analyzers.Repository.Inspect(new SourceText("s", Make("sentence of 1 MB", 256 * 1024))).Work;
        Assert.True(work.CandidatesDropped > 0, "the cap was not reached");
        Assert.True(work.ConflictChecks <= (work.Candidates - work.CandidatesDropped) * AttributionFinder.MaxCandidatesPerSentence);
    }

    private static void AssertLinearWork(WorkCounters work, int tokens)
    {
        // Each token starts at most a few name runs; each kept candidate meets at most a sentence's worth of accepted ones.
        Assert.True(work.NameRunSteps <= 4L * (tokens + 1), $"{work.NameRunSteps} name run steps for {tokens} tokens");
        Assert.True(work.ConflictChecks <= (long)AttributionFinder.MaxCandidatesPerSentence * (work.Candidates + 1), $"{work.ConflictChecks} conflict checks for {work.Candidates} candidates");
    }

    private static void AssertAboutDouble(long small, long large, string what) =>
        Assert.True(large <= (2.5 * small) + 64, $"{what}: {small} at n, {large} at 2n");

    internal static string Make(string name, int size) => name switch
    {
        "one line" => Repeat("the river rose in the night and the town slept on. ", size),
        "100,000 quotation marks" => new string('"', size),
        "quotation marks between words" => Repeat("\u201C a \u201D b \" c ' d \u00AB e \u00BB ", size),
        "quotes nested 1,000 deep" => Nest(size),
        "sentence of 1 MB" => "Anna Berg said " + Repeat("the officials and the ministers told the people ", size) + ".",
        "capitalised words" => Repeat("John Smith ", size),
        "pronouns in one paragraph" => Repeat("Anna Berg met Tom Reed. She said he told Reuters the plan works. ", size),
        "statement-dense line" => Repeat("The minister said the plan \u201Cwill work for everyone\u201D in a statement on Monday. ", size),
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
}
