using ClaimCheck.Extraction;
using ClaimCheck.Output;
using ClaimCheck.Tests.Seeds;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Reported speech on invented text: the cue's verb group, cues beyond "say", and what can stand
/// as the source of a statement that is not a quotation.
/// </summary>
public sealed class ReportedSpeechTests
{
    private static Statement Holding(string text, string words)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var statement = analysis.Statements.FirstOrDefault(s => StatementNames.ContentText(text, s).Contains(words, StringComparison.Ordinal));
        Assert.True(statement is not null, $"no statement holds '{words}'; found: " + string.Join(" | ", analysis.Statements.Select(s => StatementNames.ContentText(text, s))));
        return statement;
    }

    [Theory]
    [InlineData("The mayor has also said the bridge will reopen in May.", "the bridge will reopen", "has also said")]
    [InlineData("Officials have repeatedly warned that the dam could fail.", "the dam could fail", "have repeatedly warned")]
    [InlineData("Gina Ortiz said the vote was delayed.", "the vote was delayed", "said")]
    [InlineData("Senator Ruth Alder is demanding that the agency release the files.", "the agency release the files", "is demanding")]
    [InlineData("The county's farmers are also warning that the harvest will be late.", "the harvest will be late", "are also warning")]
    public void Cue_span_is_the_verb_group(string text, string words, string cue)
    {
        var statement = Holding(text, words);
        Assert.Equal(cue, statement.Cue is { } c ? text[c.Span.Start..c.Span.End] : null);
    }

    [Theory]
    [InlineData("The governor promised to veto the tax bill.", "to veto the tax bill")]
    [InlineData("The mayor said that the bridge will reopen in May.", "that the bridge will reopen in May")]
    public void Content_keeps_its_complementizer(string text, string content)
    {
        var statement = Holding(text, content.Split(' ', 2)[1]);
        Assert.Equal(content, StatementNames.ContentText(text, statement));
    }

    [Theory]
    [InlineData("The mayor said the bridge will reopen in May, but she said the tolls would stay.", "the bridge will reopen in May")]
    [InlineData("Dr. Lena Fox said the clinic is safe, though she noted that staff are leaving.", "the clinic is safe")]
    public void Content_stops_before_a_conjoined_clause_with_its_own_attribution(string text, string content)
    {
        Assert.Equal(content, StatementNames.ContentText(text, Holding(text, content)));
    }

    [Theory]
    [InlineData("The mayor did not say that the bridge would close.")]
    [InlineData("The mayor didn't say that the bridge would close.")]
    [InlineData("The mayor didn\u2019t say that the bridge would close.")]
    public void A_negated_cue_reports_nothing_whatever_the_apostrophe(string text)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.DoesNotContain(analysis.Statements, s => StatementNames.ContentText(text, s).Contains("bridge", StringComparison.Ordinal));
    }

    [Fact]
    public void Coordinated_verb_is_a_statement_of_the_first_subject()
    {
        const string text = "Governor Ellen Park praised the nurses on Monday and promised to raise their pay.";
        var promise = Holding(text, "to raise their pay");
        Assert.Equal("Ellen Park", promise.Speaker?.Name);
        var praise = Holding(text, "the nurses");
        Assert.Equal("the nurses on Monday", StatementNames.ContentText(text, praise));
        Assert.Equal("Ellen Park", praise.Speaker?.Name);
    }

    [Theory]
    [InlineData("The senator railed against the new tariffs.", "the new tariffs", "railed against")]
    [InlineData("Mayor Dana Cole pointed to falling crime rates.", "falling crime rates", "pointed to")]
    [InlineData("Critics have lambasted the plan as a giveaway.", "the plan as a giveaway", "have lambasted")]
    [InlineData("Residents complained about the noise from the new runway.", "the noise from the new runway", "complained about")]
    public void Cues_beyond_verbs_of_saying(string text, string words, string cue)
    {
        var statement = Holding(text, words);
        Assert.Equal(cue, statement.Cue is { } c ? text[c.Span.Start..c.Span.End] : null);
    }

    [Theory]
    [InlineData("Senator Ann Lee, Democrat of Maine, said the bill would pass.", "the bill would pass", "Senator Ann Lee, Democrat of Maine")]
    [InlineData("Officials at the port authority, a division of the state transport agency, said the docks would close.", "the docks would close", "Officials at the port authority, a division of the state transport agency")]
    public void Apposition_closed_by_a_cue_belongs_to_the_source(string text, string words, string source)
    {
        var statement = Holding(text, words);
        Assert.Equal(source, statement.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Fact]
    public void Passive_expectation_names_no_source()
    {
        const string text = "Turnout in the northern districts is widely expected to reach a record.";
        var statement = Holding(text, "to reach a record");
        Assert.Equal("is widely expected", statement.Cue is { } c ? text[c.Span.Start..c.Span.End] : null);
        Assert.Null(statement.Source);
        Assert.Equal("Turnout in the northern districts", text[statement.Content[0].Start..statement.Content[0].End]);
    }

    [Fact]
    public void Go_on_to_takes_the_cue_after_it()
    {
        const string text = "The mayor went on to say the budget would be balanced by spring.";
        var statement = Holding(text, "the budget would be balanced");
        Assert.Equal("went on to say", statement.Cue is { } c ? text[c.Span.Start..c.Span.End] : null);
    }

    [Fact]
    public void Go_on_to_without_a_cue_is_no_statement()
    {
        const string text = "The young striker went on to win the league with his new club.";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.Empty(analysis.Statements);
    }

    [Theory]
    [InlineData("Polls show that Alma Reyes has strong support among older voters in the valley.")]
    [InlineData("In the poll, 40 percent support among independents went to Reyes.")]
    public void Support_as_a_noun_is_no_statement(string text)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.DoesNotContain(analysis.Statements, s => s.Cue is { } c && text[c.Span.Start..c.Span.End].StartsWith("support", StringComparison.Ordinal));
    }

    [Fact]
    public void According_to_between_clauses_backs_the_clause_before_it()
    {
        const string text = "The turnout rose by 12 percent, according to a count by The Daily Ledger, but the gains were uneven across the county.";
        var statement = Holding(text, "turnout");
        Assert.Equal("The turnout rose by 12 percent", StatementNames.ContentText(text, statement));
        Assert.Equal("a count by The Daily Ledger", statement.Source is { } s ? text[s.Start..s.End] : null);
    }

    [Theory]
    [InlineData("Governor Reyes has won 412 pledged delegates so far.")]
    [InlineData("The board saw fit to close the library on Sundays.")]
    [InlineData("The mayor should know better than to raise the fares.")]
    [InlineData("Raul Mendes works at a think tank in the capital.")]
    public void Cue_word_in_a_fixed_phrase_is_no_statement(string text)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.Empty(analysis.Statements);
    }

    [Fact]
    public void Support_as_a_verb_is_a_statement()
    {
        const string text = "Governor Alma Reyes supports the new transit levy.";
        var statement = Holding(text, "the new transit levy");
        Assert.Equal("supports", statement.Cue is { } c ? text[c.Span.Start..c.Span.End] : null);
    }

    [Theory]
    [InlineData("A producer for the film studio told reporters that the host had quit.", "the host had quit", "A producer for the film studio")]
    [InlineData("Each side said the other would pay for the repairs.", "the other would pay", "Each side")]
    [InlineData("At least half of the farmers in each county say the rules are too strict.", "the rules are too strict", "At least half of the farmers in each county")]
    [InlineData("Two-thirds of union members said the offer was too low.", "the offer was too low", "Two-thirds of union members")]
    [InlineData("A new survey of young renters shows that most expect to move within a year.", "most expect to move", "A new survey of young renters")]
    [InlineData("Court records from the county show the firm paid no fines.", "the firm paid no fines", "Court records from the county")]
    [InlineData("But a caretaker at the school said the doors were locked.", "the doors were locked", "a caretaker at the school")]
    public void Sentence_opening_noun_phrase_before_say_is_the_source(string text, string words, string source)
    {
        var statement = Holding(text, words);
        Assert.Equal(source, statement.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Theory]
    [InlineData("The coach said he was pleased that the team had trained so hard.", "he was pleased that the team had trained so hard")]
    [InlineData("The mayor said in an interview that the bridge will reopen in May.", "that the bridge will reopen in May")]
    [InlineData("The mayor said Tuesday that the bridge will reopen in May.", "that the bridge will reopen in May")]
    [InlineData("The coach told a cheering crowd in the square that the team would win.", "that the team would win")]
    [InlineData("The coach told reporters he would stay for another season.", "he would stay for another season")]
    [InlineData("The senator asked Ms. Varga whether the money had been spent.", "whether the money had been spent")]
    public void Content_starts_after_a_listener_or_setting_not_inside_a_clause(string text, string content)
    {
        Assert.Equal(content, StatementNames.ContentText(text, Holding(text, content.Split(' ', 2)[1])));
    }

    [Fact]
    public void That_before_a_quotation_joins_it_as_a_mixed_statement()
    {
        const string text = "The coach told reporters that \u201Cthe team is ready for the final.\u201D";
        var statement = Holding(text, "the team is ready");
        Assert.Equal("that \u201Cthe team is ready for the final.\u201D", StatementNames.ContentText(text, statement));
        Assert.Equal(StatementKind.Mixed, statement.Kind);
    }

    [Fact]
    public void Participle_after_but_reports_its_own_content()
    {
        const string text = "Governor Ida Sorensen answered on Friday, praising the nurses but insisting that the budget could not grow.";
        var statement = Holding(text, "the budget could not grow");
        Assert.Equal("that the budget could not grow", StatementNames.ContentText(text, statement));
        Assert.Equal("insisting", statement.Cue is { } c ? text[c.Span.Start..c.Span.End] : null);
    }

    [Fact]
    public void Content_may_open_with_an_approximate_quantity()
    {
        const string text = "According to the World Bank, about 12 percent of emissions are taxed.";
        Assert.Equal("about 12 percent of emissions are taxed", StatementNames.ContentText(text, Holding(text, "12 percent")));
    }

    [Theory]
    [InlineData("Mayor Ann Lee said Tuesday the city would appeal.", "the city would appeal", "Mayor Ann Lee")]
    [InlineData("The company said in a statement it would cut jobs.", "it would cut jobs", "The company")]
    [InlineData("The pilot had logged 2,000 hours, the airline said Thursday.", "The pilot had logged 2,000 hours", "the airline")]
    public void Reported_speech_around_a_setting_or_a_tail_source(string text, string content, string source)
    {
        var statement = Holding(text, content);
        Assert.Equal(content, StatementNames.ContentText(text, statement));
        Assert.Equal(source, statement.Source is { } span ? text[span.Start..span.End] : null);
    }
    [Theory]
    [InlineData("The council approved the levy, which the mayor said would fund new schools.", "the mayor", "which", "would fund new schools")]
    [InlineData("Inspectors toured what officials called a model farm.", "officials", "what", "a model farm")]
    [InlineData("The agency released what the minister called a damning report.", "the minister", "what", "a damning report")]
    public void A_relative_pronoun_before_the_source_is_a_piece_of_the_content(string text, string source, string pronoun, string rest)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var statement = Assert.Single(analysis.Statements, s => s.Source is { } span && text[span.Start..span.End] == source);
        Assert.Equal([pronoun, rest], statement.Content.Select(c => text[c.Start..c.End]));
    }

    [Fact]
    public void A_relative_pronoun_after_a_preposition_is_a_setting_not_content()
    {
        const string text = "There was a speech, in which the minister said the strike was over.";
        Assert.Equal("the strike was over", StatementNames.ContentText(text, Holding(text, "the strike was over")));
    }

    [Theory]
    [InlineData("The mayor said the bridge will reopen in May; officials said it needs more work.", "the bridge will reopen in May")]
    [InlineData("Senator Joan Pike said the bill would pass, while critics argued it would fail.", "the bill would pass")]
    [InlineData("The coach said the team was ready, and critics said the season was lost.", "the team was ready")]
    public void Content_ends_before_a_statement_joined_by_a_contrastive_conjunction(string text, string content)
    {
        Assert.Equal(content, StatementNames.ContentText(text, Holding(text, content)));
    }

    [Fact]
    public void A_statement_nested_without_a_joiner_stays_inside_the_content()
    {
        const string text = "The lawyer said the witness claimed the car was red.";
        Assert.Equal("the witness claimed the car was red", StatementNames.ContentText(text, Holding(text, "the witness claimed")));
    }
    [Fact]
    public void An_accusation_reports_its_object_with_the_charge()
    {
        const string text = "Senator Ada Moss accused the agency of hiding the report.";
        Assert.Equal("the agency of hiding the report", StatementNames.ContentText(text, Holding(text, "hiding the report")));
    }
    [Theory]
    [InlineData("Both teams played well on Sunday, and the mayor is expected to attend the final.", "the mayor … to attend the final")]
    [InlineData("The bridge will open in May, which is expected to ease traffic.", "which … to ease traffic")]
    [InlineData("Turnout is expected to rise.", "Turnout … to rise")]
    public void A_passive_report_takes_its_subject_not_the_whole_sentence_before_it(string text, string content)
    {
        Assert.Equal(content, StatementNames.ContentText(text, Holding(text, content.Split(" … ")[1])));
    }

    [Theory]
    [InlineData("Mayor Ann Lee said the farmers want a new dam on the river.", "want")]
    [InlineData("Mayor Ann Lee said the union supports a new dam on the river.", "supports")]
    [InlineData("Mayor Ann Lee told reporters that the county plans to build a new dam on the river.", "plans")]
    public void A_stance_inside_another_statement_is_part_of_it(string text, string inner)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.Contains(analysis.Statements, s => s.Cue is { } c && text[c.Span.Start..c.Span.End] is "said" or "told");
        Assert.DoesNotContain(analysis.Statements, s => s.Cue is { } c && text[c.Span.Start..c.Span.End] == inner);
    }

    [Fact]
    public void A_stance_of_its_own_still_reports()
    {
        const string text = "The farmers want a new dam on the river.";
        Assert.Equal("want", Holding(text, "a new dam").Cue is { } c ? text[c.Span.Start..c.Span.End] : null);
    }
}
