using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// Finds mentions of possible speakers: names (people, organizations, places acting as organizations,
/// outlets), descriptions ("the expert", "NG's interlocutor"), groups ("protesters"), anonymous sources
/// ("a source familiar with the matter") and subject pronouns. Built once from the rules; immutable and
/// thread-safe. Linear in the number of tokens; never throws on any text.
/// </summary>
/// <remarks>
/// Output is sorted by (FirstToken, longer first). Mentions may nest: a name inside a larger mention
/// ("the United Nations" inside "Moscow's permanent representative at the United Nations") is also
/// emitted, and so is the bare name of a mention with a role or apposition ("Dmitry Peskov" inside
/// "the press secretary of the Russian President Dmitry Peskov"); downstream that takes the longest
/// mention starting at a token gets the whole phrase.
/// Name is the normalized name: tokens joined by single spaces, without article, honorific or
/// possessive ("the Kremlin" → "Kremlin", "Mr. Trump" → "Trump", "Lukashenka's" → "Lukashenka"); for
/// outlets the canonical outlet name; null for pronouns, descriptions, groups and anonymous sources.
/// Role is the role text without the leading determiner ("press secretary of the Russian President",
/// "head of Ukraine's National Security and Defense Council"); for descriptions, the description after
/// the determiner or possessor ("security chief", "interlocutor").
/// </remarks>
public sealed class MentionFinder
{
    private readonly MentionLexicon lexicon;

    public MentionFinder(MentionsFile mentions, OutletsFile outlets)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(outlets);
        lexicon = new MentionLexicon(mentions, outlets);
    }

    /// <summary>Finds the mentions of <paramref name="text"/>; none starts inside a span of <paramref name="exclude"/>.</summary>
    public IReadOnlyList<Mention> Find(SegmentedText text, IReadOnlyList<TextSpan> exclude) => Find(text, exclude, null);

    /// <summary>As <see cref="Find(SegmentedText, IReadOnlyList{TextSpan})"/>, counting work in <paramref name="work"/>.</summary>
    public IReadOnlyList<Mention> Find(SegmentedText text, IReadOnlyList<TextSpan> exclude, WorkCounters? work)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(exclude);
        if (text.Tokens.Count == 0)
        {
            return [];
        }

        var scanner = new MentionScanner(lexicon, text, exclude);
        var found = scanner.Run();
        if (work is not null)
        {
            work.NameRunSteps += scanner.NameRunSteps;
        }

        return found;
    }
}
