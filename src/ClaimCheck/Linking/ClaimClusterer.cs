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
    private const int MaxSharedKeys = 5;

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
    /// the same for any thread count. Features are 64-bit hashes (<see cref="FeatureHash"/>): no key
    /// string is kept, and narration sentences (the bulk of the text) keep no features between
    /// passes; they are found again when narration is matched. The articles are read in order, a
    /// few times, so they may come from a spool on disk.
    /// </remarks>
    public IReadOnlyList<ClaimCluster> Cluster(IReadOnlyList<ReportArticle> articles, SpeakerLinks? speakers)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) };

        // Pass 1: every stem seen as a content word ("w:"), so capitalized words can be resolved.
        var lowerStems = new HashSet<ulong>();
        var gate = new object();
        Parallel.For(0, articles.Count, parallel, () => (Set: new HashSet<ulong>(), Raw: new List<RawFeature>()), (a, _, local) =>
        {
            foreach (string text in Texts(articles[a]))
            {
                features.ExtractRaw(text, local.Raw);
                foreach (var f in local.Raw)
                {
                    if (f.Kind == RawFeatureKind.Word)
                    {
                        local.Set.Add(f.Word);
                    }
                }
            }

            return local;
        }, local =>
        {
            lock (gate)
            {
                lowerStems.UnionWith(local.Set);
            }
        });

        ClaimCheck.Reporting.PhaseTrace.EndPhase("c:stems " + lowerStems.Count, articles.Count);
        // Pass 2: features of every statement (kept) and narration sentence (counted only), found in
        // parallel a batch of articles at a time and interned in article order: ids, and so the
        // order of sums, are the same for any thread count.
        var table = new FeatureTable();
        var items = new List<Item>();
        const int Batch = 256;
        var found = new List<(ulong Hash, FeatureKind Kind, int Half1, int Half2)[]>[Batch];
        var ordered = new List<int>();
        for (int first = 0; first < articles.Count; first += Batch)
        {
            int count = Math.Min(Batch, articles.Count - first);
            Parallel.For(0, count, parallel, () => new List<RawFeature>(), (k, _, raw) =>
            {
                found[k] = Features(articles[first + k], first + k, speakers, lowerStems, raw);
                return raw;
            }, _ => { });
            for (int k = 0; k < count; k++)
            {
                int a = first + k;
                var article = articles[a];
                var perItem = found[k];
                for (int t = 0; t < perItem.Count; t++)
                {
                    ordered.Clear();
                    var local = perItem[t];
                    var idOf = new int[local.Length];
                    for (int f = 0; f < local.Length; f++)
                    {
                        var (hash, kind, h1, h2) = local[f];
                        int id = table.Intern(hash, kind, a, t, h1 >= 0 ? idOf[h1] : -1, h2 >= 0 ? idOf[h2] : -1);
                        idOf[f] = id;
                        table.Count(id, a);
                        ordered.Add(id);
                    }

                    if (t < article.Statements.Count)
                    {
                        items.Add(new Item(a, t, article.Statements[t].Statement.Extent, SortedDistinct(ordered)));
                    }
                }

                found[k] = null!;
            }
        }

        found = []; // per-article feature lists are interned now: compact before the pairs allocate
        ClaimCheck.Reporting.PhaseTrace.EndPhase("c:features " + table.Size + " " + items.Count, articles.Count);
        // Article frequency of each feature, and its weight: rarer is more telling.
        int n = Math.Max(1, articles.Count);
        int size = table.Size;
        var weight = new double[size];
        var blocking = new bool[size];
        var articleSets = table.ArticleSets;
        for (int f = 0; f < size; f++)
        {
            double idf = Math.Log((n + 1.0) / Math.Max(1, articleSets[f]));
            var kind = table.Kinds[f];
            weight[f] = idf * (kind switch { FeatureKind.Number => NumberWeight, FeatureKind.Pair or FeatureKind.PairWithName => PairWeight, FeatureKind.Speaker => SpeakerWeight, _ => 1.0 });

            // Never a speaker; a feature of one article cannot join two.
            blocking[f] = kind != FeatureKind.Speaker && articleSets[f] >= 2;
        }

        var content = table.Kinds.Select(IsContent).ToArray();
        var itemKeys = new int[items.Count][];
        Parallel.For(0, items.Count, parallel, i =>
        {
            var item = items[i];
            item.Total = item.Features.Sum(f => weight[f]);
            itemKeys[i] = BlockingKeys(item, blocking, articleSets);
        });

        // Blocking: each statement's rarest features (never its speaker) index it. Keys and postings
        // are flat arrays with offsets (a list per feature and an array per item would be tens of
        // megabytes of headers and slack at 50,000 articles); postings list items in index order.
        var keyStart = new int[items.Count + 1];
        for (int i = 0; i < items.Count; i++)
        {
            keyStart[i + 1] = keyStart[i] + itemKeys[i].Length;
        }

        var keyPool = new int[keyStart[items.Count]];
        var postStart = new int[size + 1];
        for (int i = 0; i < items.Count; i++)
        {
            itemKeys[i].CopyTo(keyPool, keyStart[i]);
            foreach (int f in itemKeys[i])
            {
                postStart[f + 1]++;
            }
        }

        itemKeys = [];
        for (int f = 0; f < size; f++)
        {
            postStart[f + 1] += postStart[f];
        }

        var postItems = new int[postStart[size]];
        var postFill = postStart[..size];
        for (int i = 0; i < items.Count; i++)
        {
            for (int x = keyStart[i]; x < keyStart[i + 1]; x++)
            {
                postItems[postFill[keyPool[x]]++] = i;
            }
        }

        postFill = [];

        // Pairs are compared in parallel a chunk of items at a time, and joined in order after each
        // chunk: a pair already joined through others is not compared again, and the pairs found
        // wait in memory for one chunk only. Union-find roots are the smallest index, so the
        // partition does not depend on the order of the unions (nor on which pairs were skipped).
        var parent = Enumerable.Range(0, items.Count).ToArray();
        const int Chunk = 8192;
        var linked = new List<(int, int)>?[Chunk];

        // One stamp array per thread for all chunks (a new one per chunk would be megabytes of garbage each time).
        using var stamps = new ThreadLocal<Stamp>(() => new Stamp(items.Count));
        for (int start = 0; start < items.Count; start += Chunk)
        {
            int count = Math.Min(Chunk, items.Count - start);
            Parallel.For(0, count, parallel, () => stamps.Value!, (k, loop, stamp) =>
            {
                int i = start + k;
                int rootI = Root(parent, i);
                List<(int, int)>? pairs = null;
                stamp.Next();
                foreach (int f in keyPool.AsSpan(keyStart[i], keyStart[i + 1] - keyStart[i]))
                {
                    var list = postItems.AsSpan(postStart[f], postStart[f + 1] - postStart[f]);
                    if (list.Length > options.MaxPosting)
                    {
                        continue;
                    }

                    foreach (int j in list)
                    {
                        if (j <= i || !stamp.Mark(j) || Root(parent, j) == rootI)
                        {
                            continue;
                        }

                        if (Linked(items[i], items[j], weight, content, out _))
                        {
                            (pairs ??= []).Add((i, j));
                        }
                    }
                }

                linked[k] = pairs;
                return stamp;
            }, _ => { });
            for (int k = 0; k < count; k++)
            {
                foreach (var (i, j) in linked[k] ?? [])
                {
                    Union(parent, i, j);
                }

                linked[k] = null;
            }
        }

        ClaimCheck.Reporting.PhaseTrace.EndPhase("c:pairs", articles.Count);
        keyPool = []; // statements' keys are in the postings now

        // Pass 3: narration joins the cluster of its best-matching statement of another article.
        // Sentences of narration far outnumber statements, so a statement is compared with one only
        // when it shares two of its blocking keys (or its only one).
        var best = new List<(int Narration, int Item, double Score)>?[articles.Count];
        using var scratch = new ThreadLocal<(Hits Hits, List<RawFeature> Raw, List<int> Ids)>(() => (new Hits(items.Count), [], []));
        Parallel.For(0, articles.Count, parallel, () => scratch.Value, (a, loop, local) =>
        {
            var narration = articles[a].Facts.Narration;
            for (int k = 0; k < narration.Count; k++)
            {
                features.ExtractRaw(narration[k].Text, local.Raw);
                local.Ids.Clear();
                for (int f = 0; f < local.Raw.Count; f++)
                {
                    local.Ids.Add(table.IdOf(ClaimFeatures.Resolve(local.Raw, f, lowerStems).Hash));
                }

                var item = new Item(a, null, narration[k].Span, SortedDistinct(local.Ids));
                item.Total = item.Features.Sum(f => weight[f]);
                var keys = BlockingKeys(item, blocking, articleSets);
                var hits = local.Hits;
                foreach (int f in keys)
                {
                    var list = postItems.AsSpan(postStart[f], postStart[f + 1] - postStart[f]);
                    if (list.Length == 0 || list.Length > options.MaxPosting)
                    {
                        continue;
                    }

                    foreach (int j in list)
                    {
                        if (items[j].Article != a)
                        {
                            hits.Add(j);
                        }
                    }
                }

                int need = Math.Min(2, keys.Length);
                int bestItem = -1;
                double bestScore = 0;
                foreach (int j in hits.Touched)
                {
                    if (hits.Count(j) >= need && Linked(item, items[j], weight, content, out double score) && (score > bestScore || (score == bestScore && j < bestItem)))
                    {
                        bestItem = j;
                        bestScore = score;
                    }
                }

                hits.Clear();
                if (bestItem >= 0)
                {
                    (best[a] ??= []).Add((k, bestItem, bestScore));
                }
            }

            return local;
        }, _ => { });
        postItems = [];
        postStart = [];
        ClaimCheck.Reporting.PhaseTrace.EndPhase("c:narration", articles.Count);
        var narrationOf = new Dictionary<(int Root, int Article), (int Narration, double Score)>();
        for (int a = 0; a < articles.Count; a++)
        {
            foreach (var (k, bestItem, bestScore) in best[a] ?? [])
            {
                var slot = (Find(parent, bestItem), a);
                if (!narrationOf.TryGetValue(slot, out var current) || bestScore > current.Score)
                {
                    narrationOf[slot] = (k, bestScore);
                }
            }
        }

        // Only groups that can span two articles get a member list: most statements are alone.
        var groupSize = new int[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            groupSize[Find(parent, i)]++;
        }

        foreach (var (root, _) in narrationOf.Keys)
        {
            groupSize[root]++;
        }

        var groups = new Dictionary<int, List<Member>>();
        for (int i = 0; i < items.Count; i++)
        {
            int root = Find(parent, i);
            if (groupSize[root] < 2)
            {
                continue;
            }

            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(new Member(items[i].Article, items[i].Statement, items[i].Span, i));
        }

        foreach (var ((root, a), (k, _)) in narrationOf)
        {
            groups[root].Add(new Member(a, null, articles[a].Facts.Narration[k].Span, items.Count + k));
        }

        var clusters = new List<(List<Member> Members, int Articles)>();
        foreach (var members in groups.Values)
        {
            int distinct = members.Select(m => m.Article).Distinct().Count();
            if (distinct >= 2)
            {
                members.Sort((x, y) => x.Article != y.Article ? x.Article.CompareTo(y.Article) : x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : x.Order.CompareTo(y.Order));
                clusters.Add((members, distinct));
            }
        }

        var sorted = clusters
            .OrderByDescending(c => c.Articles)
            .ThenByDescending(c => c.Members.Count)
            .ThenBy(c => c.Members[0].Article)
            .ThenBy(c => c.Members[0].Span.Start)
            .ToList();
        ClaimCheck.Reporting.PhaseTrace.EndPhase("c:groups", articles.Count);
        var describer = new FeatureDescriber(features, articles, table, lowerStems);
        var result = new List<ClaimCluster>(sorted.Count);
        for (int k = 0; k < sorted.Count; k++)
        {
            var members = sorted[k].Members;
            var keys = SharedKeys(members, items, weight, table, describer);
            result.Add(new ClaimCluster(
                $"claim-{k + 1}",
                keys,
                members.Select(m => new ClaimMember(m.Article, m.Statement, m.Span)).ToList()));
        }

        return result;
    }

    /// <summary>An article's texts in item order: its statements, then its narration sentences.</summary>
    private static IEnumerable<string> Texts(ReportArticle article) =>
        article.Statements.Select(s => s.Text).Concat(article.Facts.Narration.Select(p => p.Text));

    /// <summary>
    /// The resolved features of an article's items (statements with their speaker, then narration
    /// sentences), in text order, repeats kept; a pair names the positions of its halves.
    /// </summary>
    private List<(ulong Hash, FeatureKind Kind, int Half1, int Half2)[]> Features(ReportArticle article, int a, SpeakerLinks? speakers, HashSet<ulong> lowerStems, List<RawFeature> raw)
    {
        var result = new List<(ulong, FeatureKind, int, int)[]>(article.Statements.Count + article.Facts.Narration.Count);
        int s = 0;
        foreach (string text in Texts(article))
        {
            features.ExtractRaw(text, raw);
            LinkedSpeaker? speaker = s < article.Statements.Count ? speakers?.Of(new StatementRef(a, s)) : null;
            var list = new (ulong, FeatureKind, int, int)[raw.Count + (speaker is null ? 0 : 1)];
            for (int f = 0; f < raw.Count; f++)
            {
                var (hash, kind) = ClaimFeatures.Resolve(raw, f, lowerStems);
                list[f] = raw[f].Kind == RawFeatureKind.Pair ? (hash, kind, raw[f].First, raw[f].Second) : (hash, kind, -1, -1);
            }

            if (speaker is not null)
            {
                list[^1] = (FeatureHash.Of('s', speaker.Id), FeatureKind.Speaker, -1, -1);
            }

            result.Add(list);
            s++;
        }

        return result;
    }

    private static int[] SortedDistinct(List<int> ids)
    {
        ids.Sort();
        int n = 0;
        var result = new int[ids.Count];
        foreach (int id in ids)
        {
            if (n == 0 || result[n - 1] != id)
            {
                result[n++] = id;
            }
        }

        return n == result.Length ? result : result[..n];
    }

    /// <summary>An item's rarest blocking features (fewest articles, then feature id), at most <see cref="ClaimClusterOptions.BlockingKeys"/>.</summary>
    private int[] BlockingKeys(Item item, bool[] blocking, int[] articleSets)
    {
        var keys = item.Features.Where(f => blocking[f]).ToArray();
        Array.Sort(keys, (x, y) => articleSets[x] != articleSets[y] ? articleSets[x].CompareTo(articleSets[y]) : x.CompareTo(y));
        return keys.Length <= options.BlockingKeys ? keys : keys[..options.BlockingKeys];
    }

    private bool Linked(Item a, Item b, double[] weight, bool[] isContent, out double score)
    {
        double shared = 0, content = 0;
        int x = 0, y = 0;
        while (x < a.Features.Length && y < b.Features.Length)
        {
            int fa = a.Features[x], fb = b.Features[y];
            if (fa == fb)
            {
                shared += weight[fa];
                if (isContent[fa])
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
    private static bool IsContent(FeatureKind kind) => kind is FeatureKind.Word or FeatureKind.Number or FeatureKind.Pair;

    /// <summary>Features found in at least two of the members' articles, heaviest first (then by key); speakers left out.</summary>
    private static List<string> SharedKeys(List<Member> members, List<Item> items, double[] weight, FeatureTable table, FeatureDescriber describer)
    {
        // Members come in article order, so a feature's articles are counted by remembering the last.
        var articlesOf = new Dictionary<int, (int Last, int Count)>();
        foreach (var m in members)
        {
            var features = m.Statement is not null ? items[m.Order].Features : describer.NarrationFeatures(m.Article, m.Order - items.Count);
            foreach (int f in features)
            {
                var (last, count) = articlesOf.GetValueOrDefault(f, (-1, 0));
                if (last != m.Article)
                {
                    articlesOf[f] = (m.Article, count + 1);
                }
            }
        }

        var shared = articlesOf.Where(kv => kv.Value.Count >= 2 && table.Kinds[kv.Key] != FeatureKind.Speaker).Select(kv => kv.Key).ToList();

        // A word inside a shared pair is said by the pair.
        var inPairs = new HashSet<int>();
        foreach (int f in shared)
        {
            if (table.Halves(f) is ({ } first, { } second))
            {
                inPairs.Add(first);
                inPairs.Add(second);
            }
        }

        var candidates = shared.Where(f => !inPairs.Contains(f)).Select(f => (Feature: f, Score: weight[f] * articlesOf[f].Count)).ToList();
        candidates.Sort((x, y) => y.Score.CompareTo(x.Score));
        if (candidates.Count > MaxSharedKeys)
        {
            // Only the heaviest five and those tied with the fifth need their key, to break ties.
            double cut = candidates[MaxSharedKeys - 1].Score;
            candidates.RemoveAll(c => c.Score < cut);
        }

        return candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => describer.Key(c.Feature), StringComparer.Ordinal)
            .Take(MaxSharedKeys)
            .Select(c => describer.Surface(c.Feature))
            .ToList();
    }

    /// <summary>The root of <paramref name="i"/> without changing <paramref name="parent"/> (safe to call from many threads while no union runs).</summary>
    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            i = parent[i];
        }

        return i;
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

    /// <summary>A report of a cluster: a statement item (<see cref="Order"/> its index) or a narration sentence (index past the items).</summary>
    private readonly record struct Member(int Article, int? Statement, TextSpan Span, int Order);

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
