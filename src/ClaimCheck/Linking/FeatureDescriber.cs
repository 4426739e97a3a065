using ClaimCheck.Reporting.Input;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// The key and surface of a feature, found again where it first occurs (the text is re-read with
/// both the string and the hashed extraction, which list features in the same order): only the
/// few features a cluster is labelled with ever become strings. Single-threaded.
/// </summary>
internal sealed class FeatureDescriber(ClaimFeatures features, IReadOnlyList<ReportArticle> articles, FeatureTable table, HashSet<ulong> lowerStems)
{
    private readonly Dictionary<int, (string Key, string Surface)> described = [];
    private readonly List<RawFeature> raw = [];
    private readonly List<(string Key, string Surface)> strings = [];

    public string Key(int feature) => Describe(feature).Key;

    public string Surface(int feature) => Describe(feature).Surface;

    /// <summary>The sorted, distinct feature ids of narration sentence <paramref name="narration"/> of an article.</summary>
    public int[] NarrationFeatures(int article, int narration)
    {
        features.ExtractRaw(articles[article].Facts.Narration[narration].Text, raw);
        var ids = new SortedSet<int>();
        for (int f = 0; f < raw.Count; f++)
        {
            ids.Add(table.IdOf(ClaimFeatures.Resolve(raw, f, lowerStems).Hash));
        }

        return [.. ids];
    }

    private (string Key, string Surface) Describe(int feature)
    {
        if (described.TryGetValue(feature, out var known))
        {
            return known;
        }

        var (a, item) = table.FirstAt(feature);
        var article = articles[a];
        string text = item < article.Statements.Count ? article.Statements[item].Text : article.Facts.Narration[item - article.Statements.Count].Text;
        features.ExtractRaw(text, raw);
        strings.Clear();
        features.Extract(text, new TextSpan(0, text.Length), strings);
        for (int f = 0; f < raw.Count && f < strings.Count; f++)
        {
            if (table.IdOf(ClaimFeatures.Resolve(raw, f, lowerStems).Hash) == feature)
            {
                string key = ClaimFeatures.Resolve(strings[f].Key, s => lowerStems.Contains(FeatureHash.OfKey(s)));
                string surface = key[0] is 'n' or '#' ? strings[f].Surface : strings[f].Surface.ToLowerInvariant();
                return described[feature] = (key, surface);
            }
        }

        // Not found again (cannot happen while both extractions agree): the id stands in.
        return described[feature] = ("?" + feature.ToString(System.Globalization.CultureInfo.InvariantCulture), "?");
    }
}
