namespace ClaimCheck.Reporting.Input;

/// <summary>
/// One copy of each short string read back from a spool (names, roles, cue words, labels, outlets):
/// a corpus repeats them millions of times, and what the report keeps of them (speakers' names and
/// roles) would otherwise be a copy per statement. Thread-safe; long strings and strings past a
/// bounded number of entries are not pooled.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer strings (statement and sentence texts) are seldom repeated.</summary>
    public const int MaxLength = 64;

    private const int MaxEntries = 1 << 19;

    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        lock (gate)
        {
            if (lookup.TryGetValue(text, out var known))
            {
                return known;
            }

            string s = text.ToString();
            if (strings.Count < MaxEntries)
            {
                strings.Add(s);
            }

            return s;
        }
    }
}
