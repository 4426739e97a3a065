namespace ClaimCheck.Extraction;

/// <summary>
/// Drops a belief or stance statement whose cue and source lie inside another statement's content:
/// in "Lee said voters want change" the wanting is part of what Lee said, and annotators (and a
/// reader) take it as Lee's statement, not the voters' own. Speech cues stay ("Lee said Kim told
/// him ..." reports two statements).
/// </summary>
internal static class NestedStances
{
    public static void Drop(DocumentContext ctx, List<Finding> findings)
    {
        List<Finding>? dropped = null;
        foreach (var f in findings)
        {
            if (f.Cue is not { } cue || f.CueStart < 0 || !(cue.Entry.NotNested || cue.Entry.Act == "belief"))
            {
                continue;
            }

            int start = ctx.Tokens[f.CueStart].Start;
            int end = ctx.Tokens[f.CueEnd - 1].End;
            if (f.Source >= 0)
            {
                var source = ctx.Mentions[f.Source].Span;
                start = Math.Min(start, source.Start);
                end = Math.Max(end, source.End);
            }

            if (Inside(findings, f, start, end) && !findings.Exists(g => ReferenceEquals(g.Continues, f)))
            {
                (dropped ??= []).Add(f);
            }
        }

        if (dropped is not null)
        {
            findings.RemoveAll(dropped.Contains);
        }
    }

    private static bool Inside(List<Finding> findings, Finding f, int start, int end)
    {
        foreach (var g in findings)
        {
            if (ReferenceEquals(g, f))
            {
                continue;
            }

            foreach (var piece in g.Content)
            {
                if (piece.Start <= start && end <= piece.End)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
