using ClaimCheck.Text;

namespace ClaimCheck.Tests.Metadata;

/// <summary>Date formats of <c>rules/metadata.yaml</c>, title choice and outlet signatures.</summary>
public class DateAndTitleTests
{
    private const string Prose = "The minister said on Tuesday that the talks would continue next week in the capital despite the protests.";

    [Theory]
    [InlineData(" date 2020-11-13 As protests in the country enter their third month, officials said nothing.", "2020-11-13", "date 2020-11-13")]
    [InlineData("4 December 2020, Friday, 2:33", "2020-12-04", "4 December 2020")]
    [InlineData("December 4, 2020", "2020-12-04", "December 4, 2020")]
    [InlineData("Updated Nov. 13, 2020 at 10:00", "2020-11-13", "Nov. 13, 2020")]
    [InlineData("2020-11-13T08:15:00Z", "2020-11-13", "2020-11-13")]
    [InlineData("By Jane Doe | 13 Sept 2021", "2021-09-13", "13 Sept 2021")]
    [InlineData("13.11.2020 14:05", "2020-11-13", "13.11.2020")]
    [InlineData("Posted: March 3 2019", "2019-03-03", "March 3 2019")]
    public void Dates_near_the_top_are_read_as_iso(string line, string iso, string matched)
    {
        var text = new SourceText("t", $"{line}\n\n{Prose}\n");
        var m = TestRules.Extractor.Extract(text);
        Assert.Equal(iso, m.Date);
        Assert.Equal(matched, text.ToString(m.DateSpan!.Value));
    }

    [Theory]
    [InlineData("31 February 2020")]
    [InlineData("13.13.2020")]
    [InlineData("Room 4 December 1")]
    public void Impossible_dates_are_ignored(string line)
    {
        Assert.Null(TestRules.Extractor.Extract(new SourceText("t", $"{line}\n\n{Prose}\n")).Date);
    }

    [Fact]
    public void A_date_inside_long_prose_is_not_the_publication_date()
    {
        var text = $"Vote Count Begins\n\nOn November 3, 2020, millions of people voted in an election that officials called the most secure ever held.\n";
        Assert.Null(TestRules.Extractor.Extract(new SourceText("t", text)).Date);
    }

    [Fact]
    public void A_date_far_below_the_top_is_not_the_publication_date()
    {
        var body = string.Concat(Enumerable.Repeat("Short line\n\n", 12));
        Assert.Null(TestRules.Extractor.Extract(new SourceText("t", $"Headline Words Here\n\n{body}December 4, 2020\n")).Date);
    }

    [Fact]
    public void A_date_line_after_the_body_has_started_is_not_the_publication_date()
    {
        Assert.Null(TestRules.Extractor.Extract(new SourceText("t", $"Headline Words Here\n\n{Prose}\n\nMarch 9, 2016\n")).Date);
    }

    [Fact]
    public void The_title_skips_labels_signatures_and_date_lines()
    {
        var text = new SourceText("t", $"Opinion\n12 March 2021\nSupport The Moscow Times!\n\nWhy the Talks Failed\n\n{Prose}\n");
        var m = TestRules.Extractor.Extract(text);
        Assert.Equal("Why the Talks Failed", m.Title);
        Assert.Equal("Why the Talks Failed", text.ToString(m.TitleSpan!.Value));
        Assert.Equal("2021-03-12", m.Date);
        Assert.Equal("The Moscow Times", m.Outlet);
    }

    [Fact]
    public void The_title_span_excludes_surrounding_spaces()
    {
        var text = new SourceText("t", $"   Ministers Meet in Geneva \t\n{Prose}\n");
        Assert.Equal(new TextSpan(3, 27), TestRules.Extractor.Extract(text).TitleSpan);
    }

    [Fact]
    public void No_title_when_the_body_comes_first()
    {
        Assert.Null(TestRules.Extractor.Extract(new SourceText("t", $"{Prose}\n\nShort Line Later\n")).Title);
    }

    [Fact]
    public void A_short_sentence_with_a_period_can_be_a_title_but_a_long_one_cannot()
    {
        Assert.Equal("Fact-Check: If He Says It, It Is True.", TestRules.Extractor.Extract(new SourceText("t", $"Fact-Check: If He Says It, It Is True.\n\n{Prose}\n")).Title);
        Assert.Null(TestRules.Extractor.Extract(new SourceText("t", "Clashes over the weekend reportedly left one activist dead after a beating from police.\n\nMore text.\n")).Title);
    }

