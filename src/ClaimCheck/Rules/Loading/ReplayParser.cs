using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Rules.Loading;

/// <summary>Replays already-parsed events so the representation model can load a filtered event stream.</summary>
internal sealed class ReplayParser : IParser
{
    private readonly IReadOnlyList<ParsingEvent> events;
    private int index = -1;

    public ReplayParser(IReadOnlyList<ParsingEvent> events) => this.events = events;

    public ParsingEvent? Current => index >= 0 && index < events.Count ? events[index] : null;

    public bool MoveNext()
    {
        if (index < events.Count)
        {
            index++;
        }

        return index < events.Count;
    }
}
