using System.Runtime.CompilerServices;
using ClaimCheck.Text;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// A set of phrases matched against the source text at a token, without allocating. Phrases are
/// compared character by character with the text, so they match however the tokenizer splits them
/// ("U.S.", "rt.com"); a space in a phrase matches any run of white space, and apostrophes ' and ’ are
/// the same. A match must end on a token boundary. Keyed by the phrase's first run of letters/digits.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, Entry[]> byKey;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly bool ignoreCase;

    // By key id (MentionLexicon.KeyIds): the entries of each key with that id. One for a case-blind
    // set; a case-sensitive one may have several keys differing in case ("US", "Us").
    private (string Key, Entry[] Entries)[]?[] byId = [];

    // By key id: the key is this (case-blind) set's only phrase under it, one ASCII word.
    private bool[] singleWord = [];

    // By key id: the value of that only phrase (where singleWord is set), read without reaching the entries.
    private int[] singleValue = [];

    public PhraseSet(IEnumerable<(string Phrase, int Value)> phrases, bool ignoreCase)
    {
        this.ignoreCase = ignoreCase;
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var groups = new Dictionary<string, List<Entry>>(comparer);
        foreach (var (raw, value) in phrases)
        {
            string phrase = string.Join(' ', (raw ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var key = LeadingRun(phrase);
            if (key.IsEmpty)
            {
                continue;
            }

            string k = key.ToString();
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = [];
            }

            // The first entry of a phrase wins, so an earlier, more specific list entry keeps its value.
            if (!list.Exists(e => string.Equals(e.Phrase, phrase, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)))
            {
                // The first character of the second word, when a space follows the key ('\0': none).
                char second = phrase.Length > key.Length + 1 && phrase[key.Length] == ' ' ? phrase[key.Length + 1] : '\0';
                list.Add(new Entry(phrase, value, key.Length, second));
            }
        }

        byKey = new Dictionary<string, Entry[]>(comparer);
        foreach (var (k, list) in groups)
        {
            // Longest first, so the first match found is the longest.
            byKey[k] = [.. list.OrderByDescending(e => e.Phrase.Length)];
        }

        lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => byKey.Count;

    /// <summary>This set's bit in a <see cref="PhraseKeys"/> mask (given by <see cref="MentionLexicon"/>).</summary>
    public ulong Bit { get; private set; }

    /// <summary>The keys phrases are filed under (leading runs of letters and digits).</summary>
    public IEnumerable<string> Keys => byKey.Keys;

    /// <summary>The keys that are themselves a phrase of the set (a one-word phrase of letters and digits).</summary>
    public IEnumerable<string> WholeWordKeys => byKey.Where(p => Array.Exists(p.Value, e => e.Phrase.Length == p.Key.Length)).Select(p => p.Key);

    internal void AssignBit(int index) => Bit = 1UL << index;

    /// <summary>Files the entries by the id each key has in <paramref name="keyIds"/> (which holds every key of this set).</summary>
    internal void IndexKeys(Dictionary<string, int> keyIds)
    {
        var index = new (string Key, Entry[] Entries)[]?[keyIds.Count];
        foreach (var (key, entries) in byKey)
        {
            int id = keyIds[key];
            index[id] = [.. index[id] ?? [], (key, entries)];
        }

        byId = index;
        var single = new bool[keyIds.Count];
        var values = new int[keyIds.Count];
        if (ignoreCase)
        {
            foreach (var (key, entries) in byKey)
            {
                // An ASCII key that is the set's only phrase under it: a whole-word token with that key is
                // equal to it (ordinal-ignore-case never equates ASCII with other letters), so it matches.
                single[keyIds[key]] = entries.Length == 1 && entries[0].Phrase.Length == key.Length && System.Text.Ascii.IsValid(key);
                values[keyIds[key]] = entries[0].Value;
            }
        }

        singleWord = single;
        singleValue = values;
    }

    /// <summary><see cref="Match(SegmentedText, int, int, out int)"/>, first ruling out tokens whose key no phrase has.</summary>
    public int Match(PhraseKeys keys, int start, int limit, out int value)
    {
        value = 0;
        if (!keys.MayStart(start, Bit) || start >= limit)
        {
            return -1;
        }

        // The token's key is known by id: no second hash lookup (this is the hot path of chunking).
        // A one-word phrase is answered from two flat arrays, before the entries are reached.
        int id = keys.KeyAt(start);
        if (ignoreCase && singleWord[id] && keys.IsWholeToken(start))
        {
            value = singleValue[id];
            return start + 1;
        }

        var groups = byId[id];
        if (groups is null)
        {
            return -1;
        }

        var text = keys.Text;
        if (ignoreCase)
        {

            return MatchEntries(text, start, limit, groups[0].Entries, out value);
        }

        var first = text.TokenArray[start];
        var key = LeadingRun(text.Source.Text.AsSpan(first.Start, first.Length));
        foreach (var (k, entries) in groups)
        {
            if (key.SequenceEqual(k))
            {
                return MatchEntries(text, start, limit, entries, out value);
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked many times per capitalized word; the answer is nearly always a mask test
    public bool Contains(PhraseKeys keys, int token)
    {
        // A case-blind set holds a token of letters and digits only as the one-word phrase equal to its key.
        if (ignoreCase && keys.IsWholeWord(token, Bit) is bool whole)
        {
            return whole;
        }

        return Match(keys, token, token + 1, out _) == token + 1;
    }

    public bool Contains(PhraseKeys keys, int token, out int value) => Match(keys, token, token + 1, out value) == token + 1;

    /// <summary>
    /// The end token (exclusive) of the longest phrase that starts at token <paramref name="start"/>
    /// and ends at or before <paramref name="limit"/>, or -1; <paramref name="value"/> is its value.
    /// </summary>
    public int Match(SegmentedText text, int start, int limit, out int value)
    {
        value = 0;
        var tokens = text.TokenArray;
        if (start < 0 || start >= limit || start >= tokens.Length)
        {
            return -1;
        }

        string source = text.Source.Text;
        var first = tokens[start];
        var key = LeadingRun(source.AsSpan(first.Start, first.Length));
        if (key.IsEmpty || !lookup.TryGetValue(key, out var entries))
        {
            return -1;
        }

        return MatchEntries(text, start, limit, entries, out value);
    }

    private int MatchEntries(SegmentedText text, int start, int limit, Entry[] entries, out int value)
    {
        value = 0;
        var tokens = text.TokenArray;
        string source = text.Source.Text;
        var first = tokens[start];

        // All entries share the key, which the token's leading run equals. A phrase whose key is
        // followed by a space needs white space after the run and then its second word's first
        // character: found once here, that rules out most of the entries of a common key ("the ...")
        // without comparing them character by character.
        int after = first.Start + entries[0].KeyLength, next = after;
        while (next < source.Length && char.IsWhiteSpace(source[next]))
        {
            next++;
        }

        bool spaced = next > after && next < source.Length;
        foreach (var entry in entries)
        {
            // Read from the entry itself, not its phrase string: most entries are ruled out here.
            if (entry.Second != '\0' && (!spaced || !Same(entry.Second, source[next])))
            {
                continue;
            }

            int end = MatchAt(source, first.Start, entry.Phrase);
            if (end < 0)
            {
                continue;
            }

            for (int t = start; t < limit && t < tokens.Length && tokens[t].Start < end; t++)
            {
                if (tokens[t].End == end)
                {
                    value = entry.Value;
                    return t + 1;
                }
            }
        }

        return -1;
    }

    /// <summary>True when a single token is exactly one of the phrases.</summary>
    public bool Contains(SegmentedText text, int token) => Match(text, token, token + 1, out _) == token + 1;

    public bool Contains(SegmentedText text, int token, out int value) => Match(text, token, token + 1, out value) == token + 1;

    private int MatchAt(string source, int pos, string phrase)
    {
        int s = pos;
        for (int p = 0; p < phrase.Length; p++)
        {
            char pc = phrase[p];
            if (pc == ' ')
            {
                if (s >= source.Length || !char.IsWhiteSpace(source[s]))
                {
                    return -1;
                }

                while (s < source.Length && char.IsWhiteSpace(source[s]))
                {
                    s++;
                }

                continue;
            }

            if (s >= source.Length || !Same(pc, source[s]))
            {
                return -1;
            }

            s++;
        }

        return s;
    }

    private bool Same(char a, char b)
    {
        if (a == b)
        {
            return true;
        }

        if (CharClass.IsApostrophe(a) && CharClass.IsApostrophe(b))
        {
            return true;
        }

        return ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
    }

    internal static ReadOnlySpan<char> LeadingRun(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && char.IsLetterOrDigit(s[i]))
        {
            i++;
        }

        return s[..i];
    }

    /// <summary>
    /// A phrase, its value, the length of its key (its leading run of letters and digits) and, when a
    /// space follows the key, the first character of the second word ('\0' otherwise).
    /// </summary>
    private readonly record struct Entry(string Phrase, int Value, int KeyLength, char Second);
}
