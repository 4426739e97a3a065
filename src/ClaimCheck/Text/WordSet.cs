namespace ClaimCheck.Text;

/// <summary>A case-insensitive set of words looked up by span, so lookups allocate nothing.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words)
    {
        this.words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new([]);

    public int Count => words.Count;

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
