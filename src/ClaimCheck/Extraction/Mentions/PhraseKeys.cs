using System.Runtime.CompilerServices;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// For one document, which phrase sets of a <see cref="MentionLexicon"/> hold each token's key (its
/// leading run of letters and digits, case folded). Chunking asks some twenty sets about every
/// token and nearly all answer no; one lookup per token answers those no's from a bit mask.
/// </summary>
internal sealed class PhraseKeys
{
    private readonly ulong[] masks;
    private readonly int[] ids;
    private readonly int count;
    private readonly bool[] wholeToken;
    private readonly int[] hashes;
    private readonly MentionLexicon lexicon;

    /// <summary>Fills <paramref name="maskBuffer"/> and <paramref name="idBuffer"/> (reused, at least one element per token).</summary>
    public PhraseKeys(SegmentedText text, MentionLexicon lexicon, ulong[] maskBuffer, int[] idBuffer, bool[] wholeBuffer, int[] hashBuffer)
    {
        hashes = hashBuffer;
        this.lexicon = lexicon;
        wholeToken = wholeBuffer;
        Text = text;
        var tokens = text.TokenArray;
        string source = text.Source.Text;
        masks = maskBuffer;
        ids = idBuffer;
        count = tokens.Length;
        var table = lexicon.KeyTable;
        for (int t = 0; t < tokens.Length; t++)
        {
            // One pass over the token: its leading run of letters and digits (the key) and, going on, the
            // hash of the whole token, which the scanner's word sets use.
            var word = source.AsSpan(tokens[t].Start, tokens[t].Length);
            uint hash = CaseBlindHash.Seed;
            int run = 0;
            while (run < word.Length && char.IsLetterOrDigit(word[run]))
            {
                hash = CaseBlindHash.Step(hash, word[run]);
                run++;
            }

            int id = run > 0 ? table.Find(word[..run], (int)hash) : -1;
            ids[t] = id;
            masks[t] = id >= 0 ? lexicon.KeyMasks[id] : 0;
            wholeToken[t] = run == word.Length;
            for (int i = run; i < word.Length; i++)
            {
                hash = CaseBlindHash.Step(hash, word[i]);
            }

            hashes[t] = (int)hash;
        }
    }

    /// <summary>The <see cref="CaseBlindHash"/> of each token's text.</summary>
    public int[] TokenHashes => hashes;

    public SegmentedText Text { get; }

    /// <summary>False when no phrase of the set with bit <paramref name="bit"/> can start at <paramref name="token"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot and tiny; without PGO the JIT left it a call
    public bool MayStart(int token, ulong bit) => (uint)token < (uint)count && (masks[token] & bit) != 0;

    /// <summary>Whether <paramref name="token"/> is all letters and digits (its key is the whole token).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWholeToken(int token) => wholeToken[token];

    /// <summary>The bits of the sets that may have a phrase starting at <paramref name="token"/> (0 past the end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong MaskAt(int token) => (uint)token < (uint)count ? masks[token] : 0;

    /// <summary>
    /// Whether the set with bit <paramref name="bit"/> (a case-blind one) holds <paramref name="token"/> as a
    /// one-word phrase, when the token is all letters and digits; null for other tokens, which are matched in full.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool? IsWholeWord(int token, ulong bit) =>
        (uint)token >= (uint)count || (masks[token] & bit) == 0 ? false
        : wholeToken[token] ? (lexicon.WordMasks[ids[token]] & bit) != 0
        : null;

    /// <summary>The id of the key of <paramref name="token"/> (see <see cref="MentionLexicon.KeyIds"/>); only where <see cref="MayStart"/> is true for some set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot and tiny; without PGO the JIT left it a call
    public int KeyAt(int token) => ids[token];
}
