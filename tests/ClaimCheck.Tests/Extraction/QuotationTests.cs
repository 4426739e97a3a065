using ClaimCheck.Extraction;
using ClaimCheck.Output;
using ClaimCheck.Tests.Seeds;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Quotation handling on invented text: where a quoted statement's content starts and ends, which
/// pieces belong together, and who says a quote whose attribution stands apart from it.
/// </summary>
public sealed class QuotationTests
{
    public static TheoryData<string, string, string, string> Contents => new()
    {
        // text, words of the statement, its whole content (pieces joined by " … "), its source
        {
            "The plan's cost was \"far beyond what anyone expected,\" Anna Berg said.",
            "far beyond", "The plan's cost was \"far beyond what anyone expected,", "Anna Berg"
        },
        {
            "Her verdict: \"It is far beyond what anyone expected,\" Anna Berg said.",
            "far beyond", "It is far beyond what anyone expected,", "Anna Berg"
        },
        {
            // A quote that goes on in lower case finishes the sentence its opening words began.
            "Prices rose again. An economic downturn, Ina Holt said, \"could be a good time to borrow.\"",
            "good time", "An economic downturn … could be a good time to borrow.", "Ina Holt"
        },
        {
            // Before a capitalised quote the opening words are a setting, not content.
            "Prices rose again. In a statement, Ina Holt said, \"The mill was profitable.\"",
            "The mill", "The mill was profitable.", "Ina Holt"
        },
        {
            "Tom Reyes was blunt. \"Why would anyone believe that?\" Reyes asked on Friday.",
            "Why would", "Why would anyone believe that?", "Reyes"
        },
        {
            "In a statement, Ina Holt said: \"The mill was profitable for a decade,\" adding that sales had tripled.",
            "The mill", "The mill was profitable for a decade,", "Ina Holt"
        },
        {
            "Debate night\n\nThe interview went as follows:\n\n\"HOST: Will she be there tomorrow?\n\n\"MORALES: She will not attend. We made that clear.\n\n\"And we will not change our minds.\n\n\"HOST: Thank you.",
            "She will not attend", "She will not attend. We made that clear. … And we will not change our minds.", "MORALES"
        },
        {
            "Council vote\n\nAfter the vote, Mayor Ruth Adler said:\n\n\"We have waited ten years for this bridge.\"",
            "We have waited", "We have waited ten years for this bridge.", "Mayor Ruth Adler"
        },
        {
            "Council vote\n\nMayor Ruth Adler said: \"We have waited ten years for this bridge.\n\n\"Now the work begins.\"",
            "We have waited", "We have waited ten years for this bridge. … Now the work begins.", "Mayor Ruth Adler"
        },
        {
            "Markets\n\n\"Prices will rise,\" said Lena Park.\n\n\"Nobody can stop that now.\"\n\n\"Not even the bank.\"",
            "Prices will rise", "Prices will rise, … Nobody can stop that now. … Not even the bank.", "Lena Park"
        },
        {
            "Fines\n\n\"Every time you say that,\" Ms. Ray said, referring to the fines, \"you make it worse.\"",
            "Every time", "Every time you say that, … you make it worse.", "Ms. Ray"
        },
        {
            "Fines\n\n\"We paid,\" Ms. Ray said, adding that the bank would appeal. \"Nobody else did.\"",
            "We paid", "We paid, … Nobody else did.", "Ms. Ray"
        },
        {
            "Readers write\n\n\u201CHe never answers a question.\u201D \u2015 Lina Marsh\n\u201CThe debate changed my mind.\u201D \u2015\u00A0Oriel T. Vasquez Brandt.",
            "The debate changed", "The debate changed my mind.", "Oriel T. Vasquez Brandt"
        },
        {
            "Plans\n\n\"Their plan is clear,\" Mark Ford, a senior fellow at the institute and a former United States envoy to Chile, said of the deal.",
            "Their plan", "Their plan is clear,", "Mark Ford, a senior fellow at the institute and a former United States envoy to Chile"
        },
        {
            "Flood ruling\n\n\"The ruling is wrong. It ignores the victims,\" said flood victim Dana Kroll.",
            "The ruling", "The ruling is wrong. It ignores the victims,", "flood victim Dana Kroll"
        },
        {
            "Rally\n\nA woman asked for a photo and Senator Ann Cole said, \"as long as we are not breaking any rules.\"",
            "as long as", "as long as we are not breaking any rules.", "Senator Ann Cole"
        },
        {
            "Protest\n\n\"Not in our town!\" protesters chanted as they passed.",
            "Not in our town", "Not in our town!", "protesters"
        },
        {
            "Appeal\n\n\"We will appeal,\" Lena Voss, director of the Harbor Trust and a lawyer who has represented the families for a decade, said on Monday.",
            "We will appeal", "We will appeal,", "Lena Voss, director of the Harbor Trust and a lawyer who has represented the families for a decade"
        },
        {
            "Appeal\n\nSenator Ann Cole called on the minister to resign from his post over the affair last week and said, \"His time is up.\"",
            "His time", "His time is up.", "Senator Ann Cole"
        },
        {
            "Appeal\n\n\"It is an invasion,\" Ann Ruiz, the attorney general of Utah, one of the states suing the agency, said at an event.",
            "It is an invasion", "It is an invasion,", "Ann Ruiz, the attorney general of Utah, one of the states suing the agency"
        },
        {
            "Hearing\n\n\"Subpoenas are not optional,\" panel Chairman Rep. Tom Reyes (R-Ohio) said after the witness failed to appear.",
            "Subpoenas", "Subpoenas are not optional,", "panel Chairman Rep. Tom Reyes (R-Ohio)"
        },
        {
            "Ad\n\nAs a phone rang, the announcer said, \"It is late and your children are asleep.\"",
            "It is late", "It is late and your children are asleep.", "the announcer"
        },
        {
            "Appeal\n\n\"We need everyone to step up,\" the email said.",
            "We need", "We need everyone to step up,", "the email"
        },
        {
            "Appeal\n\nAnn Ruiz, the attorney general of Utah, said the rule was \"an invasion of the state's domain.\"",
            "an invasion", "the rule was \"an invasion of the state's domain.\"", "Ann Ruiz, the attorney general of Utah"
        },
        {
            // A word the scanner does not take for a name (a nationality) still names the speaker between quote and verb.
            "Rally\n\n\"It is too early to tell,\" Polish said on Sunday.",
            "too early", "It is too early to tell,", "Polish"
        },
        {
            // A statement in a relative clause ends at the comma that closes it, before the main verb's cue.
            "Schools\n\nLena Voss, who says the city should hire more teachers, told reporters that the budget is \"not enough.\"",
            "should hire", "the city should hire more teachers", "who"
        },
        {
            // "request" after an adjective is a noun, not a second cue that stops the skip to the quotation.
            "Budget\n\nAnn Lee said of the latest request: \"We cannot pay for it.\"",
            "cannot pay", "We cannot pay for it.", "Ann Lee"
        },
        {
            // A quotation that a subordinate clause's own cue introduced is that clause's, not the main subject's.
            "Rally\n\nWhen Tom Reyes shouted, \"Out!\" Ann Lee joked, \"Not yet.\"",
            "Out!", "Out!", "Tom Reyes"
        },
        {
            // The subordinate clause's content ends where the main clause's source begins.
            "Schools\n\nAfter Tom Reyes said that schools were \"less advanced,\" Ann Lee said: \"I do not agree.\"",
            "less advanced", "that schools were \"less advanced,\"", "Tom Reyes"
        },
        {
            "Rally\n\n\"We had a great night,\" added a Vermont Democrat.",
            "great night", "We had a great night,", "a Vermont Democrat"
        },
        {
            "Rally\n\n\"Look at that crowd,\" the 46-year-old said.",
            "that crowd", "Look at that crowd,", "the 46-year-old"
        },
        {
            // A voiced quotation is the verb's object: no comma or colon stands before it.
            "Rally\n\nStudents marching past the hall chanted \"Not our fees!\" until midnight.",
            "Not our fees", "Not our fees!", "Students"
        },
        {
            // A colon after the subject's own clause introduces its quotation, whatever the verb.
            "Rally\n\nOn May 3, Ina Holt had a blunt message for the board: \"The mill will stay open.\"",
            "The mill", "The mill will stay open.", "Ina Holt"
        },
        {
            "Rally\n\nThe union worded it more carefully:\n\n\"Talks will resume when the owners return.\"",
            "Talks will", "Talks will resume when the owners return.", "The union"
        },
        {
            // A day name made possessive opens the content's noun phrase; alone it would be an adjunct.
            "Ruling\n\nParty chairman Dan Fowler called Friday's ruling a \"big win for local voters.\"",
            "big win", "Friday's ruling a \"big win for local voters.\"", "Party chairman Dan Fowler"
        },
        {
            // A verb of evaluation frames the quoted label of its object: the object and the label are the content.
            "Ruling\n\nMayor Ann Lee has gone after the developer as a \"land grabber\" for months.",
            "land grabber", "the developer as a \"land grabber", "Mayor Ann Lee"
        },
        {
            // A closing mark typed for the opening one, before an ellipsis, still opens the quotation.
            "Talks\n\nTom Reyes spoke on Monday.\n\n\u201D \u2026 what I learned from these families is that words matter,\u201D he said.",
            "what I learned", "\u2026 what I learned from these families is that words matter,", "he"
        },
        {
            // A full stop inside the quote, then a sentence that is only its attribution.
            "Vote\n\n\"We will win the state.\" Ann Lee said.",
            "win the state", "We will win the state.", "Ann Lee"
        },
        {
            "Talks\n\nDana Kroll said the navy would not leave the region.\n\n\"That is because this region remains the most important for our security.\"",
            "most important", "the navy would not leave the region … That is because this region remains the most important for our security.", "Dana Kroll"
        },
        {
            // An inverted attribution opens the sentence: the verb is the cue, not the first word of a name.
            "Audit\n\nThe report was late. Added Tom Reyes, \"The thought that an error was made is wrong.\"",
            "The thought", "The thought that an error was made is wrong.", "Tom Reyes"
        },
        {
            "Audit\n\nThe report was late, officials said. Said Ellis: \"I do not get the sense she is worried.\"",
            "the sense", "I do not get the sense she is worried.", "Ellis"
        },
        {
            // A sentence that is nothing but a quotation goes on with the paraphrase just before it.
            "Talks\n\nThe agency may wait until the talks are over, Dana Kroll said. \"The other factor is how it would look.\"",
            "other factor", "The agency may wait until the talks are over … The other factor is how it would look.", "Dana Kroll"
        },
        {
            // An aside between the cue and its quotation: "however", a clause of time.
            "Audit\n\nMayor Ann Lee acknowledged, however, \"Past savings are no guide to the next budget.\"",
            "Past savings", "Past savings are no guide to the next budget.", "Mayor Ann Lee"
        },
        {
            "Audit\n\nTom Reyes said in May, when the audit was published, \"We never hid a single invoice.\"",
            "single invoice", "We never hid a single invoice.", "Tom Reyes"
        },
        {
            // A participle after the verb's object: the sentence's subject speaks.
            "Merger\n\nAt the time, Ina Holt released a statement saying, \"The firm shares our vision for the brand.\"",
            "our vision", "The firm shares our vision for the brand.", "Ina Holt"
        },
        {
            // Manners of speaking frame a quotation on either side of it.
            "Race\n\n\"This is a great night for the town!\" beamed Tom Reyes.",
            "great night", "This is a great night for the town!", "Tom Reyes"
        },
        {
            "Race\n\nAsked which county he liked best, Tom Reyes demurred: \"Whichever one I am in at the moment.\"",
            "Whichever one", "Whichever one I am in at the moment.", "Tom Reyes"
        },
        {
            // "by saying": the participle names the act, the sentence's subject speaks.
            "Budget\n\nMayor Ann Lee responded to a caller on Wednesday by saying, \"The bridge will be finished in May.\"",
            "The bridge", "The bridge will be finished in May.", "Mayor Ann Lee"
        },
        {
            // "footage of X asking": the participle's own subject speaks, not the clause's.
            "Ads\n\nThe new spot uses footage of Ann Lee asking, \"Why are we not further ahead?\"",
            "further ahead", "Why are we not further ahead?", "Ann Lee"
        },
        {
            "Senate\n\n\"They could have backed the only bill with support from both sides,\" Tom Reyes fumed on Tuesday.",
            "both sides", "They could have backed the only bill with support from both sides,", "Tom Reyes"
        },
        {
            // A lower-case description speaks: "another child", "a caller".
            "School\n\nOne pupil asked who the visitor was. Another child responded, \"That is the mayor's husband.\"",
            "mayor's husband", "That is the mayor's husband.", "Another child"
        },
        {
            // A participle aside right after the source holds a cue of its own; the sentence's is "said".
            "Audit\n\nMayor Ann Lee, speaking to reporters on Tuesday, said: \"The board resolved all of this.\"",
            "The board", "The board resolved all of this.", "Mayor Ann Lee"
        },
        {
            "Budget\n\nTom Reyes opened the hearing by saying the budget was \"far too thin for a city this size.\"",
            "far too thin", "the budget was \"far too thin for a city this size.\"", "Tom Reyes"
        },
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void Quoted_statement_has_its_whole_content(string text, string words, string content, string source)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var statement = analysis.Statements.FirstOrDefault(s => StatementNames.ContentText(text, s).Contains(words, StringComparison.Ordinal));
        Assert.True(statement is not null, $"no statement holds '{words}'; found: " + string.Join(" | ", analysis.Statements.Select(s => StatementNames.ContentText(text, s))));
        Assert.Equal(content, StatementNames.ContentText(text, statement));
        Assert.Equal(source, statement.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Fact]
    public void A_verb_of_evaluation_without_a_quotation_is_no_statement()
    {
        const string text = "Ruling\n\nMayor Ann Lee has long admired the developer and his work.";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.Empty(analysis.Statements);
    }

    [Fact]
    public void A_manner_of_speaking_without_a_quotation_is_no_statement()
    {
        const string text = "Rally\n\nThe crowd laughed and Mayor Ann Lee beamed as the band started the anthem.";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.Empty(analysis.Statements);
    }

    [Fact]
    public void A_quoted_title_after_a_preposition_is_no_statement()
    {
        const string text = "Shows\n\nIn an interview on WKTV's \"Meet the Voters,\" Senator Ann Cole said the bill would pass in the spring.";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var statement = Assert.Single(analysis.Statements);
        Assert.Equal("the bill would pass in the spring", StatementNames.ContentText(text, statement));
    }

    [Fact]
    public void A_relative_pronoun_is_the_source_and_its_antecedent_the_speaker()
    {
        const string text = "Budget\n\nThey checked with the Harbor Police Department which reported 2,500 arrests this year.";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var statement = Assert.Single(analysis.Statements);
        Assert.Equal("which", statement.Source is { } span ? text[span.Start..span.End] : null);
        Assert.Equal("Harbor Police Department", statement.Speaker?.Name);
    }

    [Fact]
    public void A_participle_after_and_is_no_statement()
    {
        const string text = "Sanctions\n\nWith the United States and the European Union criticising the vote, the president now relies on his neighbours.";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.DoesNotContain(analysis.Statements, s => s.Source is { } span && text[span.Start..span.End].Contains("European Union", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_that_finishes_the_writers_clause_is_mixed()
    {
        const string text = "The plan's cost was \"far beyond what anyone expected,\" Anna Berg said.";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.Equal(StatementKind.Mixed, Assert.Single(analysis.Statements).Kind);
    }

    [Fact]
    public void A_quote_after_an_aside_of_a_quoted_attribution_is_not_the_asides()
    {
        const string text = "Books\n\n\"It can work,\" said Ina Holt, a reviewer who knows its gist. \"She is still up against the men.\"";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var statement = analysis.Statements.Single(s => StatementNames.ContentText(text, s).Contains("up against", StringComparison.Ordinal));
        Assert.Equal("It can work, … She is still up against the men.", StatementNames.ContentText(text, statement));
    }

    [Fact]
    public void A_quote_after_a_relative_clause_statement_is_not_joined_to_it()
    {
        const string text = "Race\n\nTom Reyes, who endorsed the senator on Tuesday, was blunt. \"There is no doubt the mayor is the favorite.\"";
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.DoesNotContain(analysis.Statements, s => s.Content.Count > 1);
    }
}
