using System.Numerics;

namespace ClaimCheck.Extraction;

/// <summary>
/// The longest mention starting at each token (the earliest in list order among equally long ones), in
/// an array indexed by token. The source-phrase steps ask this for nearly every mention; a dictionary
/// per step cost a hash per probe and a clear over its whole bucket array per article. The array is one
/// per thread, reused: a table is valid until the next <see cref="Of"/> on the same thread, and the steps
/// that use one run one after another.
/// </summary>
internal sealed class LongestMentions
{
    /// <summary>Longer documents get an array of their own, so one huge article does not pin memory to a thread.</summary>
    private const int MaxPooledTokens = 1 << 20;

    [ThreadStatic]
    private static Mention?[]? pooled;

    [ThreadStatic]
    private static LongestMentions? current;

    private Mention?[] byToken = [];

    private int count;

    private LongestMentions()
    {
    }

    /// <summary>The table of <paramref name="mentions"/> over a text of <paramref name="tokenCount"/> tokens.</summary>
    public static LongestMentions Of(IReadOnlyList<Mention> mentions, int tokenCount)
    {
        var table = current ??= new LongestMentions();
        table.count = tokenCount;
        if (tokenCount > MaxPooledTokens)
        {
            table.byToken = new Mention?[tokenCount];
        }
        else
        {
            var array = pooled;
            if (array is null || array.Length < tokenCount)
            {
                array = new Mention?[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(tokenCount, 256))];
                pooled = array;
            }
            else
            {
                Array.Clear(array, 0, tokenCount);
            }

            table.byToken = array;
        }

        var byToken = table.byToken;
        foreach (var m in PhraseMentions.Items(mentions))
        {
            if ((uint)m.FirstToken < (uint)tokenCount && (byToken[m.FirstToken] is not { } other || other.EndToken < m.EndToken))
            {
                byToken[m.FirstToken] = m;
            }
        }

        return table;
    }

    /// <summary>The number of tokens: the table answers for tokens 0 to <see cref="Count"/> - 1.</summary>
    public int Count => count;

    /// <summary>The longest mention starting at token <paramref name="t"/>, or null.</summary>
    public Mention? this[int t] => (uint)t < (uint)count ? byToken[t] : null;

    public bool TryGetValue(int t, out Mention mention)
    {
        mention = this[t]!;
        return mention is not null;
    }

    public bool ContainsKey(int t) => this[t] is not null;

    /// <summary>Makes <paramref name="mention"/> the one at its first token.</summary>
    public void Set(Mention mention)
    {
        if ((uint)mention.FirstToken < (uint)count)
        {
            byToken[mention.FirstToken] = mention;
        }
    }
}
