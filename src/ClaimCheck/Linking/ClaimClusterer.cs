using ClaimCheck.Extraction;
using ClaimCheck.Reporting.Input;
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
        var inputs = articles.Select((a, i) => ReportArticle.From(a, ArticleFacts.Empty with
        {
            Narration = narration is not null && i < narration.Count ? narration[i].Select(n => new TextPiece(n, a.Source.ToString(n))).ToList() : [],
        })).ToList();
        return Cluster(inputs, speakers);
    }

    /// <summary>Clusters the statements of <paramref name="articles"/>; their narration sentences may join clusters.</summary>
    /// <remarks>
    /// Features are found, and pairs compared, on <see cref="ClaimClusterOptions.Threads"/> threads;
    /// whatever is shared (interning, unions) is done in item order afterwards, so the clusters are
    /// the same for any thread count.
    /// </remarks>
    public IReadOnlyList<ClaimCluster> Cluster(IReadOnlyList<ReportArticle> articles, SpeakerLinks? speakers)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) };
        var interner = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaces = new List<string>();
        var keyNames = new List<string>();

        // Features as found are interned at once (a corpus has millions of repeats); each keeps the
        // surface of its first occurrence. Found in parallel a batch of articles at a time (bounded
        // memory), interned in article order.
        var rawIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var rawKeys = new List<string>();
        var rawSurfaces = new List<string>();
        var pending = new List<(int Article, int? Statement, TextSpan Span, int[] Raw)>();
        const int Batch = 512;
        var found = new List<(int? Statement, TextSpan Span, List<(string Key, string Surface)> Features)>[Batch];
        for (int first = 0; first < articles.Count; first += Batch)
        {
            int count = Math.Min(Batch, articles.Count - first);
            Parallel.For(0, count, parallel, k => found[k] = Features(articles[first + k], first + k, speakers));
            for (int k = 0; k < count; k++)
            {
                foreach (var (statement, span, features) in found[k])
                {
                    var ids = new int[features.Count];
                    for (int f = 0; f < features.Count; f++)
                    {
                        var (key, surface) = features[f];
                        if (!rawIds.TryGetValue(key, out int id))
                        {
                            rawIds[key] = id = rawKeys.Count;
                            rawKeys.Add(key);
                            rawSurfaces.Add(surface);
                        }

                        ids[f] = id;
                    }

                    pending.Add((first + k, statement, span, ids));
                }

                found[k] = null!;
            }
        }

        // Capitalized words become content words when the collection also has them in lower case.
        var lowerStems = new HashSet<string>(rawKeys.Where(k => k.StartsWith("w:", StringComparison.Ordinal)), StringComparer.Ordinal);
        var finalOf = new int[rawKeys.Count];
        Array.Fill(finalOf, -1);
        var items = new List<Item>(pending.Count);
        var set = new SortedSet<int>();
        foreach (var (article, statement, span, raw) in pending)
        {
            set.Clear();
            foreach (int r in raw)
            {
                if (finalOf[r] < 0)
                {
                    finalOf[r] = Intern(ClaimFeatures.Resolve(rawKeys[r], lowerStems), rawSurfaces[r]);
                }

                set.Add(finalOf[r]);
            }

            items.Add(new Item(article, statement, span, [.. set]));
        }

        pending.Clear();
        rawIds.Clear();

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
        var blocking = new bool[keyNames.Count];
        for (int f = 0; f < weight.Length; f++)
        {
            double idf = Math.Log((n + 1.0) / Math.Max(1, articleSets[f]));
            string key = keyNames[f];
            weight[f] = idf * (key[0] switch { '#' => NumberWeight, 'b' => PairWeight, 's' => SpeakerWeight, _ => 1.0 });

            // Never a speaker; a feature of one article cannot join two.
            blocking[f] = key[0] != 's' && articleSets[f] >= 2;
        }

        Parallel.For(0, items.Count, parallel, i =>
        {
            var item = items[i];
            item.Total = item.Features.Sum(f => weight[f]);
            item.Keys = BlockingKeys(item, blocking, articleSets);
        });

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
            foreach (int f in items[i].Keys)
            {
                if (!postings.TryGetValue(f, out var list))
                {
                    postings[f] = list = [];
                }

                list.Add(i);
            }
        }

        // Pairs are compared in parallel and joined in order (union-find roots are the smallest
        // index, so the partition does not depend on the order of the unions anyway).
        var linked = new List<(int, int)>[statementItems.Count];
        Parallel.For(0, statementItems.Count, parallel, () => new Stamp(items.Count), (k, loop, stamp) =>
        {
            int i = statementItems[k];
            List<(int, int)>? pairs = null;
            stamp.Next();
            foreach (int f in items[i].Keys)
            {
                var list = postings[f];
                if (list.Count > options.MaxPosting)
                {
                    continue;
                }

                foreach (int j in list)
                {
                    if (j <= i || !stamp.Mark(j))
                    {
                        continue;
                    }

                    if (Linked(items[i], items[j], weight, keyNames, out _))
                    {
                        (pairs ??= []).Add((i, j));
                    }
                }
            }

            linked[k] = pairs!;
            return stamp;
        }, _ => { });
        var parent = Enumerable.Range(0, items.Count).ToArray();
        foreach (var pairs in linked)
        {
            if (pairs is not null)
            {
                foreach (var (i, j) in pairs)
                {
                    Union(parent, i, j);
                }
            }
        }

        // Narration joins the cluster of its best-matching statement of another article. Sentences of
        // narration far outnumber statements, so a statement is compared with one only when it shares
        // two of its blocking keys (or its only one).
        var best = new (int Item, double Score)[items.Count];
        Parallel.For(0, items.Count, parallel, () => new Hits(items.Count), (i, loop, hits) =>
        {
            best[i] = (-1, 0);
            if (items[i].Statement is not null)
            {
                return hits;
            }

            foreach (int f in items[i].Keys)
            {
                if (!postings.TryGetValue(f, out var list) || list.Count > options.MaxPosting)
                {
                    continue;
                }

                foreach (int j in list)
                {
                    if (items[j].Article != items[i].Article)
                    {
                        hits.Add(j);
                    }
                }
            }

            int need = Math.Min(2, items[i].Keys.Length);
            int bestItem = -1;
            double bestScore = 0;
            foreach (int j in hits.Touched)
            {
                if (hits.Count(j) >= need && Linked(items[i], items[j], weight, keyNames, out double score) && (score > bestScore || (score == bestScore && j < bestItem)))
                {
                    bestItem = j;
                    bestScore = score;
                }
            }

            hits.Clear();
            best[i] = (bestItem, bestScore);
            return hits;
        }, _ => { });
        var narrationOf = new Dictionary<(int Root, int Article), (int Item, double Score)>();
        for (int i = 0; i < items.Count; i++)
        {
            var (bestItem, bestScore) = best[i];
            if (bestItem >= 0)
            {
                var slot = (Find(parent, bestItem), items[i].Article);
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

        int Intern(string key, string surface)
        {
            if (!interner.TryGetValue(key, out int id))
            {
                interner[key] = id = keyNames.Count;
                keyNames.Add(key);
                surfaces.Add(key[0] is 'n' or '#' ? surface : surface.ToLowerInvariant());
            }

            return id;
        }
    }

    /// <summary>The features of an article's statements (with their speaker) and narration sentences, in order.</summary>
    private List<(int? Statement, TextSpan Span, List<(string Key, string Surface)> Features)> Features(ReportArticle article, int a, SpeakerLinks? speakers)
    {
        var result = new List<(int?, TextSpan, List<(string, string)>)>(article.Statements.Count + article.Facts.Narration.Count);
        for (int s = 0; s < article.Statements.Count; s++)
        {
            var statement = article.Statements[s];
            var buffer = new List<(string Key, string Surface)>();
            features.Extract(statement.Text, new TextSpan(0, statement.Text.Length), buffer);
            if (speakers?.Of(new StatementRef(a, s)) is { } speaker)
            {
                buffer.Add(("s:" + speaker.Id, speaker.Name));
            }

            result.Add((s, statement.Statement.Extent, buffer));
        }

        foreach (var piece in article.Facts.Narration)
        {
            var buffer = new List<(string Key, string Surface)>();
            features.Extract(piece.Text, new TextSpan(0, piece.Text.Length), buffer);
            result.Add((null, piece.Span, buffer));
        }

        return result;
    }

    /// <summary>An item's rarest blocking features (fewest articles, then feature id), at most <see cref="ClaimClusterOptions.BlockingKeys"/>.</summary>
    private int[] BlockingKeys(Item item, bool[] blocking, int[] articleSets)
    {
        var keys = item.Features.Where(f => blocking[f]).ToArray();
        Array.Sort(keys, (x, y) => articleSets[x] != articleSets[y] ? articleSets[x].CompareTo(articleSets[y]) : x.CompareTo(y));
        return keys.Length <= options.BlockingKeys ? keys : keys[..options.BlockingKeys];
    }

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

        public int[] Keys { get; set; } = [];
    }

    /// <summary>How many blocking keys each candidate shares with the current item (one per thread).</summary>
    private sealed class Hits(int size)
    {
        private readonly int[] counts = new int[size];

        public List<int> Touched { get; } = [];

        public void Add(int item)
        {
            if (counts[item]++ == 0)
            {
                Touched.Add(item);
            }
        }

        public int Count(int item) => counts[item];

        public void Clear()
        {
            foreach (int t in Touched)
            {
                counts[t] = 0;
            }

            Touched.Clear();
        }
    }

    /// <summary>Marks items already compared with the current one (one per thread, reset by a generation count).</summary>
    private sealed class Stamp(int size)
    {
        private readonly int[] marks = new int[size];
        private int generation;

        public void Next() => generation++;

        /// <summary>Marks <paramref name="item"/>; false when it was marked already for the current one.</summary>
        public bool Mark(int item)
        {
            if (marks[item] == generation)
            {
                return false;
            }

            marks[item] = generation;
            return true;
        }
    }
}
