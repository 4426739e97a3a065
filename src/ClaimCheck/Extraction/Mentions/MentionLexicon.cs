using ClaimCheck.Rules.Files;

namespace ClaimCheck.Extraction.Mentions;

/// <summary>The compiled lexicons of <c>mentions.yaml</c> and <c>outlets.yaml</c>. Immutable.</summary>
internal sealed class MentionLexicon
{
    /// <summary>Flags in title, group and anonymous values.</summary>
    public const int PluralFlag = 1;
    public const int MaleFlag = 2;
    public const int FemaleFlag = 4;

    public MentionLexicon(MentionsFile mentions, OutletsFile outlets)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(outlets);

        Titles = new PhraseSet(TitleForms(mentions.Titles), ignoreCase: true);
        Groups = new PhraseSet(
            mentions.GroupNouns.Select(g => (g, EndsInS(g) ? PluralFlag : 0))
                .Concat(mentions.Nationalities.Select(n => (n + "s", PluralFlag))),
            ignoreCase: true);
        Anonymous = new PhraseSet(mentions.AnonymousNouns.Select(a => (a, EndsInS(a) ? PluralFlag : 0)), ignoreCase: true);
        OrganizationHeads = Set(mentions.OrganizationHeads, ignoreCase: true);
        Documents = new PhraseSet(TitleForms(mentions.DocumentNouns).Select(f => (f.Item1, f.Item2 & PluralFlag)), ignoreCase: true);
        Modifiers = Set(mentions.RoleModifiers, ignoreCase: true);
        Nationalities = Set(mentions.Nationalities, ignoreCase: false);
        Honorifics = new PhraseSet(mentions.Honorifics.Select((h, i) => (h.Form, i)), ignoreCase: false);
        Organizations = Set(mentions.Organizations, ignoreCase: false);
        Places = Set(mentions.Places, ignoreCase: false);
        DefiniteDeterminers = Set(mentions.DefiniteDeterminers, ignoreCase: true);
        IndefiniteDeterminers = Set(mentions.IndefiniteDeterminers, ignoreCase: true);
        PossessiveDeterminers = Set(mentions.PossessiveDeterminers, ignoreCase: true);
        Connectors = Set(mentions.RoleConnectors, ignoreCase: false);
        Pronouns = new PhraseSet(mentions.Pronouns.Select((p, i) => (p.Form, i)), ignoreCase: true);
        Relatives = Set(mentions.RelativePronouns, ignoreCase: false);
        NotNames = Set(mentions.NotNames, ignoreCase: true);
        Particles = Set(mentions.NameParticles, ignoreCase: false);
        Suffixes = Set(mentions.NameSuffixes, ignoreCase: false);
        PlacePrepositions = Set(mentions.PlacePrepositions, ignoreCase: true);
        AnonymousTails = Set(mentions.AnonymousTails, ignoreCase: true);
        Verbs = Set(mentions.Verbs, ignoreCase: true);
        MaleNames = Set(mentions.MaleGivenNames, ignoreCase: false);
        FemaleNames = Set(mentions.FemaleGivenNames, ignoreCase: false);
        Outlets = new PhraseSet(
            outlets.Outlets.SelectMany((o, i) => o.Aliases.Prepend(o.Name).Select(a => (a, i))),
            ignoreCase: false);

        PronounInfo = [.. mentions.Pronouns.Select(p => (ParseGender(p.Gender), p.Plural, ParseType(p.Type)))];
        HonorificInfo = [.. mentions.Honorifics.Select(h => (ParseGender(h.Gender), string.IsNullOrWhiteSpace(h.Role) ? null : h.Role.Trim()))];
        OutletNames = [.. outlets.Outlets.Select(o => o.Name)];

        PhraseSet[] all = [Titles, Groups, Anonymous, OrganizationHeads, Documents, Modifiers, Nationalities, Honorifics, Organizations, Places,
            DefiniteDeterminers, IndefiniteDeterminers, PossessiveDeterminers, Connectors, Pronouns, Relatives, NotNames, Particles, Suffixes,
            PlacePrepositions, AnonymousTails, Verbs, MaleNames, FemaleNames, Outlets];
        // Every key of every set gets an id (case folded) and a mask of the sets that have it, so a
        // document looks each token's key up once (PhraseKeys) and the sets then index by id.
        var keyIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var masks = new List<ulong>();
        for (int i = 0; i < all.Length; i++)
        {
            all[i].AssignBit(i);
            foreach (var key in all[i].Keys)
            {
                if (!keyIds.TryGetValue(key, out int id))
                {
                    keyIds[key] = id = masks.Count;
                    masks.Add(0);
                }

                masks[id] |= all[i].Bit;
            }
        }

