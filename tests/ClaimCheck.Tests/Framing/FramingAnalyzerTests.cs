using ClaimCheck.Extraction;
using ClaimCheck.Framing;
using ClaimCheck.Linking;
using ClaimCheck.Text;
using ClaimCheck.Text.Segmentation;
using static ClaimCheck.Tests.Linking.TestArticles;

namespace ClaimCheck.Tests.Framing;

public class FramingAnalyzerTests
{
    private static IReadOnlyList<OutletFraming> Analyze(params ArticleAnalysis[] articles)
    {
        var segmenter = new Segmenter(RuleSet.Abbreviations);
        var links = new SpeakerLinker(RuleSet.Aliases, RuleSet.Outlets, RuleSet.Coreference).Link(articles);
        return new FramingAnalyzer(RuleSet).Analyze(articles, articles.Select(a => segmenter.Segment(a.Source)).ToList(), links);
    }

    [Fact]
    public void Stances_are_counted_per_outlet_with_their_cues()
    {
        var framing = Analyze(
            Article("a.txt", "Lukashenko claimed victory. Putin said the loan was agreed.", "RT",
                ("Lukashenko", EntityType.Person, null, "victory", "claimed", "distancing", StatementKind.Indirect),
                Said("Vladimir Putin", "the loan was agreed")),
            Article("b.txt", "Peskov denied any link.", "TASS",
                ("Dmitry Peskov", EntityType.Person, null, "any link", "denied", "denial", StatementKind.Indirect)));
        Assert.Equal(["RT", "TASS"], framing.Select(f => f.Outlet));
        var rt = framing[0];
        Assert.Equal(["neutral", "distancing"], rt.Stances.Select(s => s.Stance));
        Assert.Equal("claimed", Assert.Single(rt.Stances[1].Cues).Term);
        Assert.Equal("denial", Assert.Single(framing[1].Stances).Stance);
    }

    [Fact]
    public void Hedges_are_counted_but_a_statements_own_cue_is_not()
    {
        var framing = Analyze(Article("a.txt",
            "The leader, who claims to have won a disputed election, reportedly met the so-called opposition council. Officials alleged that fraud took place.",
            "The Moscow Times",
            ("officials", EntityType.Group, null, "fraud took place", "alleged", "distancing", StatementKind.Indirect)));
        var hedges = Assert.Single(framing).Hedges.Select(h => h.Term).ToList();
        Assert.Equal(["claims to", "disputed", "reportedly", "so-called"], hedges.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Term_like_quotations_are_scare_quotes()
    {
        var framing = Analyze(Article("a.txt", "Kiev called Belarus an \"aggressor state\" on Monday. It said the \"real\" negotiators exist.", "RT"));
        Assert.Equal(["aggressor state", "real"], Assert.Single(framing).ScareQuotes.Select(t => t.Term).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Descriptors_of_recurring_speakers_come_from_roles_and_descriptions()
    {
        var framing = Analyze(
            Article("a.txt", "Belarusian President Alexander Lukashenko said the vote was fair. The embattled leader met officials.", "RT",
                Said("Alexander Lukashenko", "the vote was fair", "Belarusian President")),
            Article("b.txt", "Aliaksandr Lukashenka said he would stay.", "Charter 97",
                Said("Aliaksandr Lukashenka", "he would stay")));
        var rt = framing.Single(f => f.Outlet == "RT");
        var lukashenko = Assert.Single(rt.Descriptors);
        Assert.StartsWith("Al", lukashenko.SpeakerName, StringComparison.Ordinal); // one person under either spelling
        Assert.Contains("Belarusian President", lukashenko.Descriptors.Select(d => d.Term));
        Assert.Contains("embattled leader", lukashenko.Descriptors.Select(d => d.Term));
    }

    [Fact]
    public void Hedge_lexicon_prefers_the_longest_form()
    {
        var lexicon = new HedgeLexicon(RuleSet.Framing);
        const string text = "It could not be independently verified; he claims to be neutral.";
        var found = lexicon.Find(text, new TextSpan(0, text.Length));
        Assert.Equal(["unverified", "claims to"], found.Select(h => h.Label));
    }
}
