using ClaimCheck.Extraction;
using ClaimCheck.Linking;
using static ClaimCheck.Tests.Linking.TestArticles;

namespace ClaimCheck.Tests.Linking;

public class SpeakerLinkerTests
{
    private static SpeakerLinks Link(params ArticleAnalysis[] articles) =>
        new SpeakerLinker(RuleSet.Aliases, RuleSet.Outlets, RuleSet.Coreference).Link(articles);

    [Fact]
    public void Transliterations_and_surname_only_forms_are_one_person()
    {
        var links = Link(
            Article("a.txt", "Alexander Lukashenko said the vote was fair.", "RT", Said("Alexander Lukashenko", "the vote was fair")),
            Article("b.txt", "Aliaksandr Lukashenka said he would not resign.", "Charter 97", Said("Aliaksandr Lukashenka", "he would not resign")),
            Article("c.txt", "Lukashenko said talks went well.", "Reuters", Said("Lukashenko", "talks went well", "President")));
        var person = Assert.Single(links.Speakers);
        Assert.Equal(3, person.Statements.Count);
        Assert.Equal(["Alexander Lukashenko", "Aliaksandr Lukashenka", "Lukashenko"], person.Forms);
        Assert.False(person.Unresolved);
    }

    [Fact]
    public void Same_surname_with_conflicting_first_names_stays_apart()
    {
        var links = Link(
            Article("a.txt", "Alexander Lukashenko said the vote was fair.", null, Said("Alexander Lukashenko", "the vote was fair")),
            Article("b.txt", "Viktor Lukashenko said security was tight.", null, Said("Viktor Lukashenko", "security was tight")));
        Assert.Equal(2, links.Speakers.Count);
    }

    [Fact]
    public void Surname_only_goes_to_the_person_named_in_full_in_the_same_article()
    {
        var links = Link(
            Article("a.txt", "Alexander Lukashenko said the vote was fair.", null, Said("Alexander Lukashenko", "the vote was fair")),
            Article("b.txt", "Viktor Lukashenko spoke. Later Lukashenko said security was tight.", null,
                Said("Viktor Lukashenko", "spoke"), Said("Lukashenko", "security was tight")));
        var viktor = links.Of(new StatementRef(1, 0))!;
        Assert.Same(viktor, links.Of(new StatementRef(1, 1)));
        Assert.NotSame(viktor, links.Of(new StatementRef(0, 0)));
    }

    [Fact]
    public void Ambiguous_surname_only_form_is_left_unresolved()
    {
        var links = Link(
            Article("a.txt", "Alexander Lukashenko said the vote was fair.", null, Said("Alexander Lukashenko", "the vote was fair")),
            Article("b.txt", "Viktor Lukashenko said security was tight.", null, Said("Viktor Lukashenko", "security was tight")),
            Article("c.txt", "Lukashenko said nothing changed.", null, Said("Lukashenko", "nothing changed")));
        var speaker = links.Of(new StatementRef(2, 0))!;
        Assert.True(speaker.Unresolved);
        Assert.Equal(3, links.Speakers.Count);
    }

    [Fact]
    public void Surname_only_with_a_conflicting_role_is_not_joined()
    {
        var links = Link(
            Article("a.txt", "Alexander Lukashenko said the vote was fair.", null, Said("Alexander Lukashenko", "the vote was fair", "President")),
            Article("b.txt", "Lukashenko said he plays hockey.", null, Said("Lukashenko", "he plays hockey", "son")));
        Assert.Equal(2, links.Speakers.Count);
    }

    [Fact]
    public void Feminine_surname_form_is_not_joined_to_the_masculine_person()
    {
        var links = Link(
            Article("a.txt", "Vladimir Putin said the loan was agreed.", null, Said("Vladimir Putin", "the loan was agreed")),
            Article("b.txt", "Putina said she was proud.", null, Said("Putina", "she was proud")));
        Assert.Equal(2, links.Speakers.Count);
    }

    [Fact]
    public void Aliases_and_organizations_join_by_canonical_name()
    {
        var links = Link(
            Article("a.txt", "Vladimir Vladimirovich said the loan was agreed. The Kremlin said all was fine.", null,
                Said("Vladimir Vladimirovich", "the loan was agreed"), Said("The Kremlin", "all was fine", type: EntityType.Organization)),
            Article("b.txt", "Vladimir Putin said talks went well. Kremlin said talks went on.", null,
                Said("Vladimir Putin", "talks went well"), Said("Kremlin", "talks went on", type: EntityType.Organization)));
        Assert.Equal(2, links.Speakers.Count);
        Assert.Equal("Vladimir Putin", links.Of(new StatementRef(0, 0))!.Name);
        Assert.Same(links.Of(new StatementRef(0, 1)), links.Of(new StatementRef(1, 1)));
    }

    [Fact]
    public void Anonymous_sources_are_never_joined_across_articles()
    {
        var links = Link(
            Article("a.txt", "An expert said the visit mattered.", null, Said("expert", "the visit mattered", type: EntityType.Anonymous)),
            Article("b.txt", "An expert said the visit was routine.", null, Said("expert", "the visit was routine", type: EntityType.Anonymous)));
        Assert.Equal(2, links.Speakers.Count);
    }

    [Fact]
    public void Outlet_aliases_give_the_canonical_outlet()
    {
        var links = Link(
            Article("a.txt", "RIA reported that talks began.", null, Said("RIA", "talks began", type: EntityType.Outlet)),
            Article("b.txt", "RIA Novosti reported that talks ended.", null, Said("RIA Novosti", "talks ended", type: EntityType.Outlet)));
        var outlet = Assert.Single(links.Speakers);
        Assert.Equal("RIA Novosti", outlet.Name);
    }

    [Fact]
    public void Linking_does_not_depend_on_article_order()
    {
        var a = Article("a.txt", "Sergey Naryshkin said the visit was planned.", null, Said("Sergey Naryshkin", "the visit was planned"));
        var b = Article("b.txt", "Sergei Naryshkin said relations were good.", null, Said("Sergei Naryshkin", "relations were good"));
        var c = Article("c.txt", "Naryshkin said nothing.", null, Said("Naryshkin", "nothing"));
        var one = Link(a, b, c).Speakers.Single();
        var two = Link(c, b, a).Speakers.Single();
        Assert.Equal(one.Name, two.Name);
        Assert.Equal(one.Forms, two.Forms);
    }

    [Fact]
    public void Find_resolves_a_mention_by_the_same_rules()
    {
        var links = Link(Article("a.txt", "Sviatlana Tsikhanouskaya said the vote was rigged.", null, Said("Sviatlana Tsikhanouskaya", "the vote was rigged")));
        Assert.NotNull(links.Find(0, "Svetlana Tikhanovskaya", EntityType.Person));
        Assert.NotNull(links.Find(3, "Tikhanovskaya", EntityType.Person));
        Assert.Null(links.Find(0, "Sergey Tikhanovsky", EntityType.Person));
    }
}
