using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Rules.Loading;

/// <summary>
/// Reports duplicate keys and drops the later entries from the event stream. The representation
/// model throws on the first duplicate key, which would hide every other problem in the file; with
/// duplicates removed it loads, and the first value of a duplicated key is the one checked further.
/// </summary>
internal static class DuplicateKeyFilter
{
    public static List<ParsingEvent> Filter(IReadOnlyList<ParsingEvent> events, RuleFileDiagnostics sink)
    {
        var drop = new bool[events.Count];
        var i = 0;
        while (i < events.Count)
        {
            i = events[i] is MappingStart or SequenceStart ? Walk(events, i, drop, sink) : i + 1;
        }

        var kept = new List<ParsingEvent>(events.Count);
        for (var j = 0; j < events.Count; j++)
        {
            if (!drop[j])
            {
                kept.Add(events[j]);
            }
        }

        return kept;
    }

    /// <summary>Walks the node starting at <paramref name="i"/> and returns the index just past it.</summary>
    private static int Walk(IReadOnlyList<ParsingEvent> events, int i, bool[] drop, RuleFileDiagnostics sink)
    {
        switch (events[i])
        {
            case SequenceStart:
                i++;
                while (events[i] is not SequenceEnd)
                {
                    i = Walk(events, i, drop, sink);
                }

                return i + 1;

            case MappingStart:
                var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
                i++;
                while (events[i] is not MappingEnd)
                {
                    var keyAt = i;
                    var valueAt = Walk(events, keyAt, drop, sink);
                    var next = Walk(events, valueAt, drop, sink);
                    if (events[keyAt] is Scalar key && !seen.TryAdd(key.Value, key.Start))
                    {
                        var (line, column) = RuleFileDiagnostics.Position(seen[key.Value]);
                        sink.Report(key.Start, RuleIds.DuplicateKey, $"duplicate key '{key.Value}' (first given at line {line}, column {column})");
                        Array.Fill(drop, true, keyAt, next - keyAt);
                    }

                    i = next;
                }

                return i + 1;

            default:
                return i + 1;
        }
    }
}
