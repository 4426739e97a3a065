using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Cues;

/// <summary>
/// One document's cue matches and guard answers, per token. Pattern matching asks for the cue at
/// the same token again and again (each SKIP step of each pattern tried at each anchor); the
/// lexicon and guard are pure functions of the text, so one lookup per token answers them all.
/// </summary>
internal sealed class CueTable
{
    private const byte Unknown = 0;
    private const byte Yes = 1;
    private const byte No = 2;

    private readonly SegmentedText text;
    private readonly CueGuard guard;

    // Per token: the match with explicit-only forms allowed, and the one without (they differ only
    // where the longest form is explicit-only). End 0 means no match (a match ends after its token).
    private readonly CueForm[] anyForm;
    private readonly int[] anyEnd;
    private readonly CueForm[] plainForm;
    private readonly int[] plainEnd;
    private readonly byte[] guardBare;

    public CueTable(SegmentedText text, CueLexicon cues, CueGuard guard)
    {
        this.text = text;
        this.guard = guard;
        int n = text.Tokens.Count;
        anyForm = new CueForm[n];
        anyEnd = new int[n];
        plainForm = new CueForm[n];
        plainEnd = new int[n];
        guardBare = new byte[n];
        for (int t = 0; t < n; t++)
        {
            if (!cues.TryMatch(text, t, out var form, out int end, includeExplicit: true))
            {
                continue;
            }

            anyForm[t] = form;
            anyEnd[t] = end;
            if (!form.Entry.ExplicitOnly)
            {
                plainForm[t] = form;
                plainEnd[t] = end;
            }
            else if (cues.TryMatch(text, t, out form, out end))
            {
                plainForm[t] = form;
                plainEnd[t] = end;
            }
        }
    }

    public bool TryGet(int token, bool includeExplicit, out CueForm form, out int end)
    {
        if (token < 0 || token >= anyEnd.Length)
        {
            form = default;
            end = token;
            return false;
        }

        (form, end) = includeExplicit ? (anyForm[token], anyEnd[token]) : (plainForm[token], plainEnd[token]);
        if (end == 0)
        {
            end = token;
            return false;
        }

        return true;
    }

    public bool Allows(int token, bool afterSource)
    {
        if (afterSource && token != 0)
        {
            return true; // CueGuard.Allows answers true here without looking at the text
        }

        if (afterSource || (uint)token >= (uint)guardBare.Length)
        {
            return guard.Allows(text, token, afterSource);
        }

        byte known = guardBare[token];
        if (known == Unknown)
        {
            known = guard.Allows(text, token, afterSource: false) ? Yes : No;
            guardBare[token] = known;
        }

        return known == Yes;
    }
}
