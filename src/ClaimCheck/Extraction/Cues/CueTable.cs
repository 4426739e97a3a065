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

    // Per token: 1 + the index in matches of the match with explicit-only forms allowed, and of the
    // one without (they differ only where the longest form is explicit-only); 0 for no match. Few
    // tokens are cues, so the matches themselves are kept once, in a short list.
    private readonly int[] any;
    private readonly int[] plain;
    private readonly List<(CueForm Form, int End)> matches;
    private readonly byte[] guardBare;

    // The token count: the three arrays are per-thread and may be longer (see TokenScratch).
    private readonly int count;

    public CueTable(SegmentedText text, CueLexicon cues, CueGuard guard)
    {
        this.text = text;
        this.guard = guard;
        int n = text.Tokens.Count;
        count = n;
        any = TokenScratch.Ints(TokenScratch.CueAny, n);
        plain = TokenScratch.Ints(TokenScratch.CuePlain, n);
        guardBare = TokenScratch.Guard(n);
        matches = TokenScratch.CueMatches();
        for (int t = 0; t < n; t++)
        {
            // Every element is written here (no separate clearing pass over the per-thread arrays).
            any[t] = 0;
            plain[t] = 0;
            if (!cues.TryMatch(text, t, out var form, out int end, includeExplicit: true))
            {
                continue;
            }

            if (form.IsParticiple && guard.AfterBe(text, t))
            {
                form = form with { Progressive = true };
            }

            if (!form.Entry.ExplicitOnly)
            {
                end = guard.WithParticle(text, end);
            }

            matches.Add((form, end));
            any[t] = matches.Count;
            if (!form.Entry.ExplicitOnly)
            {
                plain[t] = matches.Count;
            }
            else if (cues.TryMatch(text, t, out form, out end))
            {
                matches.Add((form, end));
                plain[t] = matches.Count;
            }
        }
    }

    public bool TryGet(int token, bool includeExplicit, out CueForm form, out int end)
    {
        int k = (uint)token < (uint)count ? (includeExplicit ? any[token] : plain[token]) : 0;
        if (k == 0)
        {
            form = default;
            end = token;
            return false;
        }

        (form, end) = matches[k - 1];
        return true;
    }

    public bool Allows(int token, bool afterSource)
    {
        if (afterSource && token != 0)
        {
            return true; // CueGuard.Allows answers true here without looking at the text
        }

        if (afterSource || (uint)token >= (uint)count)
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
