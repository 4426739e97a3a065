namespace ClaimCheck.Text;

/// <summary>
/// A set of pieces of one source string, stored as (start, length) and looked up by span: a
/// document's word sets (which words occur in lower case, ...) without a string per distinct word.
/// Open addressing with linear probing. Not thread-safe: one per document.
/// </summary>
internal sealed class TextSpanSet
{
    private readonly string source;
    private readonly StringComparison comparison;
    private int[] starts;
    private int[] lengths;
    private int[] hashes;
    private int count;

    public TextSpanSet(string source, bool ignoreCase, int expected = 16)
    {
        this.source = source;
        comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int size = 16;
        while (size < expected * 2)
        {
            size *= 2;
        }

        starts = new int[size];
        lengths = new int[size];
        hashes = new int[size];
        Array.Fill(lengths, -1);
    }

    public int Count => count;

    public bool Contains(ReadOnlySpan<char> key) => Find(key, string.GetHashCode(key, comparison)) >= 0;

    /// <summary>Adds source[start..start+length) unless an equal piece is in the set.</summary>
    public void Add(int start, int length)
    {
        var key = source.AsSpan(start, length);
        int hash = string.GetHashCode(key, comparison);
        if (Find(key, hash) >= 0)
        {
            return;
        }

        if ((count + 1) * 2 > starts.Length)
        {
            Grow();
        }

        Insert(start, length, hash);
        count++;
    }

    private int Find(ReadOnlySpan<char> key, int hash)
    {
        int mask = starts.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            int length = lengths[i];
            if (length < 0)
            {
                return -1;
            }

            if (hashes[i] == hash && length == key.Length && source.AsSpan(starts[i], length).Equals(key, comparison))
            {
                return i;
            }
        }
    }

    private void Insert(int start, int length, int hash)
    {
        int mask = starts.Length - 1;
        int i = hash & mask;
        while (lengths[i] >= 0)
        {
            i = (i + 1) & mask;
        }

        starts[i] = start;
        lengths[i] = length;
        hashes[i] = hash;
    }

    private void Grow()
    {
        var (oldStarts, oldLengths, oldHashes) = (starts, lengths, hashes);
        starts = new int[oldStarts.Length * 2];
        lengths = new int[oldStarts.Length * 2];
        hashes = new int[oldStarts.Length * 2];
        Array.Fill(lengths, -1);
        for (int i = 0; i < oldStarts.Length; i++)
        {
            if (oldLengths[i] >= 0)
            {
                Insert(oldStarts[i], oldLengths[i], oldHashes[i]);
            }
        }
    }
}
