namespace ClaimCheck.Metadata;

/// <summary>
/// Compares lines (by index) by their trimmed text, read in place: spotting repeated lines then
/// costs no copy of each line (a substring per line was a second copy of every article).
/// </summary>
internal sealed class LineTextComparer(string text, LineInfo[] lines) : IEqualityComparer<int>
{
    public bool Equals(int x, int y) => Text(x).SequenceEqual(Text(y));

    public int GetHashCode(int obj) => string.GetHashCode(Text(obj));

    private ReadOnlySpan<char> Text(int line) => text.AsSpan(lines[line].TrimStart, lines[line].TrimLength);
}
