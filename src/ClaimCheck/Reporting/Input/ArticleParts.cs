namespace ClaimCheck.Reporting.Input;

/// <summary>
/// Which facts a pass over spooled articles reads back (<see cref="ArticleSpool"/>): names, outlet,
/// date, title, statements and hedges always; the others only when asked for, since narration
/// sentences are most of the bytes and most passes never look at them.
/// </summary>
[Flags]
internal enum ArticleParts
{
    Core = 0,
    ScareQuotes = 1,
    Narration = 2,
    Unattributed = 4,
    Persons = 8,
    All = ScareQuotes | Narration | Unattributed | Persons,
}
