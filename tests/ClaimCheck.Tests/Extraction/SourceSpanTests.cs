using ClaimCheck.Output;
using ClaimCheck.Tests.Seeds;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Where a statement's source phrase starts and ends, on invented text.</summary>
public sealed class SourceSpanTests
{
    private static string? SourceOf(string text, string words)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var statement = analysis.Statements.FirstOrDefault(s => StatementNames.ContentText(text, s).Contains(words, StringComparison.Ordinal));
        Assert.True(statement is not null, $"no statement holds '{words}'; found: " + string.Join(" | ", analysis.Statements.Select(s => StatementNames.ContentText(text, s))));
        return statement.Source is { } span ? text[span.Start..span.End] : null;
    }

    [Theory]
    [InlineData("But Mr. Delgado said the hearing would be delayed.", "the hearing would be delayed", "Mr. Delgado")]
    [InlineData("So Ms. Varga said the budget was balanced.", "the budget was balanced", "Ms. Varga")]
    [InlineData("Yet Dr. Lena Fox said that the clinic is safe.", "the clinic is safe", "Dr. Lena Fox")]
    [InlineData("Then Mr. Orrin Tate said the vote would wait until spring.", "the vote would wait", "Mr. Orrin Tate")]
    [InlineData("The board met.\n\nNow Ms. Kline says the fund is empty.", "the fund is empty", "Ms. Kline")]
    public void Honorific_stays_with_the_name_after_an_opening_word(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Theory]
    [InlineData("The storm passed.\n\nBy Monday, federal and local officials said the road was clear.", "the road was clear", "federal and local officials")]
    [InlineData("Republican and Democratic leaders said the deal was close.", "the deal was close", "Republican and Democratic leaders")]
    [InlineData("The storm passed.\n\nFederal and state officials said the road was clear.", "the road was clear", "Federal and state officials")]
    [InlineData("The storm passed.\n\nLocal and county inspectors said the bridge was safe.", "the bridge was safe", "Local and county inspectors")]
    public void Modifiers_joined_by_and_share_the_head(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Fact]
    public void Think_tank_in_an_apposition_is_no_verb()
    {
        const string text = "Lena Ortiz, an analyst at the Harlow Center, a conservative think tank, said the costs would rise.";
        Assert.Equal("Lena Ortiz, an analyst at the Harlow Center, a conservative think tank", SourceOf(text, "the costs would rise"));
    }

    [Fact]
    public void Relative_clause_of_a_named_speaker_is_left_out_before_the_verb()
    {
        const string text = "Rita Vance won the county.\n\nVance, who leads in the polls, said the race was over.";
        Assert.Equal("Vance", SourceOf(text, "the race was over"));
    }

    [Fact]
    public void Relative_clause_that_introduces_a_speaker_stays()
    {
        const string text = "Joel Brandt, who runs the county library, said the budget was cut.";
        Assert.Equal("Joel Brandt, who runs the county library", SourceOf(text, "the budget was cut"));
    }

    [Theory]
    [InlineData("\"It was a mess,\" said Kevin Barrow, a lawyer at Hale & Ross, who represents the state agency. \"It was bad.\"", "It was a mess", "Kevin Barrow, a lawyer at Hale & Ross, who represents the state agency")]
    [InlineData("\"The deal is sound,\" said Senator Ruth Alder, Democrat of Maine.", "The deal is sound", "Senator Ruth Alder, Democrat of Maine")]
    [InlineData("\"It is a good thing,\" said the Rev. Peter Wherly, of Mayfield Memorial Church.", "It is a good thing", "the Rev. Peter Wherly, of Mayfield Memorial Church")]
    [InlineData("\"We will appeal,\" said Rep. Dana Cole, the top Democrat on the panel, in a statement.", "We will appeal", "Rep. Dana Cole, the top Democrat on the panel")]
    public void Description_after_the_cue_runs_to_the_sentence_end(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Theory]
    [InlineData("Representative Dora Kell of New York said the bill was dead.", "the bill was dead", "Representative Dora Kell of New York")]
    [InlineData("\"It is over,\" said Mr. Dunmore of the Sierra Club.", "It is over", "Mr. Dunmore of the Sierra Club")]
    [InlineData("\"We won,\" said Rep. Ada Quill of Maryland, the panel's ranking Democrat.", "We won", "Rep. Ada Quill of Maryland, the panel's ranking Democrat")]
    [InlineData("Seventy percent of registered voters said the race was close.", "the race was close", "Seventy percent of registered voters")]
    public void Of_phrase_completes_the_speaker(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Theory]
    [InlineData("Regulators and environmental groups say that the mine is unsafe.", "the mine is unsafe", "Regulators and environmental groups")]
    [InlineData("The network and its defenders argue that the channel is independent.", "the channel is independent", "The network and its defenders")]
    public void Coordinated_phrase_speaks_with_the_mention(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Theory]
    [InlineData("Talks resumed with Mayor Ann Lee and local groups")]
    [InlineData("Mayor Ann Lee and local")]
    public void Coordinated_phrase_at_the_end_of_the_text_is_no_error(string text)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.Empty(analysis.Statements);
    }

    [Theory]
    [InlineData("Mrs. Lavelle's campaign said the ads were false.", "the ads were false", "Mrs. Lavelle's campaign")]
    [InlineData("Mr. Dunmore's campaign manager has also said the plan failed.", "the plan failed", "Mr. Dunmore's campaign manager")]
    public void Possessed_phrase_before_the_cue_is_the_speaker(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Theory]
    [InlineData("\"The bridge will reopen in May,\" said Ann Lee, a spokeswoman for the county.", "The bridge will reopen", "Ann Lee, a spokeswoman for the county")]
    [InlineData("\"The bridge will reopen in May,\" said Ann Lee, an engineer at the firm, before the vote.", "The bridge will reopen", "Ann Lee, an engineer at the firm")]
    public void An_apposition_after_an_inverted_cue_belongs_to_the_source(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Fact]
    public void According_to_keeps_the_clause_after_its_source()
    {
        const string text = "According to the Harlow Ledger, an email was sent to every member.";
        Assert.Equal("the Harlow Ledger", SourceOf(text, "email was sent"));
    }

    [Theory]
    [InlineData("The Harlow Ledger reports that the mill will close.", "the mill will close", "The Harlow Ledger")]
    [InlineData("My father said the mill would close.", "the mill would close", "My father")]
    [InlineData("Mayor Ana de Souza said the mill would close.", "the mill would close", "Mayor Ana de Souza")]
    [InlineData("The mill closed in May.\n\nBoth Ann Lee and Tom Ruiz said the town would suffer.", "the town would suffer", "Both Ann Lee and Tom Ruiz")]
    [InlineData("The mill closed in May.\n\nSeveral Harlow aides said the town would suffer.", "the town would suffer", "Several Harlow aides")]
    public void The_opening_determiner_belongs_to_the_source(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Theory]
    [InlineData("Senator Ann Lee and Senator Tom Ruiz said the mill would close.", "the mill would close", "Senator Ann Lee and Senator Tom Ruiz")]
    [InlineData("The mill closed in May, and Tom Ruiz said the town would suffer.", "the town would suffer", "Tom Ruiz")]
    public void Joined_names_before_the_cue_are_one_source(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Fact]
    public void Names_joined_by_a_slash_stay_whole()
    {
        const string text = "The town voted in May.\n\nThe Harlow Ledger/Brant College poll showed that the mayor was ahead.";
        Assert.Equal("The Harlow Ledger/Brant College poll", SourceOf(text, "the mayor was ahead"));
    }

    [Theory]
    [InlineData("The port closed in June.\n\nPrime Minister Ann May said the port would reopen.", "the port would reopen", "Prime Minister Ann May")]
    [InlineData("The storm passed. Mayor Lena Fox Monday said the road was clear.", "the road was clear", "Mayor Lena Fox")]
    public void Capitalized_words_before_the_cue_finish_the_name(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Theory]
    [InlineData("The vote ended.\n\nHarlow election officials say turnout was high.", "turnout was high", "Harlow election officials")]
    [InlineData("The talks stalled.\n\nThe two sides have said that talks will go on.", "talks will go on", "The two sides")]
    [InlineData("The plan stalled.\n\nAnn Lee last month said the plan was sound.", "the plan was sound", "Ann Lee")]
    [InlineData("Ann Lee spoke on Monday.\n\nLee communication director Tom Ruiz said the plan was sound.", "the plan was sound", "Lee communication director Tom Ruiz")]
    [InlineData("Ann Lee spoke on Monday.\n\nLee fundraising chief Mia Chen said the plan was sound.", "the plan was sound", "Lee fundraising chief Mia Chen")]
    public void Head_words_before_the_cue_finish_the_source(string text, string words, string source)
    {
        Assert.Equal(source, SourceOf(text, words));
    }

    [Fact]
    public void Dotted_initials_stay_whole()
    {
        const string text = "The fund grew in May.\n\nThe H.F.A. said the fund was sound.";
        Assert.Equal("The H.F.A.", SourceOf(text, "the fund was sound"));
    }
}
