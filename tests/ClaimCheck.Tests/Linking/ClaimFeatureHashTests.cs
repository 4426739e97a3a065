using ClaimCheck.Linking;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Linking;

/// <summary>
/// The hashed feature extraction the clusterer uses must find the features of the string one (kept
/// for cluster labels) in the same order, with the hash of the same resolved key: else labels and
/// clusters would drift apart.
/// </summary>
public class ClaimFeatureHashTests
{
    private static readonly ClaimFeatures Features = new(TestArticles.RuleSet.Framing.Stopwords);

    public static TheoryData<string> Texts => new()
    {
        "Russia offered the embattled leader a $1.5 billion loan, 2,000 troops and 80% of the gas.",
        "The Constitution of the Union State: constitutional reform, Lukashenko's and Lukashenka’s words.",
        "NATO and the SVR's chief Sergey Naryshkin met in Minsk; studies, passes, watches and fixes followed.",
        "A ÉLÉGANT élan — Tsikhanouskaya's rival-in-chief said 3 bn euros, 7 million people, 12 tn.",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Hashed_features_are_the_string_features(string text)
    {
        var strings = new List<(string Key, string Surface)>();
        Features.Extract(text, new TextSpan(0, text.Length), strings);
        var raw = new List<RawFeature>();
        Features.ExtractRaw(text, raw);
        Assert.Equal(strings.Count, raw.Count);

        // Lower-case stems as a collection would have them: every "w:" key of the text, and "w:consti".
        var lowerStrings = strings.Select(s => s.Key).Where(k => k.StartsWith("w:", StringComparison.Ordinal)).Append("w:consti").ToHashSet(StringComparer.Ordinal);
        var lowerHashes = lowerStrings.Select(FeatureHash.OfKey).ToHashSet();
        for (int i = 0; i < raw.Count; i++)
        {
            string key = ClaimFeatures.Resolve(strings[i].Key, lowerStrings);
            var (hash, kind) = ClaimFeatures.Resolve(raw, i, lowerHashes);
            Assert.Equal(FeatureHash.OfKey(key), hash);
            var expected = key[0] switch
            {
                'w' => FeatureKind.Word,
                'n' => FeatureKind.Name,
                '#' => FeatureKind.Number,
                _ => key.Contains("n:", StringComparison.Ordinal) ? FeatureKind.PairWithName : FeatureKind.Pair,
            };
            Assert.Equal(expected, kind);
        }
    }
}
