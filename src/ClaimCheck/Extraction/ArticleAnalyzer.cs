using ClaimCheck.Extraction.Channels;
using ClaimCheck.Extraction.Coreference;
using ClaimCheck.Extraction.Cues;
using ClaimCheck.Extraction.Mentions;
using ClaimCheck.Extraction.Patterns;
using ClaimCheck.Metadata;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Text.Quotes;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Extraction;

/// <summary>
/// The whole pipeline for one article: metadata, segmentation, quotations, mentions, attribution
/// patterns, speakers and channels. Built once from a <see cref="RuleSet"/>; immutable and safe to
/// share across threads; <see cref="Analyze"/> is a pure function of the text.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly MetadataExtractor metadata;
    private readonly Segmenter segmenter;
    private readonly MentionFinder mentions;
    private readonly CueLexicon cues;
    private readonly WordSet sourceBlockers;
    private readonly WordSet contentNotStart;
    private readonly CueGuard cueGuard;
    private readonly WordSet mentionVerbs;
    private readonly IReadOnlyList<string[]> phraseSourceAfter;
    private readonly AttributionFinder attributions;
    private readonly SpeakerResolver speakers;
    private readonly ChannelResolver channels;

    public ArticleAnalyzer(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        metadata = new MetadataExtractor(rules);
        segmenter = new Segmenter(rules.Abbreviations);
        mentions = new MentionFinder(rules.Mentions, rules.Outlets);
        cues = new CueLexicon(rules.Cues);
        sourceBlockers = new WordSet(rules.Patterns.NotAfter);
        contentNotStart = new WordSet(rules.Patterns.ContentNotStart);
        cueGuard = new CueGuard(rules.Cues);
        mentionVerbs = new WordSet(rules.Mentions.Verbs);
        phraseSourceAfter = rules.Patterns.PhraseSourceAfter.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        // One vocabulary for attribution and channel patterns: each token's word is looked up once for both.
        var attributionPatterns = rules.Patterns.Patterns.Select(CompiledPattern.From).ToList();
        var vocabulary = new PatternVocabulary(attributionPatterns.Select(p => p.Pattern).Concat(rules.Channels.Channels.Select(c => TokenPattern.Parse(c.Pattern))));
        attributions = new AttributionFinder(
            attributionPatterns,
            new ContentStarts(new WordSet(rules.Patterns.ObjectCues), new WordSet(rules.Patterns.SettingOpeners), new WordSet(rules.Patterns.ListenerFollowers)),
            vocabulary);
        speakers = new SpeakerResolver(rules.Coreference);
        channels = new ChannelResolver(rules.Channels, rules.Outlets, vocabulary);
    }

    public RuleSet Rules { get; }

    public ArticleAnalysis Analyze(SourceText source) => Inspect(source).Analysis;

    /// <summary>Runs the pipeline and keeps every stage's result (see <c>claimcheck inspect</c>).</summary>
    public ArticleInspection Inspect(SourceText source) => Inspect(source, null);

    /// <summary>As <see cref="Inspect(SourceText)"/>, charging each stage to <paramref name="clock"/> when given (bench's breakdown).</summary>
    internal ArticleInspection Inspect(SourceText source, StageClock? clock)
    {
        ArgumentNullException.ThrowIfNull(source);
        var meta = metadata.Extract(source);
        clock?.Lap(StageClock.Metadata);
        var segmented = segmenter.Segment(source);
        clock?.Lap(StageClock.Segment);
        var quotes = QuoteTails.Trim(segmented, QuoteFinder.Find(segmented), cues);
        clock?.Lap(StageClock.Quotes);

        // Mentions never start inside quoted words or page furniture.
        // The date marker (" date 2020-11-13 As protests ...") is not article text either.
        var skipped = new List<TextSpan>(meta.Boilerplate);
        if (meta.DateSpan is { } dateSpan)
        {
            skipped.Add(dateSpan);
        }

        var exclude = new List<TextSpan>(skipped);
        exclude.AddRange(quotes.Where(q => q.IsTopLevel).Select(q => q.Inner));
        exclude.Sort((a, b) => a.Start.CompareTo(b.Start));
        var work = new WorkCounters();
        var found = CompoundSources.Add(segmented, TailSources.Add(segmented, SubjectSources.Add(segmented, PhraseSources.Add(segmented, mentions.Find(segmented, exclude, work), phraseSourceAfter, exclude), cues, mentionVerbs, exclude), cues, mentionVerbs), cues, mentionVerbs);
        found = QuoteSidePhrases.Add(segmented, quotes, found, cues, mentionVerbs);
        clock?.Lap(StageClock.Mentions);

        var ctx = new DocumentContext(segmented, quotes, found, skipped, cues, cueGuard, sourceBlockers, contentNotStart);
        clock?.Lap(StageClock.Context);
        var findings = attributions.Find(ctx, work);
        clock?.Lap(StageClock.Attribution);
        var speakerOf = speakers.Resolve(ctx, findings, work);
        clock?.Lap(StageClock.Speakers);
        channels.Resolve(ctx, findings, speakerOf, work);

        var statements = findings.Select(f => ToStatement(ctx, f)).ToList();
        clock?.Lap(StageClock.Channels);
        return new ArticleInspection(meta, segmented, quotes, found, new ArticleAnalysis(source, meta, statements)) { Work = work };
    }

    private static Statement ToStatement(DocumentContext ctx, Finding f)
    {
        Cue? cue = null;
        if (f.CueStart >= 0 && f.Cue is { } form)
        {
            var span = new TextSpan(ctx.Tokens[f.CueGroupStart >= 0 ? f.CueGroupStart : f.CueStart].Start, ctx.Tokens[f.CueEnd - 1].End);
            cue = new Cue(span, form.Entry.Lemma, form.Entry.Stance, form.Entry.Id);
        }

        TextSpan? source = SourceSpans.Of(ctx, f);
        return new Statement(f.Kind, f.Content, cue, source, f.Speaker, f.Channel, f.Rule);
    }
}
