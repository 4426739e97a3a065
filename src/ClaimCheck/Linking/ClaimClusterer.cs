using ClaimCheck.Extraction;
using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// Groups statements of different articles that report the same claim, by what they say: shared
/// numbers, names, content words and word pairs, each weighted by how rare it is across the
/// articles (a word in every article says little), plus the speaker. A claim may be a direct quote
/// in one article and a paraphrase in another. Sentences of an article's own narration join a
/// cluster when they state a clustered claim without attribution ("offering the embattled leader a
/// $1.5 billion loan").
/// </summary>
/// <remarks>
/// No pair of reports is compared unless they share a blocking key: one of each report's rarest
/// features, skipped when it is shared by more than <see cref="ClaimClusterOptions.MaxPosting"/>
/// statements. Pairs above the thresholds are joined (union-find), so clusters do not depend on the
/// order of the articles; ids and order follow a fixed key (articles covered, members, first member).
/// </remarks>
public sealed class ClaimClusterer
{
    private const double NumberWeight = 2.0;
    private const double PairWeight = 1.5;
    private const double SpeakerWeight = 1.0;

    private readonly ClaimFeatures features;
    private readonly ClaimClusterOptions options;

    public ClaimClusterer(FramingFile framing, ClaimClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framing);
        features = new ClaimFeatures(framing.Stopwords);
        this.options = options ?? ClaimClusterOptions.Default;
    }

    /// <summary>
    /// Clusters the statements of <paramref name="articles"/>. <paramref name="narration"/> gives, per
    /// article, the spans of its own sentences that may join a cluster (none when null).
    /// </summary>
    public IReadOnlyList<ClaimCluster> Cluster(IReadOnlyList<ArticleAnalysis> articles, SpeakerLinks? speakers, IReadOnlyList<IReadOnlyList<TextSpan>>? narration = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var interner = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaces = new List<string>();
        var keyNames = new List<string>();
        var items = new List<Item>();
        var buffer = new List<(string Key, string Surface)>();
        var raw = new List<(Item Item, List<(string Key, string Surface)> Features)>();

        for (int a = 0; a < articles.Count; a++)
        {
            var analysis = articles[a];
            string text = analysis.Source.Text;
            for (int s = 0; s < analysis.Statements.Count; s++)
            {
                var statement = analysis.Statements[s];
                buffer.Clear();
                foreach (var piece in statement.Content)
                {
                    features.Extract(text, piece, buffer);
                }

                if (speakers?.Of(new StatementRef(a, s)) is { } speaker)
                {
                    buffer.Add(("s:" + speaker.Id, speaker.Name));
                }

                raw.Add((new Item(a, s, statement.Extent, []), [.. buffer]));
            }

            if (narration is not null && a < narration.Count)
            {
                foreach (var span in narration[a])
                {
                    buffer.Clear();
                    features.Extract(text, span, buffer);
                    raw.Add((new Item(a, null, span, []), [.. buffer]));
                }
            }
        }

        // Capitalized words become content words when the collection also has them in lower case.
        var lowerStems = new HashSet<string>(raw.SelectMany(r => r.Features).Select(f => f.Key).Where(k => k.StartsWith("w:", StringComparison.Ordinal)), StringComparer.Ordinal);
        foreach (var (item, found) in raw)
        {
            items.Add(new Item(item.Article, item.Statement, item.Span, Intern(found.Select(f => (ClaimFeatures.Resolve(f.Key, lowerStems), f.Surface)).ToList())));
        }

        // Article frequency of each feature, and its weight: rarer is more telling.
        var articleSets = new int[keyNames.Count];
        var lastArticle = Enumerable.Repeat(-1, keyNames.Count).ToArray();
        foreach (var item in items)
        {
            foreach (int f in item.Features)
            {
                if (lastArticle[f] != item.Article)
                {
                    lastArticle[f] = item.Article;
                    articleSets[f]++;
                }
            }
        }

        int n = Math.Max(1, articles.Count);
        var weight = new double[keyNames.Count];
        for (int f = 0; f < weight.Length; f++)
        {
            double idf = Math.Log((n + 1.0) / Math.Max(1, articleSets[f]));
            string key = keyNames[f];
            weight[f] = idf * (key[0] switch { '#' => NumberWeight, 'b' => PairWeight, 's' => SpeakerWeight, _ => 1.0 });
        }

        foreach (var item in items)
        {
            item.Total = item.Features.Sum(f => weight[f]);
        }

        // Blocking: each statement's rarest features (never its speaker) index it.
        var postings = new Dictionary<int, List<int>>();
        var statementItems = new List<int>();
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Statement is null)
            {
                continue;
            }

            statementItems.Add(i);
            foreach (int f in BlockingKeys(items[i], keyNames, articleSets))
            {
                if (!postings.TryGetValue(f, out var list))
                {
                    postings[f] = list = [];
                }

                list.Add(i);
            }
        }

        var parent = Enumerable.Range(0, items.Count).ToArray();
        var stamp = new int[items.Count];
        Array.Fill(stamp, -1);
        foreach (int i in statementItems)
        {
            foreach (int f in BlockingKeys(items[i], keyNames, articleSets))
            {
                var list = postings[f];
                if (list.Count > options.MaxPosting)
                {
                    continue;
                }

                foreach (int j in list)
                {
                    if (j <= i || stamp[j] == i)
                    {
                        continue;
                    }

                    stamp[j] = i;
                    if (Linked(items[i], items[j], weight, keyNames, out _))
                    {
                        Union(parent, i, j);
                    }
                }
            }
        }

        // Narration joins the cluster of its best-matching statement of another article.
        var narrationOf = new Dictionary<(int Root, int Article), (int Item, double Score)>();
        Array.Fill(stamp, -1);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Statement is not null)
            {
                continue;
            }

            int best = -1;
            double bestScore = 0;
            foreach (int f in BlockingKeys(items[i], keyNames, articleSets))
            {
                if (!postings.TryGetValue(f, out var list) || list.Count > options.MaxPosting)
                {
                    continue;
                }

                foreach (int j in list)
                {
                    if (stamp[j] == i || items[j].Article == items[i].Article)
                    {
                        continue;
                    }

                    stamp[j] = i;
                    if (Linked(items[i], items[j], weight, keyNames, out double score) && (score > bestScore || (score == bestScore && j < best)))
                    {
                        best = j;
                        bestScore = score;
                    }
                }
            }

            if (best >= 0)
            {
                var slot = (Find(parent, best), items[i].Article);
                if (!narrationOf.TryGetValue(slot, out var current) || bestScore > current.Score)
                {
                    narrationOf[slot] = (i, bestScore);
                }
            }
        }

        var groups = new Dictionary<int, List<int>>();
        foreach (int i in statementItems)
        {
            int root = Find(parent, i);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(i);
        }

        foreach (var ((root, _), (item, _)) in narrationOf)
        {
            groups[root].Add(item);
        }

        var clusters = new List<(List<int> Members, int Articles)>();
        foreach (var members in groups.Values)
        {
            int distinct = members.Select(m => items[m].Article).Distinct().Count();
            if (distinct >= 2)
            {
                members.Sort((x, y) => items[x].Article != items[y].Article ? items[x].Article.CompareTo(items[y].Article) : items[x].Span.Start != items[y].Span.Start ? items[x].Span.Start.CompareTo(items[y].Span.Start) : x.CompareTo(y));
                clusters.Add((members, distinct));
            }
        }

        var ordered = clusters
            .OrderByDescending(c => c.Articles)
            .ThenByDescending(c => c.Members.Count)
            .ThenBy(c => items[c.Members[0]].Article)
            .ThenBy(c => items[c.Members[0]].Span.Start)
            .ToList();
        var result = new List<ClaimCluster>(ordered.Count);
        for (int k = 0; k < ordered.Count; k++)
        {
            var members = ordered[k].Members;
            var keys = SharedKeys(members.Select(m => items[m]).ToList(), weight, keyNames, surfaces);
            result.Add(new ClaimCluster(
                $"claim-{k + 1}",
                keys,
                members.Select(m => new ClaimMember(items[m].Article, items[m].Statement, items[m].Span)).ToList()));
        }

        return result;

        int[] Intern(List<(string Key, string Surface)> found)
        {
            var ids = new SortedSet<int>();
            foreach (var (key, surface) in found)
            {
                if (!interner.TryGetValue(key, out int id))
                {
                    interner[key] = id = keyNames.Count;
                    keyNames.Add(key);
                    surfaces.Add(key[0] is 'n' or '#' ? surface : surface.ToLowerInvariant());
                }

                ids.Add(id);
            }

            return [.. ids];
        }
    }

    private IEnumerable<int> BlockingKeys(Item item, List<string> keyNames, int[] articleSets) =>
        item.Features
            .Where(f => keyNames[f][0] != 's' && articleSets[f] >= 2) // a feature of one article cannot join two
            .OrderBy(f => articleSets[f])
            .ThenBy(f => f)
            .Take(options.BlockingKeys);

    private bool Linked(Item a, Item b, double[] weight, List<string> keyNames, out double score)
    {
        double shared = 0, content = 0;
        int x = 0, y = 0;
        while (x < a.Features.Length && y < b.Features.Length)
        {
            int fa = a.Features[x], fb = b.Features[y];
            if (fa == fb)
            {
                shared += weight[fa];
                if (IsContent(keyNames[fa]))
                {
                    content += weight[fa];
                }

                x++;
                y++;
            }
            else if (fa < fb)
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        double smaller = Math.Min(a.Total, b.Total);
        score = smaller <= 0 ? 0 : shared / smaller;
        double min = a.Article == b.Article ? options.MinOverlapSameArticle : options.MinOverlap;
        return shared >= options.MinShared && content >= options.MinContent && score >= min;
    }

    /// <summary>Words, numbers and pairs with a word say what is claimed; names and speakers only who is involved.</summary>
    private static bool IsContent(string key) =>
        key[0] is 'w' or '#' || (key[0] == 'b' && !key.Contains("n:", StringComparison.Ordinal));

    /// <summary>Features found in at least two of the members' articles, heaviest first; speakers left out.</summary>
    private static List<string> SharedKeys(List<Item> members, double[] weight, List<string> keyNames, List<string> surfaces)
    {
        var articlesOf = new Dictionary<int, HashSet<int>>();
        foreach (var m in members)
        {
            foreach (int f in m.Features)
            {
                if (!articlesOf.TryGetValue(f, out var set))
                {
                    articlesOf[f] = set = [];
                }

                set.Add(m.Article);
            }
        }

        var shared = articlesOf.Where(kv => kv.Value.Count >= 2 && keyNames[kv.Key][0] != 's').Select(kv => kv.Key).ToList();

        // A word inside a shared pair is said by the pair.
        var inPairs = new HashSet<string>(shared.Where(f => keyNames[f][0] == 'b').SelectMany(f => keyNames[f][2..].Split('|')), StringComparer.Ordinal);
        return shared
            .Where(f => !inPairs.Contains(keyNames[f]))
            .OrderByDescending(f => weight[f] * articlesOf[f].Count)
            .ThenBy(f => keyNames[f], StringComparer.Ordinal)
            .Take(5)
            .Select(f => surfaces[f])
            .ToList();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra != rb)
        {
            // The smaller index is the root, so roots do not depend on the order pairs are found in.
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }

    private sealed class Item(int article, int? statement, TextSpan span, int[] features)
    {
        public int Article { get; } = article;

        public int? Statement { get; } = statement;

        public TextSpan Span { get; } = span;

        public int[] Features { get; } = features;

        public double Total { get; set; }
    }
}