        var wordMasks = new ulong[masks.Count];
        foreach (var set in all)
        {
            foreach (var key in set.WholeWordKeys)
            {
                wordMasks[keyIds[key]] |= set.Bit;
            }
        }

        foreach (var set in all)
        {
            set.IndexKeys(keyIds);
        }

        KeyIds = keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        KeyTable = new KeyTable(keyIds);
        KeyMasks = [.. masks];
        WordMasks = wordMasks;
    }

    /// <summary>The id of each key of any set (case folded).</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> KeyIds { get; }

    /// <summary>The same ids, looked up with a hash computed while scanning a token (see <see cref="PhraseKeys"/>).</summary>
    public KeyTable KeyTable { get; }

    /// <summary>By key id: the bits of the sets that have the key.</summary>
    public ulong[] KeyMasks { get; }

    /// <summary>By key id: the bits of the sets that have the key itself as a one-word phrase (see <see cref="PhraseKeys.IsWholeWord"/>).</summary>
    public ulong[] WordMasks { get; }

    public PhraseSet Titles { get; }

    public PhraseSet Groups { get; }

    public PhraseSet Anonymous { get; }

    public PhraseSet OrganizationHeads { get; }

    public PhraseSet Documents { get; }

    public PhraseSet Modifiers { get; }

    public PhraseSet Nationalities { get; }

    public PhraseSet Honorifics { get; }

    public PhraseSet Organizations { get; }

    public PhraseSet Places { get; }

    public PhraseSet DefiniteDeterminers { get; }

    public PhraseSet IndefiniteDeterminers { get; }

    public PhraseSet PossessiveDeterminers { get; }

    public PhraseSet Connectors { get; }

    public PhraseSet Pronouns { get; }

    public PhraseSet Relatives { get; }

    public PhraseSet NotNames { get; }

    public PhraseSet Particles { get; }

    public PhraseSet Suffixes { get; }

    public PhraseSet PlacePrepositions { get; }

    public PhraseSet AnonymousTails { get; }

    public PhraseSet Verbs { get; }

    public PhraseSet MaleNames { get; }

    public PhraseSet FemaleNames { get; }

    public PhraseSet Outlets { get; }

    public IReadOnlyList<(Gender Gender, bool Plural, EntityType Type)> PronounInfo { get; }

    public IReadOnlyList<(Gender Gender, string? Role)> HonorificInfo { get; }

    public IReadOnlyList<string> OutletNames { get; }

    private static PhraseSet Set(IEnumerable<string> phrases, bool ignoreCase) =>
        new(phrases.Select(p => (p, 0)), ignoreCase);

    /// <summary>Each title with its gender, then its derived plural.</summary>
    private static IEnumerable<(string, int)> TitleForms(IEnumerable<string> titles)
    {
        foreach (var title in titles)
        {
            int gender = title.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ? FemaleFlag
                : title.EndsWith("man", StringComparison.OrdinalIgnoreCase) ? MaleFlag : 0;
            yield return (title, gender);
        }

        foreach (var title in titles)
        {
            int gender = title.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ? FemaleFlag
                : title.EndsWith("man", StringComparison.OrdinalIgnoreCase) ? MaleFlag : 0;
            yield return (Pluralize(title), gender | PluralFlag);
        }
    }

    /// <summary>English plural of a phrase's last word: -man → -men, consonant + y → -ies, sibilants → -es.</summary>
    internal static string Pluralize(string phrase)
    {
        string p = phrase.Trim();
        if (p.EndsWith("man", StringComparison.OrdinalIgnoreCase))
        {
            return p[..^3] + "men";
        }

        if (p.Length > 1 && p.EndsWith('y') && !"aeiou".Contains(p[^2], StringComparison.Ordinal))
        {
            return p[..^1] + "ies";
        }

        if (p.EndsWith('s') || p.EndsWith("sh", StringComparison.Ordinal) || p.EndsWith("ch", StringComparison.Ordinal) || p.EndsWith('x') || p.EndsWith('z'))
        {
            return p + "es";
        }

        return p + "s";
    }

    private static bool EndsInS(string word) => word.EndsWith('s') || word.EndsWith("men", StringComparison.Ordinal) || word is "people" or "police" or "media" or "press" or "staff" or "public";

    private static Gender ParseGender(string value) => value switch
    {
        "male" => Gender.Male,
        "female" => Gender.Female,
        "neuter" => Gender.Neuter,
        _ => Gender.Unknown,
    };

    private static EntityType ParseType(string value) => value switch
    {
        "organization" => EntityType.Organization,
        "group" => EntityType.Group,
        _ => EntityType.Person,
    };
}
