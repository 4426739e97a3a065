using ClaimCheck.Extraction;
using ClaimCheck.Linking;
using ClaimCheck.Text;
using static ClaimCheck.Tests.Linking.TestArticles;

namespace ClaimCheck.Tests.Linking;

public class ClaimClustererTests
{
    private static IReadOnlyList<ClaimCluster> Cluster(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<IReadOnlyList<TextSpan>>? narration = null)
    {
        var links = new SpeakerLinker(RuleSet.Aliases, RuleSet.Outlets, RuleSet.Coreference).Link(articles);
        return new ClaimClusterer(RuleSet.Framing).Cluster(articles, links, narration);
    }

    // Filler articles give the corpus the word frequencies a real collection has: common words lose weight.
    private static readonly string[] FillerClaims =
    [
        "farmers in Minsk expect a good harvest in Belarus",
        "the Moscow metro will open new stations in spring",
        "Belarus will host an ice hockey tournament in Minsk",
        "Moscow theatres reopened after the summer break",
        "a new bridge over the river in Belarus is finished",
        "Minsk airport handled record numbers of passengers",
    ];

    // Filler articles give the corpus the word frequencies a real collection has: common words lose weight.
    private static IEnumerable<ArticleAnalysis> Filler(int n) => Enumerable.Range(0, n).Select(i => Article(
        $"z{i}.txt", $"Officials said {FillerClaims[i]}.", null,
        Said("officials", FillerClaims[i], type: EntityType.Group)));

    [Fact]
    public void A_quote_and_a_paraphrase_of_one_claim_cluster_across_articles()
    {
        var articles = new List<ArticleAnalysis>
        {
            Article("a.txt", "Vladimir Putin said Russia had agreed a $1.5 billion loan with Minsk.", "Reuters",
                Said("Vladimir Putin", "Russia had agreed a $1.5 billion loan with Minsk")),
            Article("b.txt", "\"We have agreed on a loan of $1.5 billion,\" Putin said.", "RT",
                ("Putin", EntityType.Person, null, "We have agreed on a loan of $1.5 billion,", "said", "neutral", StatementKind.Direct)),
            Article("c.txt", "Tikhanovskaya said protests would continue in Minsk.", "TASS",
                Said("Tikhanovskaya", "protests would continue in Minsk")),
        };
        articles.AddRange(Filler(6));
        var all = Cluster(articles);
        Assert.True(all.Count == 1, string.Join(" | ", all.Select(c => string.Join(",", c.Keys) + ": " + string.Join(",", c.Members.Select(m => m.Article)))));
        var cluster = all[0];
        Assert.Equal("claim-1", cluster.Id);
        Assert.Equal([0, 1], cluster.Members.Select(m => m.Article));
        Assert.Contains("$1.5 billion", cluster.Keys);
    }

    [Fact]
    public void Numbers_are_compared_by_value_with_their_scale()
    {
        var articles = new List<ArticleAnalysis>
        {
            Article("a.txt", "The ministry said the loan of 1,500 million dollars was signed.", null, Said("ministry", "the loan of 1,500 million dollars was signed", type: EntityType.Organization)),
            Article("b.txt", "Officials said a $1.5bn loan was signed.", null, Said("officials", "a $1.5bn loan was signed", type: EntityType.Group)),
        };
        articles.AddRange(Filler(6));
        Assert.Single(Cluster(articles));
    }

    [Fact]
    public void Statements_sharing_only_common_words_or_names_do_not_cluster()
    {
        var articles = new List<ArticleAnalysis>
        {
            Article("a.txt", "Putin said talks on Belarus were useful.", null, Said("Vladimir Putin", "talks on Belarus were useful")),
            Article("b.txt", "Peskov said Putin met Lukashenko in Sochi.", null, Said("Dmitry Peskov", "Putin met Lukashenko in Sochi")),
        };
        articles.AddRange(Filler(6));
        Assert.Empty(Cluster(articles));
    }

    [Fact]
    public void Narration_joins_the_cluster_of_the_statement_it_restates()
    {
        var articles = new List<ArticleAnalysis>
        {
            Article("a.txt", "Moscow offered the embattled leader a $1.5 billion loan to keep the economy afloat.", "RT"),
            Article("b.txt", "Vladimir Putin said Russia had agreed a $1.5 billion loan with Minsk.", null, Said("Vladimir Putin", "Russia had agreed a $1.5 billion loan with Minsk")),
        };
        articles.AddRange(Filler(6));
        var narration = articles.Select((a, i) => (IReadOnlyList<TextSpan>)(i == 0 ? [new TextSpan(0, a.Source.Length)] : [])).ToList();
        var cluster = Assert.Single(Cluster(articles, narration));
        Assert.True(cluster.Members[0].IsNarration);
        Assert.False(cluster.Members[1].IsNarration);
    }

    [Fact]
    public void Clusters_do_not_depend_on_article_order()
    {
        var articles = new List<ArticleAnalysis>
        {
            Article("a.txt", "Naryshkin said the reform of the Constitution will answer many questions.", null, Said("Sergey Naryshkin", "the reform of the Constitution will answer many questions")),
            Article("b.txt", "Putin said a constitutional reform was logical and timely.", null, Said("Vladimir Putin", "a constitutional reform was logical and timely")),
            Article("c.txt", "Putin said Russia had agreed a $1.5 billion loan.", null, Said("Vladimir Putin", "Russia had agreed a $1.5 billion loan")),
            Article("d.txt", "RT said a $1.5 billion loan was offered.", null, Said("RT", "a $1.5 billion loan was offered", type: EntityType.Outlet)),
        };
        articles.AddRange(Filler(6));
        string Describe(IReadOnlyList<ClaimCluster> clusters, IReadOnlyList<ArticleAnalysis> order) =>
            string.Join(" | ", clusters.Select(c => string.Join(",", c.Members.Select(m => order[m.Article].Source.Path).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
        var forward = Cluster(articles);
        var reversed = articles.AsEnumerable().Reverse().ToList();
        Assert.True(forward.Count == 2, Describe(forward, articles));
        Assert.Equal(Describe(forward, articles), Describe(Cluster(reversed), reversed));
    }

    [Fact]
    public void Stems_join_word_forms()
    {
        Assert.Equal(ClaimCheck.Linking.ClaimFeatures.Stem("constitution"), ClaimCheck.Linking.ClaimFeatures.Stem("constitutional"));
        Assert.Equal(ClaimCheck.Linking.ClaimFeatures.Stem("states"), ClaimCheck.Linking.ClaimFeatures.Stem("state"));
        Assert.Equal(ClaimCheck.Linking.ClaimFeatures.Stem("rigged"), ClaimCheck.Linking.ClaimFeatures.Stem("rigging"));
    }
}
