using ClaimCheck.Extraction.Mentions;
using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Cues;

/// <summary>
/// The cue lexicon compiled for matching: forms indexed by their first word, longest form first,
/// looked up by span so matching allocates nothing. Immutable and thread-safe.
/// </summary>
public sealed class CueLexicon
{
    // Forms by first word: the word's id in a case-blind open-addressing table (a cheap hash instead of
    // the OrdinalIgnoreCase dictionary hash, which was most of the cue table's cost), then its forms.
    private readonly KeyTable firstWordIds;
    private readonly CueForm[][] formsById;
    private readonly WordFilter firstWords; // most tokens start no cue: skip the hash lookup

    public CueLexicon(CuesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var map = new Dictionary<string, List<CueForm>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in file.Cues)
        {
            foreach (var form in entry.Forms)
            {
                var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                if (!map.TryGetValue(words[0], out var list))
                {
                    map[words[0]] = list = [];
                }

                list.Add(new CueForm(words, entry));
            }
        }

        firstWords = new WordFilter(map.Keys);
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        formsById = new CueForm[map.Count][];
        foreach (var (word, forms) in map)
        {
            formsById[ids.Count] = [.. forms.OrderByDescending(f => f.Words.Length)];
            ids[word] = ids.Count;
        }

        firstWordIds = new KeyTable(ids);
    }

    /// <summary>The forms starting with <paramref name="word"/>, longest first, or null.</summary>
    private CueForm[]? FormsOf(ReadOnlySpan<char> word)
    {
        if (!firstWords.MayContain(word))
        {
            return null;
        }

        int id = firstWordIds.Find(word, CaseBlindHash.Of(word));
        return id < 0 ? null : formsById[id];
    }

    /// <summary>True when <paramref name="next"/> is a word after which the entry's form is no cue ("support among").</summary>
    private static bool FollowedByOther(CueEntry entry, ReadOnlySpan<char> next)
    {
        foreach (var word in entry.NotBefore)
        {
            if (next.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word at <paramref name="index"/> begins a cue form that the next word shows is used
    /// otherwise ("think tank", "pledged delegates"): there it is a plain word, not a verb that ends a phrase.
    /// </summary>
    public bool UsedOtherwise(SegmentedText text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.TokenArray;
        if (index + 1 >= tokens.Length || tokens[index].Kind != TokenKind.Word || FormsOf(text.TextOf(tokens[index])) is not { } forms)
        {
            return false;
        }

        foreach (var candidate in forms)
        {
            if (candidate.Words.Length == 1 && FollowedByOther(candidate.Entry, text.TextOf(tokens[index + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Matches the longest cue form starting at token <paramref name="index"/>. Punctuation cues (the
    /// dash, the colon) are considered only when <paramref name="includeExplicit"/> is set: only a
    /// pattern that names them may use them.
    /// </summary>
    public bool TryMatch(SegmentedText text, int index, out CueForm form, out int end, bool includeExplicit = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        form = default;
        end = index;
        var tokens = text.TokenArray;
        if (index >= tokens.Length || tokens[index].Kind == TokenKind.Quote || FormsOf(text.TextOf(tokens[index])) is not { } forms)
        {
            return false;
        }

        foreach (var candidate in forms)
        {
            int k = 1;
            while (k < candidate.Words.Length && index + k < tokens.Length
                && text.TextOf(tokens[index + k]).Equals(candidate.Words[k], StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }

            if (k == candidate.Words.Length && (includeExplicit || !candidate.Entry.ExplicitOnly))
            {
                int e = index + k;
                if (candidate.Entry.NotBefore.Count > 0 && e < tokens.Length && FollowedByOther(candidate.Entry, text.TextOf(tokens[e])))
                {
                    continue;
                }

                // A chain phrase holds only with a finite cue after it, which the cue span takes in.
                if (candidate.Entry.ChainOnly)
                {
                    if (!TryMatch(text, e, out var next, out int nextEnd) || next.Entry.ChainOnly || next.IsParticiple)
                    {
                        continue;
                    }

                    e = nextEnd;
                }

                form = candidate;
                end = e;
                return true;
            }
        }

        return false;
    }
}
