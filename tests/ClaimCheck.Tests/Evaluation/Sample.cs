using ClaimCheck.Text;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>
/// A made-up article with three attributions: a direct quote (E1), reported speech (E2) and a
/// quote split around its cue (E3, discontinuous content).
/// </summary>
internal static class Sample
{
    public const string Body =
        "Mayor Jane Doe said, \"We will cut taxes next year.\" The council claimed that the budget was balanced.\n"
        + "\n"
        + "\"It is a disgrace,\" Smith said, \"and we will fight it.\"\n";

    public static TextSpan DoeSource => Gold.Find(Body, "Mayor Jane Doe");
    public static TextSpan DoeCue => Gold.Find(Body, "said");
    public static TextSpan DoeContent => Gold.Find(Body, "\"We will cut taxes next year.\"");
    public static TextSpan CouncilSource => Gold.Find(Body, "The council");
    public static TextSpan CouncilCue => Gold.Find(Body, "claimed");
    public static TextSpan CouncilContent => Gold.Find(Body, "that the budget was balanced");
    public static TextSpan SmithSource => Gold.Find(Body, "Smith");
    public static TextSpan SmithCue => Gold.Find(Body, "said", 1);
    public static TextSpan SmithFirst => Gold.Find(Body, "\"It is a disgrace,\"");
    public static TextSpan SmithSecond => Gold.Find(Body, "\"and we will fight it.\"");

    public static string Annotations => string.Join('\n',
        Gold.T("T1", "Source", Body, DoeSource),
        Gold.T("T2", "Cue", Body, DoeCue),
        Gold.T("T3", "Content", Body, DoeContent),
        Gold.T("T4", "Attribution", Body, DoeCue),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        Gold.T("T5", "Source", Body, CouncilSource),
        Gold.T("T6", "Cue", Body, CouncilCue),
        Gold.T("T7", "Content", Body, CouncilContent),
        Gold.T("T8", "Attribution", Body, CouncilCue),
        "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7",
        Gold.T("T9", "Content", Body, SmithFirst, SmithSecond),
        Gold.T("T10", "Source", Body, SmithSource),
        Gold.T("T11", "Cue", Body, SmithCue),
        Gold.T("T12", "Attribution", Body, SmithCue),
        "E3\tAttribution:T12 Content:T9 Cue:T11 Source:T10",
        "");
}
