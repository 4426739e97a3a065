namespace ClaimCheck.Tests.Metadata;

/// <summary>Each rule of <c>rules/boilerplate.yaml</c> on small made-up articles.</summary>
public class BoilerplateRuleTests
{
    private const string Prose = "The minister said on Tuesday that the talks would continue next week in the capital despite the protests.";

    [Theory]
    [InlineData("Share this story!")]
    [InlineData("  leave a reply ")]
    [InlineData("Advertisement")]
    [InlineData("Back to top button")]
    public void Furniture_lines_are_marked(string line)
    {
        Assert.Equal("share-and-comment-furniture", TestRules.RuleByLine($"Headline here\n\n{Prose}\n\n{line}\n")[line.Trim()]);
    }

    [Fact]
    public void A_furniture_word_inside_a_sentence_is_not_marked()
    {
        var rules = TestRules.RuleByLine($"{Prose}\nSource: the ministry said the figures were final.\n");
        Assert.Empty(rules);
    }

    [Theory]
    [InlineData("READ MORE: Parliament votes on new budget", "teaser-prefix")]
    [InlineData("See also: Parliament votes on new budget", "teaser-prefix")]
    [InlineData("FILE PHOTO: Riot police in the city centre", "photo-prefix")]
    [InlineData("Image caption Protesters gathered outside the court", "photo-prefix")]
    [InlineData("Subscribe to our newsletter for daily updates.", "support-appeal")]
    [InlineData("Follow Jane Doe on Twitter @janedoe.", "follow-us")]
    public void Prefixed_lines_are_marked(string line, string rule)
    {
        Assert.Equal(rule, TestRules.RuleByLine($"{Prose}\n{line}\n")[line]);
    }

    [Fact]
    public void A_prefix_must_end_at_a_word_boundary()
    {
        // "Donate" is a prefix of the appeal rule; "Donated" is not the same word.
        Assert.Empty(TestRules.RuleByLine($"{Prose}\nDonated food reached the city on Monday.\n"));
    }

    [Theory]
    [InlineData("Jane Doe / Reuters")]
    [InlineData("\u00A9 Sputnik / Ivan Petrov")]
    [InlineData("Photo \u00A9 John Smith")]
    public void Short_credit_lines_are_marked(string line)
    {
        Assert.Equal("photo-credit", TestRules.RuleByLine($"{Prose}\n{line}\n")[line]);
    }

    [Fact]
    public void A_sentence_with_a_slash_is_not_a_credit()
    {
        Assert.Empty(TestRules.RuleByLine($"{Prose}\nTurnout was 40 / 60 in the end.\n"));
    }

    [Fact]
    public void A_bare_agency_name_is_a_credit()
    {
        Assert.Equal("credit-only", TestRules.RuleByLine($"{Prose}\nGetty Images\n")["Getty Images"]);
    }

    [Fact]
    public void Lines_without_letters_or_digits_are_marked()
    {
        Assert.Equal("no-words", TestRules.RuleByLine($"{Prose}\n* * *\n")["* * *"]);
    }

    [Fact]
    public void A_repeated_line_is_marked_from_its_second_occurrence()
    {
        var text = $"Ministers Meet in Geneva\n\nMinisters Meet in Geneva\n\n{Prose}\n";
        var found = TestRules.Extractor.FindBoilerplate(new ClaimCheck.Text.SourceText("t", text));
        var only = Assert.Single(found);
        Assert.Equal("repeated-line", only.RuleId);
        Assert.Equal(text.IndexOf("Ministers", 1, StringComparison.Ordinal), only.Span.Start);
    }

    [Fact]
    public void A_related_headline_next_to_its_read_more_line_is_a_teaser()
    {
        var text = $"Ministers Meet in Geneva\n\n{Prose}\n\nFarmers block roads over fuel prices\n\nREAD MORE: Farmers block roads over fuel prices\n\n{Prose} Again.\n";
        var rules = TestRules.RuleByLine(text);
        Assert.Equal("related-teaser", rules["Farmers block roads over fuel prices"]);
        Assert.Equal("teaser-prefix", rules["READ MORE: Farmers block roads over fuel prices"]);
        Assert.False(rules.ContainsKey("Ministers Meet in Geneva"));
    }

