using ClaimCheck.Evaluation;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Evaluation;

public class BratReaderTests
{
    [Fact]
    public void Reads_events_with_their_source_cue_and_content()
    {
        var result = BratReader.Parse(Sample.Annotations, Sample.Body);

        Assert.Empty(result.Warnings);
        Assert.Equal(["E1", "E2", "E3"], result.Attributions.Select(a => a.Id));
        var e2 = result.Attributions[1];
        Assert.Equal([Sample.CouncilSource], e2.Source);
        Assert.Equal([Sample.CouncilCue], e2.Cue);
        Assert.Equal([Sample.CouncilContent], e2.Content);
    }

    [Fact]
    public void Discontinuous_spans_keep_their_pieces_sorted()
    {
        const string text = "one two three four five";
        var ann = "T1\tContent 14 18;0 3\tfour one\nT2\tCue 4 7\ttwo\nT3\tAttribution 4 7\ttwo\n"
            + "E1\tAttribution-no-source:T3 Content:T1 Cue:T2\n";

        var result = BratReader.Parse(ann, text);

        Assert.Empty(result.Warnings);
        var a = Assert.Single(result.Attributions);
        Assert.Equal([new TextSpan(0, 3), new TextSpan(14, 18)], a.Content);
        Assert.False(a.HasSource);
    }

    [Fact]
    public void Continuation_lines_belong_to_the_previous_span()
    {
        const string text = "Jo said: first paragraph.\n\nSecond paragraph.\n";
        var content = new TextSpan(9, 44);
        var ann = $"T1\tContent {content.Start} {content.End}\tfirst paragraph.\n\nSecond paragraph.\n"
            + "T2\tSource 0 2\tJo\nT3\tCue 3 7\tsaid\nT4\tAttribution 3 7\tsaid\n"
            + "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n";

        var result = BratReader.Parse(ann, text);

        // A wrongly joined continuation would show as a text mismatch warning or a stray line.
        Assert.Empty(result.Warnings);
        Assert.Equal([content], Assert.Single(result.Attributions).Content);
    }

    [Fact]
    public void Repeated_roles_and_later_spans_are_resolved()
    {
        const string text = "Ann said yes and later added no.";
        var ann = "E1\tAttribution:T5 Source:T1 Cue:T2 Content:T3 Cue2:T6 Content2:T4\n"
            + "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 12\tyes\nT4\tContent 29 31\tno\n"
            + "T5\tAttribution 4 8\tsaid\nT6\tCue 23 28\tadded\n";

        var result = BratReader.Parse(ann, text);

        Assert.Empty(result.Warnings);
        var a = Assert.Single(result.Attributions);
        Assert.Equal([new TextSpan(4, 8), new TextSpan(23, 28)], a.Cue);
        Assert.Equal([new TextSpan(9, 12), new TextSpan(29, 31)], a.Content);
    }

    [Fact]
    public void Notes_and_discuss_spans_are_not_attributions()
    {
        const string text = "Ann said yes. Read more here.";
        var ann = "T1\tDiscard 14 29\tRead more here.\nT2\tDiscuss 0 3\tAnn\n#1\tAnnotatorNotes T2\tis this one?\n";

        var result = BratReader.Parse(ann, text);

        Assert.Empty(result.Attributions);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Malformed_lines_are_reported_and_skipped()
    {
        const string text = "Ann said yes.";
        var ann = string.Join('\n',
            "stray line before any span",
            "T1\tSource 0 3\tAnn",
            "T2\tCue four eight\tsaid",
            "T3\tContent 9 99\tyes.",
            "T4\tContent 9 12\tyes",
            "T5\tAttribution 4 8\tsaid",
            "E1\tAttribution:T5 Source:T1 Cue:T2 Content:T4 Content2:T42",
            "E2\tAttribution:T5",
            "E3\tAttribution:T5 Cue:T2 Content:T3",
            "T1\tSource 0 2\tAn");

        var result = BratReader.Parse(ann, text);

        var a = Assert.Single(result.Attributions);
        Assert.Equal("E1", a.Id);
        Assert.Equal([new TextSpan(0, 3)], a.Source);
        Assert.Empty(a.Cue);
        Assert.Equal([new TextSpan(9, 12)], a.Content);
        Assert.Contains(result.Warnings, w => w.StartsWith("line 1: not an annotation line", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("line 3: bad offsets", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("line 4: offsets 9-99 run past", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("'Content2:T42' names no span", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("line 8: attribution without content", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("line 10: duplicate id T1", StringComparison.Ordinal));
    }

    [Fact]
    public void Span_text_that_differs_from_the_article_is_reported()
    {
        var result = BratReader.Parse("T1\tSource 0 3\tBob\n", "Ann said yes.");

        Assert.Contains("differs from the article", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_ends_are_accepted()
    {
        var result = BratReader.Parse(Sample.Annotations.Replace("\n", "\r\n", StringComparison.Ordinal), Sample.Body);

        Assert.Empty(result.Warnings);
        Assert.Equal(3, result.Attributions.Count);
    }
}
