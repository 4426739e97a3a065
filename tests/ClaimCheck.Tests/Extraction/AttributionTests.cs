using ClaimCheck.Extraction;
using ClaimCheck.Output;
using ClaimCheck.Tests.Seeds;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Attribution patterns and speaker resolution on invented news text that none of the rules were
/// written from: each case names words of a statement and who must be found saying them.
/// </summary>
public sealed class AttributionTests
{
    public static TheoryData<string, string, string, string?, string?> Cases => new()
    {
        // text, words of the statement, speaker, via, channel
        { "\"We will not back down,\" said Maria Lopez, the union's president.", "We will not back down", "Maria Lopez", "name", null },
        { "\"The budget is balanced,\" Governor Tom Wells said on Tuesday.", "The budget is balanced", "Tom Wells", "name", null },
        { "Senator Anne Carver said the bill would fail in committee.", "the bill would fail in committee", "Anne Carver", "name", null },
        { "The Health Ministry said 120 new cases were recorded overnight.", "120 new cases were recorded", "Health Ministry", null, null },
        { "According to Olaf Brenner, the talks collapsed on Friday.", "the talks collapsed on Friday", "Olaf Brenner", "name", null },
        { "The talks collapsed on Friday, according to Olaf Brenner.", "The talks collapsed on Friday", "Olaf Brenner", "name", null },
        { "Olaf Brenner told Reuters that the deal was dead.", "the deal was dead", "Olaf Brenner", "name", "Reuters" },
        { "Olaf Brenner: \"The deal is dead.\"", "The deal is dead", "Olaf Brenner", "name", null },
        { "Karen Osei arrived late. \"Nobody warned us,\" she said.", "Nobody warned us", "Karen Osei", "pronoun", null },
        { "Paul Dimitrov, a veteran diplomat, spoke first. \"The ceasefire will hold,\" the diplomat said.", "The ceasefire will hold", "Paul Dimitrov", "description", null },
        { "Paul Dimitrov spoke first. Later, Dimitrov insisted that the ceasefire would hold.", "the ceasefire would hold", "Paul Dimitrov", "name", null },
        { "\"Prices will rise,\" said Lena Park.\n\n\"Nobody can stop that now.\"", "Nobody can stop that now", "Lena Park", "name", null },
        { "\"Prices will rise,\" Lena Park said. \"Nobody can stop that now.\"", "Nobody can stop that now", "Lena Park", "name", null },
        { "Lena Park claimed that prices would rise.", "prices would rise", "Lena Park", "name", null },
        { "Debate night\n\nHOST: Will she be there?\n\nLEE: She will not be attending the debate.", "She will not be attending", "LEE", "name", null },
        { "A new poll shows a close contest in the state.", "a close contest in the state", "poll", null, null },
        { "\"Taxes will rise,\" said Ann Lee.\n\n\"The veto will be overridden,\" Senate Majority Leader Tom Briggs, R-Ky., said Wednesday.", "The veto will be overridden", "Tom Briggs", "name", null },
        { "In a statement, the Foreign Ministry said the ambassador had been recalled.", "the ambassador had been recalled", "Foreign Ministry", null, "statement" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Statement_is_found_with_its_speaker(string text, string words, string speaker, string? via, string? channel)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var holding = analysis.Statements.Where(s => StatementNames.ContentText(text, s).Contains(words, StringComparison.Ordinal)).ToList();
        Assert.True(holding.Count > 0, $"no statement holds '{words}'; found: " + string.Join(" | ", analysis.Statements.Select(s => StatementNames.ContentText(text, s))));
        Assert.True(
            holding.Any(s => s.Speaker is not null && s.Speaker.Name.Contains(speaker, StringComparison.Ordinal)
                && (via is null || StatementNames.Of(s.Speaker.Via) == via)
                && (channel is null || s.Channel?.Name.Contains(channel, StringComparison.OrdinalIgnoreCase) == true)),
            $"'{words}': expected {speaker} ({via ?? "any"}) channel {channel ?? "any"}; found " +
            string.Join("; ", holding.Select(s => $"{s.Speaker?.Name ?? "-"} ({(s.Speaker is null ? "-" : StatementNames.Of(s.Speaker.Via))}) channel {s.Channel?.Name ?? "-"} [{s.Rule}]")));
    }

    [Theory]
    [InlineData("\"It works,\" said Brian Fallon, the campaign's press secretary.", "It works", "Brian Fallon, the campaign's press secretary")]
    [InlineData("Mr. Grassley and Mr. Leahy said the program was flawed.", "the program was flawed", "Mr. Grassley and Mr. Leahy")]
    [InlineData("Rep. Ann Cole (D-N.C.) said the vote was delayed.", "the vote was delayed", "Rep. Ann Cole (D-N.C.)")]
    [InlineData("Tom Walsh, 82, said the plan was sound.", "the plan was sound", "Tom Walsh, 82")]
    [InlineData("According to Olaf Brenner, the talks collapsed on Friday.", "the talks collapsed", "Olaf Brenner")]
    [InlineData("Turnout rose, according to a recent survey of county clerks.", "Turnout rose", "a recent survey of county clerks")]
    public void Source_spans_the_whole_phrase(string text, string words, string source)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        var statement = analysis.Statements.FirstOrDefault(s => StatementNames.ContentText(text, s).Contains(words, StringComparison.Ordinal));
        Assert.True(statement is not null, $"no statement holds '{words}'");
        Assert.Equal(source, statement.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Theory]
    [InlineData("The \"reform\" was announced on Monday.")]
    [InlineData("Critics were sharp, and the \"sham\" label stuck.")]
    [InlineData("The company said nothing.")]
    public void Scare_quotes_and_empty_reports_are_no_statements(string text)
    {
        var analysis = SeedAnalyses.Analyzer.Analyze(new SourceText("case.txt", text));
        Assert.Empty(analysis.Statements);
    }
}