    [Fact]
    public void A_subheading_that_nothing_repeats_is_article_text()
    {
        var text = $"Ministers Meet in Geneva\n\n{Prose}\n\nWhat comes next\n\n{Prose} Again.\n";
        Assert.Empty(TestRules.RuleByLine(text));
    }

    [Fact]
    public void A_standfirst_glued_to_the_title_is_marked()
    {
        var text = $"Ministers meet in Geneva over border dispute\n\nThe two sides have not met since the spring, officials sayMinisters meet in Geneva over border dispute\n\n{Prose}\n";
        var rules = TestRules.RuleByLine(text);
        Assert.Equal("joined-title", rules["The two sides have not met since the spring, officials sayMinisters meet in Geneva over border dispute"]);
        Assert.False(rules.ContainsKey("Ministers meet in Geneva over border dispute"));
    }

    [Fact]
    public void A_paragraph_ending_in_a_sentence_that_repeats_a_line_is_not_joined()
    {
        // Only a headline-like line can be glued on, and the text before it must not end a sentence.
        var text = $"Talks resume in Geneva today\n\n{Prose} Talks resume in Geneva today\n";
        Assert.Empty(TestRules.RuleByLine(text));
    }

    [Fact]
    public void A_short_date_line_is_marked()
    {
        Assert.Equal("date-line", TestRules.RuleByLine($"Published: Nov. 13, 2020 10:00 AM\n\n{Prose}\n")["Published: Nov. 13, 2020 10:00 AM"]);
    }

    [Theory]
    [InlineData("Sen. Jane Doe (D-Ohio) announced her campaign on March 23, 2015")]
    [InlineData("Sen. Jane Doe (D-Ohio) \u2014 Announced March 23, 2015")]
    [InlineData("<tweet author=\"@someone\" datetime=\"2015-12-02\">Breaking news from the scene tonight</tweet>")]
    public void A_line_that_mentions_a_date_among_other_words_is_not_a_date_line(string line)
    {
        Assert.Empty(TestRules.RuleByLine($"{Prose}\n{line}\n"));
    }

    [Fact]
    public void A_byline_with_a_date_is_a_date_line()
    {
        Assert.Equal("date-line", TestRules.RuleByLine($"By Jane Doe, Nov. 13, 2020\n\n{Prose}\n")["By Jane Doe, Nov. 13, 2020"]);
    }

    [Theory]
    [InlineData(".share-box {")]
    [InlineData("text-align: left;")]
    [InlineData("width:100%;")]
    public void Leaked_style_sheet_lines_are_marked(string line)
    {
        Assert.Equal("embedded-code", TestRules.RuleByLine($"{Prose}\n{line}\n")[line]);
    }

    [Fact]
    public void Signature_lines_are_marked()
    {
        Assert.Equal("outlet-signature", TestRules.RuleByLine($"Long live Charter 97!\n\n{Prose}\n")["Long live Charter 97!"]);
    }

    [Fact]
    public void Rules_are_tried_in_order_and_the_first_names_the_line()
    {
        // "Read more" is both furniture and (the second time) a repeat: the earlier rule wins.
        var rules = TestRules.Extractor.FindBoilerplate(new ClaimCheck.Text.SourceText("t", $"{Prose}\nRead more\nRead more\n"));
        Assert.All(rules, r => Assert.Equal("share-and-comment-furniture", r.RuleId));
        Assert.Equal(2, rules.Count);
    }

    [Fact]
    public void Spans_exclude_crlf_line_breaks()
    {
        var text = $"{Prose}\r\nRead more\r\n";
        var span = Assert.Single(TestRules.Extractor.Extract(new ClaimCheck.Text.SourceText("t", text)).Boilerplate);
        Assert.Equal("Read more", text[span.Start..span.End]);
    }
}
