using System.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Channels;
using ClaimCheck.Extraction.Coreference;
using ClaimCheck.Extraction.Cues;
using ClaimCheck.Extraction.Mentions;
using ClaimCheck.Extraction.Patterns;
using ClaimCheck.Metadata;
using ClaimCheck.Output;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Processing;

/// <summary>
/// Times each stage of <see cref="ArticleAnalyzer.Analyze"/> with a stopwatch, to show where the time
/// goes (no profiler is installed here). It repeats the analyzer's steps in the same order, so keep
/// it in step with <see cref="ArticleAnalyzer"/>; bench compares its statement count with the
/// analyzer's to catch drift. Single-threaded.
/// </summary>
internal sealed class StageProfiler
{
    public static readonly string[] StageNames =
        ["read", "metadata", "segment", "quotes", "mentions", "context", "attribution", "speakers", "channels", "render"];

    private readonly MetadataExtractor metadata;
    private readonly Segmenter segmenter;
    private readonly MentionFinder mentions;
    private readonly CueLexicon cues;
    private readonly WordSet sourceBlockers;
    private readonly WordSet contentNotStart;
    private readonly CueGuard cueGuard;
    private readonly IReadOnlyList<string[]> phraseSourceAfter;
    private readonly AttributionFinder attributions;
    private readonly SpeakerResolver speakers;
    private readonly ChannelResolver channels;

    public StageProfiler(RuleSet rules)
    {
        metadata = new MetadataExtractor(rules);
        segmenter = new Segmenter(rules.Abbreviations);
        mentions = new MentionFinder(rules.Mentions, rules.Outlets);
        cues = new CueLexicon(rules.Cues);
        sourceBlockers = new WordSet(rules.Patterns.NotAfter);
        contentNotStart = new WordSet(rules.Patterns.ContentNotStart);
        cueGuard = new CueGuard(rules.Cues);
        phraseSourceAfter = rules.Patterns.PhraseSourceAfter.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        attributions = new AttributionFinder(rules.Patterns.Patterns.Select(CompiledPattern.From).ToList());
        speakers = new SpeakerResolver(rules.Coreference);
        channels = new ChannelResolver(rules.Channels, rules.Outlets);
    }

    /// <summary>Stopwatch ticks per stage, indexed like <see cref="StageNames"/>.</summary>
    public long[] Ticks { get; } = new long[StageNames.Length];

    /// <summary>Bytes allocated per stage (this thread), indexed like <see cref="StageNames"/>.</summary>
    public long[] Allocated { get; } = new long[StageNames.Length];

    public long Statements { get; private set; }

    public void Run(ArticleInput input)
    {
        lastAllocated = GC.GetAllocatedBytesForCurrentThread();
        long t0 = Stopwatch.GetTimestamp();
        var source = input.Load(out _);
        long t1 = Lap(0, t0);
        var meta = metadata.Extract(source);
        t1 = Lap(1, t1);
        var segmented = segmenter.Segment(source);
        t1 = Lap(2, t1);
        var quotes = QuoteTails.Trim(segmented, QuoteFinder.Find(segmented), cues);
        t1 = Lap(3, t1);
        var skipped = new List<TextSpan>(meta.Boilerplate);
        if (meta.DateSpan is { } dateSpan)
        {
            skipped.Add(dateSpan);
        }

        var exclude = new List<TextSpan>(skipped);
        exclude.AddRange(quotes.Where(q => q.IsTopLevel).Select(q => q.Inner));
        exclude.Sort((a, b) => a.Start.CompareTo(b.Start));
        var found = PhraseSources.Add(segmented, mentions.Find(segmented, exclude), phraseSourceAfter, exclude);
        t1 = Lap(4, t1);
        var ctx = new DocumentContext(segmented, quotes, found, skipped, cues, cueGuard, sourceBlockers, contentNotStart);
        t1 = Lap(5, t1);
        var findings = attributions.Find(ctx);
        t1 = Lap(6, t1);
        var speakerOf = speakers.Resolve(ctx, findings);
        t1 = Lap(7, t1);
        channels.Resolve(ctx, findings, speakerOf);
        t1 = Lap(8, t1);
        Statements += findings.Count;

        // Rendering needs statements; the analyzer makes them from the findings the same way.
        var analysis = new ArticleAnalyzerShim(source, meta, ctx, findings).Analysis;
        using var sink = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        JsonLinesWriter.Write(sink, analysis);
        Lap(9, t1);
    }

    private long Lap(int stage, long since)
    {
        long now = Stopwatch.GetTimestamp();
        Ticks[stage] += now - since;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        Allocated[stage] += allocated - lastAllocated;
        lastAllocated = allocated;
        return now;
    }

    private long lastAllocated;

    private sealed class ArticleAnalyzerShim(SourceText source, ArticleMetadata meta, DocumentContext ctx, List<Finding> findings)
    {
        public ArticleAnalysis Analysis => new(source, meta, findings.Select(ToStatement).ToList());

        private Statement ToStatement(Finding f)
        {
            Cue? cue = null;
            if (f.CueStart >= 0 && f.Cue is { } form)
            {
                var span = new TextSpan(ctx.Tokens[f.CueGroupStart >= 0 ? f.CueGroupStart : f.CueStart].Start, ctx.Tokens[f.CueEnd - 1].End);
                cue = new Cue(span, form.Entry.Lemma, form.Entry.Stance, form.Entry.Id);
            }

            TextSpan? src = f.Source >= 0 ? ctx.Mentions[f.Source].Span : null;
            return new Statement(f.Kind, f.Content, cue, src, f.Speaker, f.Channel, f.Rule);
        }
    }
}
