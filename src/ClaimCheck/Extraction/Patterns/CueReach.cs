namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// The most tokens a pattern's elements before its first required CUE can span, so that a start
/// with no cue within that distance is not tried: "SOURCE SKIP:16 CUE" needs a cue at most 16
/// tokens after the source; "CONTENT , CUE" one token after the content's limit. Only literals,
/// SKIPs, mention slots, START and a leading CONTENT have bounded width; a pattern with anything
/// else before its cue (a QUOTE), or with no required cue, gets no reach.
/// </summary>
internal sealed class CueReach
{
    private CueReach(int cueIndex, int fixedWidth, int mentionSlots, bool firstIsMention, bool firstIsContent, bool onlySkipsAfterMention)
    {
        OnlySkipsAfterMention = onlySkipsAfterMention;
        CueIndex = cueIndex;
        FixedWidth = fixedWidth;
        MentionSlots = mentionSlots;
        FirstIsMention = firstIsMention;
        FirstIsContent = firstIsContent;
    }

    /// <summary>The element index of the required CUE.</summary>
    public int CueIndex { get; }

    /// <summary>Literal words and SKIP lengths before the cue.</summary>
    public int FixedWidth { get; }

    /// <summary>Mention slots before the cue other than a leading one (each at most the document's longest mention).</summary>
    public int MentionSlots { get; }

    /// <summary>The first element is a mention slot: its width is that of the mention at the start.</summary>
    public bool FirstIsMention { get; }

    /// <summary>The first element is CONTENT: it ends by the content limit of the start.</summary>
    public bool FirstIsContent { get; }

    /// <summary>
    /// The first element is a mention slot and only SKIPs stand between it and the cue ("SOURCE SKIP:16
    /// CUE"): the cue lies at or before the first token after the mention that a SKIP cannot step over.
    /// </summary>
    public bool OnlySkipsAfterMention { get; }

    public static CueReach? Of(IReadOnlyList<PatternElement> elements, int defaultSkip)
    {
        int fixedWidth = 0, mentionSlots = 0;
        bool firstIsMention = false, firstIsContent = false, onlySkips = true;
        for (int e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            if (e > 0 && element.Kind is not (PatternElementKind.Skip or PatternElementKind.Cue))
            {
                onlySkips = false;
            }

            switch (element.Kind)
            {
                case PatternElementKind.Cue when !element.Optional:
                    return new CueReach(e, fixedWidth, mentionSlots, firstIsMention, firstIsContent, firstIsMention && onlySkips && !elements[0].Optional);
                case PatternElementKind.Cue:
                    return null; // an optional cue before the required one: keep it simple
                case PatternElementKind.Literal:
                    fixedWidth += element.Alternatives.Max(a => a.Length);
                    break;
                case PatternElementKind.Skip:
                    fixedWidth += element.Filter is { } f ? int.Parse(f, System.Globalization.CultureInfo.InvariantCulture) : defaultSkip;
                    break;
                case PatternElementKind.Source or PatternElementKind.Other or PatternElementKind.Outlet:
                    if (e == 0)
                    {
                        firstIsMention = true;
                    }
                    else
                    {
                        mentionSlots++;
                    }

                    break;
                case PatternElementKind.Start:
                    break;
                case PatternElementKind.Content when e == 0 && element.Filter is null:
                    firstIsContent = true;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }
}
