using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// The literal words of some pattern lists, each with a number, so that a document's tokens are looked
/// up once (<see cref="DocumentContext.WordIds"/>) and start scans and literal tests compare numbers
/// instead of hashing and comparing strings at every try. One vocabulary may serve several lists
/// (attribution and channel patterns): then each token is looked up once for all of them. Equal ids
/// mean equal words ignoring case (OrdinalIgnoreCase), as the string tests they replace. Immutable,
/// thread-safe.
/// </summary>
internal sealed class PatternVocabulary
{
    /// <summary>The id of "-" in a pattern: it matches a dash token, whatever its text.</summary>
    public const int Dash = -2;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids;
    private readonly WordFilter filter; // most tokens are no pattern word: skip the hash lookup

    // An open-addressing table of the ASCII words for ASCII tokens (most of them): a cheap case-folded
    // hash instead of the dictionary's. Null when some non-ASCII word could equal an ASCII token
    // ignoring case (a dotless i upper-cases to I): then every token goes to the dictionary.
    private readonly string?[]? slotWords;
    private readonly int[] slotIds = [];
    private readonly ulong nonAsciiLengths; // bit i: some non-ASCII word has length i (bit 63: 63 or more)

    public PatternVocabulary(IEnumerable<TokenPattern> patterns)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(string word) => words.TryAdd(word, words.Count);

        // "'s" in a pattern also takes the typographic apostrophe (PatternMatcher.MatchWords).
        Add("'s");
        Add("’s");
        foreach (var pattern in patterns)
        {
            foreach (var element in pattern.Elements)
            {
                if (element.Kind != PatternElementKind.Literal)
                {
                    continue;
                }

                foreach (var alternative in element.Alternatives)
                {
                    foreach (var word in alternative)
                    {
                        if (word != "-")
                        {
                            Add(word);
                        }
                    }
                }
            }
        }

        Count = words.Count;
        ApostropheS = words["'s"];
        TypographicS = words["’s"];
        filter = new WordFilter(words.Keys);
        ids = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.Keys.All(w => w.All(c => c < 128 || char.ToUpperInvariant(c) >= 128)))
        {
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 4));
            slotWords = new string?[size];
            slotIds = new int[size];
            foreach (var (word, id) in words)
            {
                if (!IsAscii(word))
                {
                    nonAsciiLengths |= 1UL << Math.Min(word.Length, 63);
                    continue; // never equal to an ASCII token (checked above); found through the dictionary
                }

                int i = (int)(AsciiHash(word) & (uint)(size - 1));
                while (slotWords[i] is not null)
                {
                    i = (i + 1) & (size - 1);
                }

                slotWords[i] = word;
                slotIds[i] = id;
            }
        }
    }

    /// <summary>How many words (ids run from 0 to Count - 1).</summary>
    public int Count { get; }

    /// <summary>The id of "'s" (which also matches "’s").</summary>
    public int ApostropheS { get; }

    /// <summary>The id of "’s".</summary>
    public int TypographicS { get; }

    /// <summary>The id of <paramref name="word"/> ignoring case, or -1 when no pattern has it.</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        if (!filter.MayContain(word))
        {
            return -1;
        }

        if (slotWords is not null && FoldedHash(word, out uint hash))
        {
            // ASCII only: equal ignoring case is equal after folding A-Z to a-z, as the hash does.
            int mask = slotWords.Length - 1;
            for (int i = (int)(hash & (uint)mask); slotWords[i] is { } candidate; i = (i + 1) & mask)
            {
                if (candidate.Length == word.Length && word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return slotIds[i];
                }
            }

            return -1;
        }

        // A non-ASCII token ("“", "—") equals only a word with a non-ASCII character where it has one,
        // unless one of its characters upper-cases to ASCII (a dotless i); most have no such word's length.
        if (slotWords is not null && ((nonAsciiLengths >> Math.Min(word.Length, 63)) & 1) == 0 && !UpperCasesToAscii(word))
        {
            return -1;
        }

        return ids.TryGetValue(word, out int id) ? id : -1;
    }

    private static bool IsAscii(ReadOnlySpan<char> word) => System.Text.Ascii.IsValid(word);

    /// <summary>True when a non-ASCII character of <paramref name="word"/> upper-cases to ASCII (as OrdinalIgnoreCase compares).</summary>
    private static bool UpperCasesToAscii(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c >= 128 && char.ToUpperInvariant(c) < 128)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="AsciiHash"/> and the ASCII test in one pass over the token (false: not ASCII, no hash).</summary>
    private static bool FoldedHash(ReadOnlySpan<char> word, out uint hash)
    {
        uint h = 2166136261;
        int seen = 0;
        foreach (char c in word)
        {
            seen |= c;
            h = (h ^ (uint)(c is >= 'A' and <= 'Z' ? c | 0x20 : c)) * 16777619;
        }

        hash = h;
        return seen < 128;
    }

    /// <summary>FNV-1a over the characters with A-Z folded to a-z (ASCII words only).</summary>
    private static uint AsciiHash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            h = (h ^ (uint)(c is >= 'A' and <= 'Z' ? c | 0x20 : c)) * 16777619;
        }

        return h;
    }

    /// <summary>The ids of a literal's words; "-" is <see cref="Dash"/>, a word not in the vocabulary -1.</summary>
    public int[] IdsOf(string[] words)
    {
        var result = new int[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            result[i] = words[i] == "-" ? Dash : IdOf(words[i]);
        }

        return result;
    }

    /// <summary>Fills <paramref name="target"/>[0..n) with each token's id (-1 for none).</summary>
    public void Index(DocumentContext ctx, int[] target)
    {
        var tokens = ctx.Tokens;
        var text = ctx.Text;
        for (int t = 0; t < tokens.Length; t++)
        {
            target[t] = IdOf(text.AsSpan(tokens[t].Start, tokens[t].Length));
        }
    }
}
