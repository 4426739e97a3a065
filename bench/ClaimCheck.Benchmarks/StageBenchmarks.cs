using BenchmarkDotNet.Attributes;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Mentions;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The hot stages over the whole benchmark corpus per invocation: segmentation, quotation spans,
/// mentions, and the whole analysis (which adds metadata, attribution patterns, speakers, channels).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StageBenchmarks
{
    private IReadOnlyList<SourceText> texts = [];
    private List<SegmentedText> segmented = [];
    private Segmenter segmenter = null!;
    private MentionFinder mentions = null!;
    private ArticleAnalyzer analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rules = BenchCorpus.LoadRules();
        texts = BenchCorpus.Texts();
        segmenter = new Segmenter(rules.Abbreviations);
        mentions = new MentionFinder(rules.Mentions, rules.Outlets);
        analyzer = new ArticleAnalyzer(rules);
        segmented = [.. texts.Select(segmenter.Segment)];
    }

    [Benchmark]
    public int Segment()
    {
        int tokens = 0;
        foreach (var text in texts)
        {
            tokens += segmenter.Segment(text).Tokens.Count;
        }

        return tokens;
    }

    [Benchmark]
    public int Quotes()
    {
        int n = 0;
        foreach (var s in segmented)
        {
            n += QuoteFinder.Find(s).Count;
        }

        return n;
    }

    [Benchmark]
    public int Mentions()
    {
        int n = 0;
        foreach (var s in segmented)
        {
            n += mentions.Find(s, []).Count;
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int Analyze()
    {
        int n = 0;
        foreach (var text in texts)
        {
            n += analyzer.Analyze(text).Statements.Count;
        }

        return n;
    }
}
