using System.Buffers;

namespace ClaimCheck.Text;

/// <summary>
/// A set of pieces of one source string, stored as (start, length) and looked up by span: a
/// document's word sets (which words occur in lower case, ...) without a string per distinct word.
/// Open addressing with linear probing. Not thread-safe: one document at a time (see <see cref="Reset"/>).
/// </summary>
internal sealed class TextSpanSet
{
    private readonly StringComparison comparison;
    private string source;
    private int[] starts;
    private int[] lengths;
    private int[] hashes;
    private int count;

    // The table in use is the first mask + 1 slots of the arrays, which may be longer after a Reset:
    // a set reused from one document to the next keeps its arrays and clears only what it uses.
    private int mask;

    public TextSpanSet(string source, bool ignoreCase, int expected = 16)
    {
        this.source = source;
        comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int size = SizeFor(expected);
        starts = new int[size];
        lengths = new int[size];
        hashes = new int[size];
        mask = size - 1;
        Array.Fill(lengths, -1);
    }

    public int Count => count;

    /// <summary>Empties the set for pieces of <paramref name="text"/>, reusing its arrays when they are large enough.</summary>
    public void Reset(string text, int expected)
    {
        source = text;
        count = 0;
        int size = SizeFor(expected);
        if (starts.Length < size)
        {
            starts = new int[size];
            lengths = new int[size];
            hashes = new int[size];
        }

        mask = size - 1;
        Array.Fill(lengths, -1, 0, size);
    }

    public bool Contains(ReadOnlySpan<char> key) => Find(key, CaseBlindHash.Of(key)) >= 0;

    /// <summary>Adds source[start..start+length) unless an equal piece is in the set.</summary>
    public void Add(int start, int length) => Add(start, length, CaseBlindHash.Of(source.AsSpan(start, length)));

    /// <summary>As <see cref="Add(int, int)"/>, given the piece's <see cref="CaseBlindHash"/> (which every piece is hashed with).</summary>
    public void Add(int start, int length, int hash)
    {
        var key = source.AsSpan(start, length);
        if (Find(key, hash) >= 0)
        {
            return;
        }

        if ((count + 1) * 2 > mask + 1)
        {
            Grow();
        }

        Insert(start, length, hash);
        count++;
    }

    /// <summary>The slot of the piece equal to source[start..start+length) (hashed as in <see cref="Add(int, int, int)"/>), or -1; stable until the next Add or Reset.</summary>
    public int IndexOf(int start, int length, int hash) => Find(source.AsSpan(start, length), hash);

    /// <summary>The number of slots: every <see cref="IndexOf"/> result is below it.</summary>
    public int Slots => mask + 1;

    private static int SizeFor(int expected)
    {
        int size = 16;
        while (size < expected * 2)
        {
            size *= 2;
        }

        return size;
    }

    private int Find(ReadOnlySpan<char> key, int hash)
    {
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
        int oldSize = mask + 1, size = oldSize * 2;
        if (starts.Length < size)
        {
            var (oldStarts, oldLengths, oldHashes) = (starts, lengths, hashes);
            starts = new int[size];
            lengths = new int[size];
            hashes = new int[size];
            Rehash(oldStarts, oldLengths, oldHashes, oldSize, size);
            return;
        }

        // The arrays are long enough (a reused set): rehash in place from a pooled copy of the old table.
        var pool = ArrayPool<int>.Shared;
        int[] s = pool.Rent(oldSize), l = pool.Rent(oldSize), h = pool.Rent(oldSize);
        Array.Copy(starts, s, oldSize);
        Array.Copy(lengths, l, oldSize);
        Array.Copy(hashes, h, oldSize);
        Rehash(s, l, h, oldSize, size);
        pool.Return(s);
        pool.Return(l);
        pool.Return(h);
    }

    private void Rehash(int[] oldStarts, int[] oldLengths, int[] oldHashes, int oldSize, int size)
    {
        mask = size - 1;
        Array.Fill(lengths, -1, 0, size);
        for (int i = 0; i < oldSize; i++)
        {
            if (oldLengths[i] >= 0)
            {
                Insert(oldStarts[i], oldLengths[i], oldHashes[i]);
            }
        }
    }
}