    [Fact]
    public void A_long_title_case_headline_ending_in_a_period_is_still_a_title()
    {
        const string title = "Senator: \u2018We Are Going To Go All The Way To The Convention and Win The Nomination.\u2019";
        Assert.Equal(title, TestRules.Extractor.Extract(new SourceText("t", $"{title}\n\n{Prose}\n")).Title);
    }

    [Fact]
    public void A_date_marker_opening_the_body_means_no_title_even_with_a_short_line_later()
    {
        var text = new SourceText("t", $" date 2021-02-03 {Prose}\n\nWhat comes next\n\n{Prose}\n");
        var m = TestRules.Extractor.Extract(text);
        Assert.Equal("2021-02-03", m.Date);
        Assert.Null(m.Title);
        Assert.Empty(m.Boilerplate);
    }

    [Fact]
    public void A_signature_inside_prose_does_not_name_the_publisher()
    {
        var text = $"Opposition Leader Speaks\n\n{Prose} The opposition leader told Charter 97 that she would return.\n";
        Assert.Null(TestRules.Extractor.Extract(new SourceText("t", text)).Outlet);
    }

    [Fact]
    public void A_signature_starting_a_long_line_names_the_publisher()
    {
        var text = $"Headline Words Here\n\n{Prose}\n\nAlso on rt.com Officials in three countries react to the vote as the opposition calls for a general strike next week\n";
        Assert.Equal("RT", TestRules.Extractor.Extract(new SourceText("t", text)).Outlet);
    }

    [Fact]
    public void The_outlet_with_most_signature_lines_wins()
    {
        var text = $"Charter 97\n\n{Prose}\n\nAlso on rt.com One\n\nAlso on rt.com Two\n";
        Assert.Equal("RT", TestRules.Extractor.Extract(new SourceText("t", text)).Outlet);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\r\n\r")]
    [InlineData("   ")]
    [InlineData("\u00A0\u200B\uFEFF")]
    [InlineData("date 2020-99-99")]
    [InlineData("{month} {day}")]
    [InlineData("a\rb\nc\r\nd")]
    [InlineData("\"\"\"\n...\n\u201D")]
    public void Odd_text_never_throws(string input)
    {
        var m = TestRules.Extractor.Extract(new SourceText("t", input));
        Assert.All(m.Boilerplate, s => Assert.InRange(s.End, s.Start, input.Length));
    }

    [Fact]
    public void Random_text_never_throws()
    {
        const string alphabet = "aZ09 .,:;!?/\u00A9\u201C\u201D\"'-\u2013\r\n\n\n\t\u00A0\uD83D\uDE00{}()[]#@";
        string[] pieces = ["date ", "2020-11-13", "Nov.", "December", "Read more", "READ MORE: ", "Also on rt.com", "Charter 97!", " / ", "Share this story!"];
        var random = new Random(42);
        for (var doc = 0; doc < 300; doc++)
        {
            var sb = new System.Text.StringBuilder();
            var length = random.Next(0, 400);
            while (sb.Length < length)
            {
                if (random.Next(6) == 0)
                {
                    sb.Append(pieces[random.Next(pieces.Length)]);
                }
                else
                {
                    sb.Append(alphabet[random.Next(alphabet.Length)]);
                }
            }

            var input = sb.ToString();
            var m = TestRules.Extractor.Extract(new SourceText("t", input));
            Assert.All(m.Boilerplate, s => Assert.InRange(s.End, s.Start, input.Length));
            if (m.TitleSpan is { } t)
            {
                Assert.Equal(m.Title, input[t.Start..t.End]);
            }
        }
    }

    [Fact]
    public void A_huge_single_line_is_handled_quickly()
    {
        var input = " date 2020-01-02 " + string.Concat(Enumerable.Repeat("word, \u201Cquote\u201D / \u00A9 Read more 4 December ", 40_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var m = TestRules.Extractor.Extract(new SourceText("t", input));
        Assert.Equal("2020-01-02", m.Date);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Many_lines_are_handled_quickly()
    {
        var input = string.Concat(Enumerable.Repeat("Short headline-like line\nREAD MORE: Short headline-like line\n" + Prose + "\n", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var m = TestRules.Extractor.Extract(new SourceText("t", input));
        Assert.NotEmpty(m.Boilerplate);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void One_extractor_serves_many_threads()
    {
        var text = TestRules.Seed("001");
        var expected = TestRules.Extractor.Extract(text);
        Parallel.For(0, 64, _ =>
        {
            var m = TestRules.Extractor.Extract(text);
            Assert.Equal(expected.Title, m.Title);
            Assert.Equal(expected.Boilerplate, m.Boilerplate);
        });
    }
}
