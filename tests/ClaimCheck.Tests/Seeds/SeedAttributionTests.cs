using ClaimCheck.Extraction;
using ClaimCheck.Output;

namespace ClaimCheck.Tests.Seeds;

/// <summary>
/// What the seeds must yield: every direct and mixed quote with its speaker and channel, and the
/// reported statements the core issue names. A case passes when some statement holds the words and
/// has that speaker (and channel, when given).
/// </summary>
public class SeedAttributionTests
{
    public static TheoryData<string, string, string, string?, string?> Cases => new()
    {
        // seed, words in the content, speaker, channel (null: any), via (null: any)
        { "000", "there are no problems from our side", "Vasily Nebenzya", "RIA Novosti", "name" },
        { "000", "the poll was rigged", "opposition", null, null },
        { "000", "had been dispatched to Minsk", "RT", null, null },
        { "000", "found that the veteran leader", "expert", null, null },
        { "001", "may take part in future peace talks", "Aleksey Danilov", null, null },
        { "001", "the affair was only the", "Aleksey Danilov", "Facebook", null },
        { "001", "Russian elites were in disarray", "Aleksey Danilov", "Facebook", null },
        { "001", "There is already a real group", "Aleksey Danilov", "Facebook", "name" },
        { "001", "these are the “real” negotiators", "Aleksey Danilov", "Facebook", "description" },
        { "002", "Moscow has assessed the situation", "experts", "Nezavisimaya Gazeta", null },
        { "002", "You see that, in this case", "Dmitry Peskov", null, "name" },
        { "002", "It's no secret that our meeting", "Aliaksandr Lukashenka", null, "pronoun" },
        { "002", "Thank you for the opportunity", "Sergey Naryshkin", null, "name" },
        { "002", "I agree with the assessment", "Sergey Naryshkin", null, "name" },
        { "002", "We see a desire to try", "Sergey Naryshkin", "interview", "name" },
        { "002", "Belarusian-Russian relations have always", "Alexander Klaskovsky", "Nezavisimaya Gazeta", "name" },
        { "002", "On the one hand, the solidarity", "Alexander Klaskovsky", "Nezavisimaya Gazeta", "description" },
        { "002", "feels Moscow's position with his own skin", "Alexander Klaskovsky", "Nezavisimaya Gazeta", "description" },
        { "002", "I predict that there may be serious frictions", "Alexander Klaskovsky", null, "name" },
        { "002", "For me, Naryshkin's phrase", "Alexander Klaskovsky", null, "description" },
        { "002", "the Kremlin will use the fact", "Alexander Klaskovsky", null, "name" },
        { "003", "$1.5 billion loan", "Vladimir Putin", null, null },
        { "003", "constitutional reform was logical and timely", "Vladimir Putin", "TV", null },
        { "003", "774 people were arrested", "Interior Ministry", null, null },
        { "003", "any agreements he may reach with Lukashenko will not stand", "Svetlana Tikhanovskaya", null, null },
        { "003", "I'm very sorry that you have opted", "Svetlana Tikhanovskaya", null, "pronoun" },
        { "003", "Any agreements signed with Lukashenko", "Svetlana Tikhanovskaya", null, "pronoun" },
        { "004", "would be swiftly resolved", "Kremlin", null, null },
        { "004", "Both sides expressed confidence", "Kremlin", "statement", "name" },
        { "004", "the most important thing is to prevent", "Kremlin", null, null },
        { "004", "are striving to harm", "Kremlin", null, "pronoun" },
        { "004", "he needed to contact Moscow", "Alexander Lukashenko", null, null },
        { "004", "he opposes full unification with Russia", "Alexander Lukashenko", null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Statement_has_the_right_speaker_and_channel(string seed, string words, string speaker, string? channel, string? via)
    {
        var analysis = SeedAnalyses.Seed(seed);
        string text = analysis.Source.Text;
        var holding = analysis.Statements.Where(s => StatementNames.ContentText(text, s).Contains(words, StringComparison.Ordinal)).ToList();
        Assert.True(holding.Count > 0, $"no statement holds '{words}'");
        Assert.True(
            holding.Any(s => s.Speaker?.Name == speaker
                && (channel is null || s.Channel?.Name == channel)
                && (via is null || StatementNames.Of(s.Speaker.Via) == via)),
            $"'{words}': expected {speaker} ({via ?? "any"}) via channel {channel ?? "any"}; found " +
            string.Join("; ", holding.Select(s => $"{s.Speaker?.Name ?? "-"} ({(s.Speaker is null ? "-" : StatementNames.Of(s.Speaker.Via))}) channel {s.Channel?.Name ?? "-"} [{s.Rule}]")));
    }

    [Fact]
    public void Every_quotation_that_is_a_statement_has_a_speaker()
    {
        foreach (var name in SeedAnalyses.Names)
        {
            var analysis = SeedAnalyses.Analyze(name);
            foreach (var s in analysis.Statements.Where(s => s.Kind is StatementKind.Direct or StatementKind.Mixed))
            {
                Assert.True(s.Speaker is not null, $"{name}: no speaker for '{StatementNames.ContentText(analysis.Source.Text, s)}'");
            }
        }
    }

    [Fact]
    public void Scare_quotes_alone_are_not_statements()
    {
        var analysis = SeedAnalyses.Seed("001");
        string text = analysis.Source.Text;
        Assert.DoesNotContain(analysis.Statements, s => StatementNames.ContentText(text, s) is "aggressor state" or "real");
    }

    [Fact]
    public void Offsets_are_inside_the_text_and_single_pieces_equal_their_text()
    {
        foreach (var name in SeedAnalyses.Names)
        {
            var analysis = SeedAnalyses.Analyze(name);
            string text = analysis.Source.Text;
            foreach (var s in analysis.Statements)
            {
                Assert.All(s.Content, c => Assert.True(c.Start >= 0 && c.End <= text.Length && c.Start < c.End));
                if (s.Content.Count == 1)
                {
                    Assert.Equal(text[s.Content[0].Start..s.Content[0].End], StatementNames.ContentText(text, s));
                }
            }
        }
    }
}
