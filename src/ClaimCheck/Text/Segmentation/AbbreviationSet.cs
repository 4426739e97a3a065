using ClaimCheck.Rules.Files;

namespace ClaimCheck.Text.Segmentation;

/// <summary>The abbreviation lexicon, looked up by span so the tokenizer allocates nothing.</summary>
internal sealed class AbbreviationSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> all;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> sentenceFinal;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> starters;

    public AbbreviationSet(AbbreviationsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        all = new HashSet<string>(file.Abbreviations.Concat(file.SentenceFinal), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        sentenceFinal = new HashSet<string>(file.SentenceFinal, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        starters = new HashSet<string>(file.SentenceStarters, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => all.Contains(word);

    /// <summary>Abbreviations such as "U.S." or "Inc." that can also close a sentence.</summary>
    public bool MayEndSentence(ReadOnlySpan<char> word) => sentenceFinal.Contains(word);

    /// <summary>Words that, capitalized after a sentence-final abbreviation, show a new sentence has begun.</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => starters.Contains(word);
}
