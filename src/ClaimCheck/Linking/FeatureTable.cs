namespace ClaimCheck.Linking;

/// <summary>
/// The distinct claim features of a collection, numbered in order of first occurrence: per feature
/// its kind, how many articles have it, where it first occurs (to find its key and surface again,
/// never kept as strings) and, for a pair, its two halves.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Dictionary<ulong, int> ids = [];
    private readonly List<int> articleSets = [];
    private readonly List<int> lastArticle = [];
    private readonly List<long> firstAt = [];
    private readonly List<long> halves = [];

    public List<FeatureKind> Kinds { get; } = [];

    public int Size => Kinds.Count;

    /// <summary>Article counts, indexed by feature (a copy).</summary>
    public int[] ArticleSets => [.. articleSets];

    /// <summary>The id of a feature hash, numbering it when new (first seen in item <paramref name="item"/> of article <paramref name="article"/>).</summary>
    public int Intern(ulong hash, FeatureKind kind, int article, int item, int half1, int half2)
    {
        if (!ids.TryGetValue(hash, out int id))
        {
            ids[hash] = id = Kinds.Count;
            Kinds.Add(kind);
            articleSets.Add(0);
            lastArticle.Add(-1);
            firstAt.Add(((long)article << 32) | (uint)item);
            halves.Add(half1 < 0 ? -1 : ((long)half1 << 32) | (uint)half2);
        }

        return id;
    }

    /// <summary>Counts article <paramref name="article"/> for the feature (articles come in order).</summary>
    public void Count(int id, int article)
    {
        if (lastArticle[id] != article)
        {
            lastArticle[id] = article;
            articleSets[id]++;
        }
    }

    /// <summary>The id of a hash every text of the collection was interned with.</summary>
    public int IdOf(ulong hash) => ids[hash];

    /// <summary>The article and item (statements, then narration sentences) a feature first occurs in.</summary>
    public (int Article, int Item) FirstAt(int id) => ((int)(firstAt[id] >> 32), (int)(uint)firstAt[id]);

    /// <summary>The halves of a pair feature; nulls for any other.</summary>
    public (int? First, int? Second) Halves(int id) =>
        halves[id] < 0 ? (null, null) : ((int)(halves[id] >> 32), (int)(uint)halves[id]);
}
