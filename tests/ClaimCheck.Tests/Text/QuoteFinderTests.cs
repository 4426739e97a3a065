using System.Globalization;
using System.Text;
using ClaimCheck.Tests.Specs;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Tests.Text;

public class QuoteFinderTests
{
    private static readonly Segmenter Segmenter = new(TestRules.Abbreviations);

    public static TheoryData<SpecExample> Examples => SpecFile.Theory("quotes.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_quotes_as_the_spec_says(SpecExample example)
    {
        var (_, quotes) = Find(example.Input);
        var actual = quotes.Select(q => Describe(example.Input, q));
        string expected = example.Expected["quotes"];
        Assert.Equal(expected == "(none)" ? [] : expected.Split('\n'), actual);
    }

    [Fact]
    public void Finds_the_seed_quotes_without_breaking_invariants()
    {
        foreach (string path in Directory.GetFiles(TestRules.SeedsDir, "*.txt"))
        {
            string text = File.ReadAllText(path);
            var (seg, quotes) = Find(text);
            AssertInvariants(seg, quotes);
        }
    }

    [Fact]
    public void Seed_002_nests_union_state_and_leaves_the_unfinished_quote_open()
    {
        string path = Directory.GetFiles(TestRules.SeedsDir, "002_*.txt").Single();
        string text = File.ReadAllText(path);
        var (_, quotes) = Find(text);

        var nested = quotes.Where(q => q.Depth == 1).ToList();
        Assert.Equal(2, nested.Count);
        Assert.All(nested, q => Assert.Equal("union state", text[q.Inner.Start..q.Inner.End]));
        Assert.All(nested, q => Assert.True(q.IsTermLike));

        var open = Assert.Single(quotes, q => !q.Closed);
        Assert.StartsWith("\"It's no secret", text[open.Outer.Start..], StringComparison.Ordinal);
        Assert.EndsWith("- he said.", text[open.Outer.Start..open.Outer.End], StringComparison.Ordinal);
        Assert.All(quotes, q => Assert.Equal(-1, q.ContinuedFrom));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_marks_letters_and_breaks_keep_every_invariant(int seed)
    {
        const string alphabet = "\"\"\"''“”‘’«»„‚‹›  \n\n.,-aBc(";
        var random = new Random(seed);
        for (int round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            int length = random.Next(0, 120);
            for (int i = 0; i < length; i++)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string text = sb.ToString();
            var (seg, quotes) = Find(text);
            AssertInvariants(seg, quotes);
        }
    }

    [Fact]
    public void A_hundred_thousand_straight_marks_give_a_bounded_result()
    {
        // All openers: nesting stops at MaxDepth and the rest is plain text.
        string openers = string.Concat(Enumerable.Repeat("\"a ", 100_000));
        var (seg, quotes) = Find(openers);
        Assert.Equal(QuoteFinder.MaxDepth, quotes.Count);
        AssertInvariants(seg, quotes);

        // Pairs: one quotation per pair, all at the top level.
        string pairs = string.Concat(Enumerable.Repeat("\"a\" b ", 50_000));
        (seg, quotes) = Find(pairs);
        Assert.Equal(50_000, quotes.Count);
        Assert.All(quotes, q => Assert.True(q.Closed && q.Depth == 0 && q.IsTermLike));
        AssertInvariants(seg, quotes);
    }

    [Fact]
    public void A_hundred_thousand_mixed_marks_in_many_paragraphs_give_a_bounded_result()
    {
        const string marks = "\"“”‘’'«»„ \n";
        var random = new Random(7);
        var sb = new StringBuilder(200_000);
        for (int i = 0; i < 100_000; i++)
        {
            sb.Append(marks[random.Next(marks.Length)]).Append(random.Next(3) == 0 ? ' ' : 'x');
        }

        var (seg, quotes) = Find(sb.ToString());
        Assert.InRange(quotes.Count, 0, 100_000);
        AssertInvariants(seg, quotes);
    }

    [Fact]
    public void Thousand_deep_nesting_is_capped()
    {
        string text = string.Concat(Enumerable.Repeat("“a ", 1000)) + string.Concat(Enumerable.Repeat("b” ", 1000));
        var (seg, quotes) = Find(text);
        Assert.Equal(QuoteFinder.MaxDepth, quotes.Count);
        Assert.Equal(Enumerable.Range(0, QuoteFinder.MaxDepth), quotes.Select(q => q.Depth));
        Assert.All(quotes, q => Assert.True(q.Closed));
        Assert.Equal(text.TrimEnd().Length, quotes[0].Outer.End);
        AssertInvariants(seg, quotes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("“”")]
    [InlineData("\"\"\"\"''''")]
    [InlineData("a\"\r\n\r\n\"b")]
    public void Never_throws_on_odd_text(string text)
    {
        var (seg, quotes) = Find(text);
        AssertInvariants(seg, quotes);
    }

    [Fact]
    public void Continuation_across_CRLF_paragraphs_links_the_pieces()
    {
        const string text = "He said: \"One.\r\n\r\n\"Two.\r\n\r\n\"Three,\" he said.\r\n";
        var (seg, quotes) = Find(text);
        Assert.Equal([-1, 0, 1], quotes.Select(q => q.ContinuedFrom));
        Assert.Equal([false, false, true], quotes.Select(q => q.Closed));
        Assert.Equal("One.", text[quotes[0].Inner.Start..quotes[0].Inner.End]);
        AssertInvariants(seg, quotes);
    }

    private static (SegmentedText Seg, IReadOnlyList<Quotation> Quotes) Find(string text)
    {
        var seg = Segmenter.Segment(new SourceText("t", text));
        return (seg, QuoteFinder.Find(seg));
    }

    private static string Describe(string text, Quotation q)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{q.Depth} {(q.Closed ? "closed" : "open")} {q.Style} w{q.WordCount}");
        if (q.IsTermLike)
        {
            sb.Append(" term");
        }

        if (q.ContinuedFrom >= 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" from {q.ContinuedFrom}");
        }

        sb.Append(' ').Append(text[q.Outer.Start..q.Outer.End].Replace("\n", "⏎", StringComparison.Ordinal));
        return sb.ToString();
    }

    private static void AssertInvariants(SegmentedText seg, IReadOnlyList<Quotation> quotes)
    {
        string text = seg.Source.Text;
        int paragraph = 0;
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            Assert.InRange(q.Outer.Start, 0, text.Length);
            Assert.InRange(q.Outer.End, q.Outer.Start + 1, text.Length);
            Assert.True(q.Outer.Contains(q.Inner), $"Inner {q.Inner} outside Outer {q.Outer}");
            Assert.True(q.Inner.Start > q.Outer.Start, "Inner starts after the opening mark");
            Assert.False(q.Inner.IsEmpty);
            Assert.True(CharClass.IsQuote(text[q.Outer.Start]));
            if (q.Closed)
            {
                Assert.True(CharClass.IsQuote(text[q.Outer.End - 1]));
            }

            Assert.InRange(q.Depth, 0, QuoteFinder.MaxDepth - 1);
            Assert.InRange(q.ContinuedFrom, -1, i - 1);
            Assert.True(q.WordCount >= 0);
            if (i > 0)
            {
                Assert.True(quotes[i - 1].Outer.Start < q.Outer.Start, "sorted by Outer.Start");
            }

            // Not crossing paragraphs (quotes are sorted, so the paragraph index only moves forward).
            while (paragraph < seg.Paragraphs.Count && seg.Paragraphs[paragraph].End <= q.Outer.Start)
            {
                paragraph++;
            }

            Assert.True(paragraph < seg.Paragraphs.Count && seg.Paragraphs[paragraph].Span.Contains(q.Outer), $"{q.Outer} inside one paragraph");

            if (q.Depth > 0)
            {
                // The nearest earlier quotation one level up contains it.
                int parent = i - 1;
                while (parent >= 0 && quotes[parent].Depth != q.Depth - 1)
                {
                    parent--;
                }

                Assert.True(parent >= 0, "a nested quotation has a parent");
                Assert.True(quotes[parent].Outer.Contains(q.Outer), $"{q.Outer} inside parent {quotes[parent].Outer}");
            }
            else
            {
                // A top-level quotation overlaps no earlier top-level one.
                for (int j = i - 1; j >= 0; j--)
                {
                    if (quotes[j].Depth == 0)
                    {
                        Assert.False(quotes[j].Outer.Overlaps(q.Outer), "top-level quotations are disjoint");
                        break;
                    }
                }
            }
        }
    }
}
