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
    }

    /// <summary>How many words (ids run from 0 to Count - 1).</summary>
    public int Count { get; }

    /// <summary>The id of "'s" (which also matches "’s").</summary>
    public int ApostropheS { get; }

    /// <summary>The id of "’s".</summary>
    public int TypographicS { get; }

    /// <summary>The id of <paramref name="word"/> ignoring case, or -1 when no pattern has it.</summary>
    public int IdOf(ReadOnlySpan<char> word) =>
        filter.MayContain(word) && ids.TryGetValue(word, out int id) ? id : -1;

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
