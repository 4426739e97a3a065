using System.Runtime.CompilerServices;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// Finds the mentions of one document. Three passes, each linear in the tokens: document evidence
/// (which capitalized words occur mid-sentence, which words occur in lower case), chunking (each
/// token or lexicon phrase gets a <see cref="ChunkKind"/>; capitalized runs become names), and a small
/// noun-phrase grammar over the chunks of each sentence. Not thread-safe: one instance per call.
/// </summary>
internal sealed class MentionScanner
{
    private const int MaxRelativeClause = 40;

    private readonly MentionLexicon lex;
    private readonly SegmentedText text;
    private readonly string src;
    private readonly Token[] tokens;
    private readonly bool[] excluded;
    private readonly bool[] sentenceInitial;
    private readonly bool[] titleCase;
    private readonly int[] sentenceEndOfToken;
    private readonly int[] sentenceOfToken;
    private readonly (int First, int End)[] sentenceChunks;
    // Word sets of this document, kept as pieces of its text: no string per distinct word.
    private readonly TextSpanSet attested;
    private readonly TextSpanSet seenLower;
    private readonly TextSpanSet docPlaces;
    private readonly ScannerScratch scratch;
    private bool[] attestedHits = [];
    private bool[] seenLowerHits = [];
    private readonly List<Chunk> chunks;
    private readonly int[] chunkOfToken;
    private readonly List<Mention> output;
    private readonly PhraseKeys keys;

    // The last name run scanned: its start, end (exclusive, before any suffix) and scan limit.
    private int runFrom = -1, runEnd = -1, runLim = -1;

    public MentionScanner(MentionLexicon lex, SegmentedText text, IReadOnlyList<TextSpan> exclude)
    {
        this.lex = lex;
        this.text = text;
        src = text.Source.Text;
        tokens = text.TokenArray;
        int n = tokens.Length;
        var scratch = ScannerScratch.Rent(n, text.SentenceArray.Length);
        excluded = scratch.Excluded;
        sentenceInitial = scratch.SentenceInitial;
        titleCase = scratch.TitleCase;
        sentenceEndOfToken = scratch.SentenceEndOfToken;
        sentenceOfToken = scratch.SentenceOfToken;
        sentenceChunks = scratch.SentenceChunks;
        chunkOfToken = scratch.ChunkOfToken;
        this.scratch = scratch;
        attested = scratch.Attested;
        seenLower = scratch.SeenLower;
        docPlaces = scratch.DocPlaces;
        docPlaces.Reset(src, 16);
        keys = new PhraseKeys(text, lex, scratch.KeyMasks, scratch.KeyIds, scratch.WholeToken, scratch.TokenHashes);
        chunks = scratch.Chunks;
        output = scratch.Output;
        MarkExcluded(exclude);
    }

    /// <summary>Tokens visited while scanning name runs (see <see cref="WorkCounters.NameRunSteps"/>).</summary>
    public long NameRunSteps { get; private set; }

    /// <summary>The mentions, sorted; a new array (the scanner's lists are reused by the next article).</summary>
    public Mention[] Run()
    {
        CollectEvidence();
        var sentences = text.SentenceArray;
        for (int s = 0; s < sentences.Length; s++)
        {
            int first = chunks.Count;
            ChunkSentence(sentences[s]);
            sentenceChunks[s] = (first, chunks.Count);
        }

        ReclassifyPlaces();
        for (int s = 0; s < sentences.Length; s++)
        {
            ParseSentence(sentenceChunks[s].First, sentenceChunks[s].End);
        }

        output.Sort(static (a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken));
        return [.. output];
    }

    // ---------------------------------------------------------------- evidence

    private void MarkExcluded(IReadOnlyList<TextSpan> exclude)
    {
        foreach (var span in exclude)
        {
            if (span.IsEmpty)
            {
                continue;
            }

            for (int t = text.TokenAt(span.Start); t < tokens.Length && tokens[t].Start < span.End; t++)
            {
                if (tokens[t].Start >= span.Start)
                {
                    excluded[t] = true;
                }
            }
        }
    }

    // The scanner asks whether a word is attested (capitalized mid-sentence outside headlines) or
    // seen in lower case only of sentence-initial and headline words; so only those are put in the
    // word sets, and one pass over the other tokens marks the ones that occur (a lookup in a small set
    // per token instead of an insertion of every word into a large one).
    private void CollectEvidence()
    {
        var sentences = text.SentenceArray;
        var tokenHashes = keys.TokenHashes;
        int asked = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            int caps = 0, lower = 0;
            bool first = true;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                sentenceEndOfToken[t] = sentence.EndToken;
                sentenceOfToken[t] = s;
                if (tokens[t].Kind != TokenKind.Word || !char.IsLetter(src[tokens[t].Start]))
                {
                    continue;
                }

                if (first)
                {
                    sentenceInitial[t] = true;
                    first = false;
                    asked++;
                }

                if (char.IsUpper(src[tokens[t].Start]))
                {
                    caps++;
                }
                else if (lower == 0 && !lex.NotNames.Contains(keys, t) && !IsPossessiveToken(t))
                {
                    // One lower-case word is enough to tell the sentence is no title-case headline: the rest are not asked.
                    lower++;
                }
            }

            // A headline in title case capitalizes verbs and nouns: its capitals prove nothing.
            titleCase[s] = caps >= 3 && lower == 0;
            if (titleCase[s])
            {
                asked += sentence.EndToken - sentence.FirstToken;
            }
        }

        attested.Reset(src, asked);
        seenLower.Reset(src, asked);
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                bool upper = char.IsUpper(src[tokens[t].Start]);
                if (sentenceInitial[t])
                {
                    seenLower.Add(tokens[t].Start, tokens[t].Length, tokenHashes[t]);
                    if (upper)
                    {
                        attested.Add(tokens[t].Start, tokens[t].Length, tokenHashes[t]);
                    }

                    if (!titleCase[s])
                    {
                        // Of an ordinary sentence only the first word is asked about.
                        break;
                    }
                }
                else if (upper && titleCase[s])
                {
                    attested.Add(tokens[t].Start, tokens[t].Length, tokenHashes[t]);
                }
            }
        }

        scratch.ClearHits();
        attestedHits = scratch.AttestedHits;
        seenLowerHits = scratch.SeenLowerHits;
        if (asked == 0)
        {
            return;
        }

        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (tokens[t].Kind != TokenKind.Word || !char.IsLetter(src[tokens[t].Start]))
                {
                    continue;
                }

                if (char.IsUpper(src[tokens[t].Start]))
                {
                    if (!sentenceInitial[t] && !titleCase[s])
                    {
                        int slot = attested.IndexOf(tokens[t].Start, tokens[t].Length, tokenHashes[t]);
                        if (slot >= 0)
                        {
                            attestedHits[slot] = true;
                        }
                    }
                }
                else
                {
                    int slot = seenLower.IndexOf(tokens[t].Start, tokens[t].Length, tokenHashes[t]);
                    if (slot >= 0)
                    {
                        seenLowerHits[slot] = true;
                    }
                }
            }
        }
    }

    /// <summary>Whether the word of <paramref name="t"/> (a sentence-initial or headline token) occurs capitalized mid-sentence outside headlines.</summary>
    private bool IsAttested(int t)
    {
        int slot = attested.IndexOf(tokens[t].Start, tokens[t].Length, keys.TokenHashes[t]);
        return slot >= 0 && attestedHits[slot];
    }

    /// <summary>Whether the word of <paramref name="t"/> (a sentence-initial token) occurs in lower case.</summary>
    private bool IsSeenLower(int t)
    {
        int slot = seenLower.IndexOf(tokens[t].Start, tokens[t].Length, keys.TokenHashes[t]);
        return slot >= 0 && seenLowerHits[slot];
    }

    // ---------------------------------------------------------------- chunking

    private void ChunkSentence(Sentence sentence)
    {
        int lim = sentence.EndToken;
        int t = sentence.FirstToken;
        while (t < lim)
        {
            if (IsPlainWord(t))
            {
                // The commonest token, a lower-case word in no lexicon, without the full ChunkAt.
                chunkOfToken[t] = chunks.Count;
                chunks.Add(Single(t, ChunkKind.Other));
                t++;
                continue;
            }

            var chunk = ChunkAt(t, lim);
            for (int i = chunk.Start; i < chunk.End; i++)
            {
                chunkOfToken[i] = chunks.Count;
            }

            chunks.Add(chunk);
            t = chunk.End;
        }
    }

    private Chunk ChunkAt(int t, int lim)
    {
        var tok = tokens[t];
        char c0 = src[tok.Start];
        if (tok.Kind == TokenKind.Punctuation)
        {
            return Single(t, c0 == ',' ? ChunkKind.Comma : ChunkKind.Stop);
        }

        if (tok.Kind == TokenKind.Symbol)
        {
            return Single(t, c0 == '&' ? ChunkKind.And : ChunkKind.Stop);
        }

        if (tok.Kind == TokenKind.Number || (tok.Kind == TokenKind.Word && char.IsDigit(c0)))
        {
            return Single(t, ChunkKind.Number);
        }

        if (tok.Kind != TokenKind.Word)
        {
            return Single(t, IsPossessiveToken(t) ? ChunkKind.Possessive : ChunkKind.Stop);
        }

        if (IsPossessiveToken(t))
        {
            return Single(t, ChunkKind.Possessive);
        }

        bool cap = char.IsUpper(c0);
        var best = new Chunk(t, -1, ChunkKind.Stop, NameClass.Person, 0, -1);

        // After a courtesy title a capitalized word is a surname even when it is also a title or a
        // common noun: "Mr. King", "Ms. Chancellor".
        if (cap && t > 0 && chunkOfToken[t - 1] >= 0 && chunkOfToken[t - 1] < chunks.Count && chunks[chunkOfToken[t - 1]].Kind == ChunkKind.Honorific)
        {
            int end = t + 1;
            while (end < lim && IsCapWord(end) && !lex.Honorifics.Contains(keys, end))
            {
                end++;
            }

            return new Chunk(t, end, ChunkKind.Name, NameClass.Person, 0, end);
        }

        // Most words are in no lexicon: one mask tells which sets may match here, and the others are not asked.
        ulong mayStart = keys.MaskAt(t);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // a mask test at each call site; the match itself only where the bit is set
        void Try(PhraseSet set, ChunkKind kind, NameClass cls = NameClass.Person)
        {
            if ((mayStart & set.Bit) == 0)
            {
                return;
            }

            int end = set.Match(keys, t, lim, out int value);
            if (end > best.End)
            {
                best = new Chunk(t, end, kind, cls, value, end);
            }
        }

        if (mayStart != 0)
        {
            Try(lex.Outlets, ChunkKind.Name, NameClass.Outlet);
        }

        if (cap)
        {
            var (runEnd, nameEnd) = ScanOrganizationRun(t, lim);
            if (runEnd > best.End)
            {
                best = new Chunk(t, runEnd, ChunkKind.Name, NameClass.Organization, 0, nameEnd);
            }

            if (mayStart != 0)
            {
                Try(lex.Organizations, ChunkKind.Name, NameClass.Organization);
                Try(lex.Places, ChunkKind.Name, NameClass.Place);
            }
        }

        if (mayStart != 0)
        {
            Try(lex.Honorifics, ChunkKind.Honorific);
            Try(lex.Nationalities, ChunkKind.Nationality);
            Try(lex.Groups, ChunkKind.Group);
            Try(lex.Titles, ChunkKind.Title);
            Try(lex.Anonymous, ChunkKind.Anonymous);
            if (!cap || sentenceInitial[t])
            {
                // Sentence-initial capitals are no names by themselves: "Polls show", "Officials said".
                Try(lex.OrganizationHeads, ChunkKind.OrganizationHead);
                Try(lex.Documents, ChunkKind.OrganizationHead);
            }

            // Capitalized mid-sentence, a modifier is part of a name ("New York"), not of a role.
            // An adverb opening the sentence before a courtesy title is no role ("Then Mr. Smith said").
            if ((!cap || sentenceInitial[t] || TitleCaseAt(t)) && !(cap && AdverbBeforeHonorific(t, lim)))
            {
                Try(lex.Modifiers, ChunkKind.Modifier);
            }

            Try(lex.PossessiveDeterminers, ChunkKind.PossessiveDeterminer);
            Try(lex.Pronouns, ChunkKind.Pronoun);
            Try(lex.DefiniteDeterminers, ChunkKind.DefiniteDeterminer);
            Try(lex.IndefiniteDeterminers, ChunkKind.IndefiniteDeterminer);
            if (!cap)
            {
                Try(lex.Relatives, ChunkKind.Relative);
                Try(lex.Connectors, ChunkKind.Connector);
                Try(lex.Verbs, ChunkKind.Verb);
            }
        }

        if (!cap && Word(t).SequenceEqual("and"))
        {
            return Single(t, ChunkKind.And);
        }

        // A name run that is longer than a lexicon word wins ("Major Garrett" stays a title + name, though).
        if (best.End > t)
        {
            return best;
        }

        if (cap || IsParticlePrefixed(t))
        {
            int end = ScanNameRun(t, lim);
            if (end > t)
            {
                var cls = IsAcronym(t) && end == t + 1 ? NameClass.Organization : NameClass.Person;
                int prep = t > 1 && Word(t - 1).SequenceEqual("the") ? t - 2 : t - 1;
                if (cls == NameClass.Person && prep >= 0 && char.IsLower(src[tokens[prep].Start]) && lex.PlacePrepositions.Contains(keys, prep)
                    && !(end < lim && IsPossessiveToken(end)))
                {
                    // "in Minsk": this name is a place here and everywhere in the document.
                    docPlaces.Add(tokens[t].Start, tokens[end - 1].End - tokens[t].Start);
                }

                return new Chunk(t, end, ChunkKind.Name, cls, 0, end);
            }

            return Single(t, ChunkKind.Stop);
        }

        return Single(t, lex.NotNames.Contains(keys, t) ? ChunkKind.Stop : ChunkKind.Other);
    }

    /// <summary>
    /// A word of ASCII lower-case letters (no hyphen, apostrophe or dot) whose key is in no lexicon and
    /// that is not "and": <see cref="ChunkAt"/> makes it <see cref="ChunkKind.Other"/>.
    /// </summary>
    private bool IsPlainWord(int t)
    {
        var tok = tokens[t];
        if (tok.Kind != TokenKind.Word || keys.MaskAt(t) != 0)
        {
            return false;
        }

        var w = src.AsSpan(tok.Start, tok.Length);
        foreach (char c in w)
        {
            if ((uint)(c - 'a') > 'z' - 'a')
            {
                return false;
            }
        }

        return !w.SequenceEqual("and");
    }

    /// <summary>True when <paramref name="t"/> is a word that is never a name ("Then", "Now") and a courtesy title follows it.</summary>
    private bool AdverbBeforeHonorific(int t, int lim) =>
        t + 1 < lim && lex.NotNames.Contains(keys, t) && lex.Honorifics.Contains(keys, t + 1);

    private static Chunk Single(int t, ChunkKind kind) => new(t, t + 1, kind, NameClass.Person, 0, t + 1);

    /// <summary>
    /// A capitalized run that contains an organization head ("Interior Ministry", "National Security and
    /// Defense Council", "Ministry of Foreign Affairs"), with trailing acronyms ("Wagner Group PMC") and a
    /// parenthesized acronym ("(SVR)"). Returns (end, name end) or (t, t).
    /// </summary>
    private (int End, int NameEnd) ScanOrganizationRun(int t, int lim)
    {
        if (!IsCapWord(t) || lex.Titles.Contains(keys, t) || lex.NotNames.Contains(keys, t) || lex.Honorifics.Contains(keys, t))
        {
            return (t, t);
        }

        int j = t, lastHead = -1;
        bool sawTitle = false;
        while (j < lim && j - t < 12)
        {
            if (IsCapWord(j) && !lex.NotNames.Contains(keys, j))
            {
                // After a head, a title starts the role of a person: "Clinton Campaign Chairman John Podesta".
                if (lastHead > 0 && lex.Titles.Contains(keys, j) && !lex.OrganizationHeads.Contains(keys, j))
                {
                    break;
                }

                sawTitle |= lex.Titles.Contains(keys, j);
                if (lex.OrganizationHeads.Contains(keys, j))
                {
                    lastHead = j + 1;
                }

                j++;
                continue;
            }

            if (j > t && IsInnerConnector(j, out bool isAnd))
            {
                int next = j + 1;
                if (next < lim && Word(next).SequenceEqual("the"))
                {
                    next++;
                }

                // "and" joins only inside one name ("National Security and Defense Council"), never two
                // names ("the United States and the European Union").
                bool joinable = !isAnd || (next == j + 1 && !sawTitle && lastHead < 0 && lex.Places.Match(keys, t, j, out _) != j && lex.Organizations.Match(keys, t, j, out _) != j);
                if (next < lim && IsCapWord(next) && joinable)
                {
                    j = next;
                    continue;
                }
            }

            break;
        }

        if (lastHead < 0)
        {
            return (t, t);
        }

        // A complement after the last head belongs to it ("Ministry of Foreign Affairs", "Bank of America").
        int end = lastHead;
        if (end < j && IsInnerConnector(end, out bool and) && !and)
        {
            end = j;
        }

        while (end < lim && IsAcronym(end))
        {
            end++;
        }

        int nameEnd = end;
        if (end + 2 < lim && src[tokens[end].Start] == '(' && IsAcronym(end + 1) && src[tokens[end + 2].Start] == ')')
        {
            end += 3;
        }

        return (end, nameEnd);
    }

    private bool IsInnerConnector(int j, out bool isAnd)
    {
        var w = Word(j);
        isAnd = w.SequenceEqual("and") || w.SequenceEqual("&");
        return isAnd || w.SequenceEqual("of") || w.SequenceEqual("for") || w.SequenceEqual("on");
    }

    /// <summary>A person's name: capitals, initials and inner particles ("Ursula von der Leyen"), with a suffix.</summary>
    private int ScanNameRun(int t, int lim)
    {
        if (!IsParticlePrefixed(t) && !IsNameWord(t, first: true))
        {
            return t;
        }

        int j = t + 1;
        if (!IsAcronym(t))
        {
            // Whether token j continues a run does not depend on where the run started, so a start
            // inside the last run scanned ends where it ended: a title-case line of capitals, cut and
            // rescanned from each token, stays linear.
            if (t > runFrom && t < runEnd && lim == runLim)
            {
                j = runEnd;
            }

            while (j < lim)
            {
                NameRunSteps++;
                if (IsNameWord(j, first: false) || IsParticlePrefixed(j))
                {
                    j++;
                    continue;
                }

                if (IsParticle(j) && ((j + 1 < lim && IsNameWord(j + 1, first: false)) || (j + 2 < lim && IsParticle(j + 1) && IsNameWord(j + 2, first: false))))
                {
                    j++;
                    continue;
                }

                break;
            }

            (runFrom, runEnd, runLim) = (t, j, lim);
        }

        if (j < lim && lex.Suffixes.Contains(keys, j))
        {
            j++;
        }

        int s = sentenceOfToken[t];
        bool headline = s >= 0 && titleCase[s];
        if (headline)
        {
            // In a title-case line only capitals seen as names elsewhere count.
            int k = t;
            while (k < j && (IsAttested(k) || IsParticle(k)))
            {
                k++;
            }

            j = k;
            while (j > t && IsParticle(j - 1))
            {
                j--;
            }
        }
        else if (sentenceInitial[t] && j == t + 1)
        {
            // A lone capital at the start of a sentence is a name only when the document agrees.
            var w = Word(t);
            bool ok = IsAttested(t)
                || (!IsSeenLower(t) && !lex.Verbs.Contains(keys, t) && !w.EndsWith("ly", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal));
            if (!ok)
            {
                return t;
            }
        }
        else if (sentenceInitial[t] && !IsAttested(t) && (IsSeenLower(t) || IsInvertedVerb(t)))
        {
            // "Asked Lukashenko ..." : the first word is not part of the name.
            return t;
        }

        return j;
    }

    private bool TitleCaseAt(int t)
    {
        int s = sentenceOfToken[t];
        return s >= 0 && titleCase[s];
    }

    private bool IsNameWord(int t, bool first)
    {
        if (!IsCapWord(t) || lex.NotNames.Contains(keys, t) || lex.Nationalities.Contains(keys, t) || lex.Honorifics.Contains(keys, t) || lex.Pronouns.Contains(keys, t))
        {
            return false;
        }

        if (lex.Titles.Contains(keys, t) || lex.Groups.Contains(keys, t) || lex.OrganizationHeads.Contains(keys, t))
        {
            return false;
        }

        // An acronym is a name of its own (NATO), not part of a person's name.
        return first || !IsAcronym(t);
    }

    private bool IsParticle(int t) => t < tokens.Length && tokens[t].Kind == TokenKind.Word && char.IsLower(src[tokens[t].Start]) && lex.Particles.Contains(keys, t);

    /// <summary>"al-Assad": a particle, a hyphen and a capitalized name in one token.</summary>
    private bool IsParticlePrefixed(int t)
    {
        if (t >= tokens.Length || tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = Word(t);
        int h = w.IndexOf('-');
        if (h <= 0 || h + 1 >= w.Length || !char.IsLower(w[0]) || !char.IsUpper(w[h + 1]))
        {
            return false;
        }

        var prefix = w[..h];
        foreach (var p in (ReadOnlySpan<string>)["al", "el", "ad", "as", "ash", "ar", "an", "bin", "ibn", "abu", "ben"])
        {
            if (prefix.SequenceEqual(p))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCapWord(int t) => t < tokens.Length && tokens[t].Kind == TokenKind.Word && char.IsUpper(src[tokens[t].Start]) && !IsPossessiveToken(t);

    private bool IsAcronym(int t)
    {
        if (t >= tokens.Length || tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = Word(t);
        int letters = 0;
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2 && letters <= 6;
    }

    private bool IsPossessiveToken(int t)
    {
        var w = Word(t);
        if (tokens[t].Kind == TokenKind.Quote)
        {
            // "Belarus' president": the tokenizer leaves a bare apostrophe after s as a quote mark.
            return w.Length == 1 && w[0] is '\'' or '’' && t > 0 && tokens[t - 1].End == tokens[t].Start
                && tokens[t - 1].Kind == TokenKind.Word && src[tokens[t - 1].End - 1] is 's' or 'S'
                && (t + 1 >= tokens.Length || tokens[t + 1].Start > tokens[t].End);
        }

        return (w.Length == 1 && (w[0] is '\'' or '’' or 'ʼ')) || (w.Length == 2 && (w[0] is '\'' or '’' or 'ʼ') && (w[1] is 's' or 'S'));
    }

    private void ReclassifyPlaces()
    {
        if (docPlaces.Count == 0)
        {
            return;
        }

        for (int i = 0; i < chunks.Count; i++)
        {
            var c = chunks[i];
            if (c.Kind == ChunkKind.Name && c.Class == NameClass.Person && docPlaces.Contains(src.AsSpan(tokens[c.Start].Start, tokens[c.NameEnd - 1].End - tokens[c.Start].Start)))
            {
                chunks[i] = c with { Class = NameClass.Place };
            }
        }
    }

    // ---------------------------------------------------------------- grammar

    private ChunkKind K(int c, int ce) => c >= 0 && c < ce ? chunks[c].Kind : ChunkKind.Stop;

    private void ParseSentence(int cs, int ce)
    {
        int c = cs;
        while (c < ce)
        {
            var ch = chunks[c];
            if (excluded[ch.Start])
            {
                c++;
                continue;
            }

            if (ch.Kind == ChunkKind.Pronoun)
            {
                EmitPronoun(ch);
                c++;
                continue;
            }

            if (ch.Kind == ChunkKind.PossessiveDeterminer && lex.Pronouns.Contains(keys, ch.Start, out int pronoun))
            {
                // "his" is a pronoun mention of its own as well as the start of "his spokesman".
                EmitPronoun(ch with { Aux = pronoun });
            }

            if (ch.Kind == ChunkKind.Relative)
            {
                EmitRelative(c, cs);
                c++;
                continue;
            }

            if (ch.Kind is ChunkKind.IndefiniteDeterminer or ChunkKind.DefiniteDeterminer && TryQuantifier(c, ce, out int quantifierEnd))
            {
                c = quantifierEnd;
                continue;
            }

            if (MayStartPhrase(ch) && TryPhrase(c, ce, 0, objectMode: false, lowercaseObject: false, out var np) && (np.HasHead || np.HasName))
            {
                int end = EmitPhrase(np, ce);
                c = Math.Max(c + 1, end);
                continue;
            }

            c++;
        }
    }

    /// <summary>
    /// False when a top-level <see cref="TryPhrase"/> at <paramref name="ch"/> fails at its first chunk (most
    /// chunks: punctuation, verbs, plain words that are no noun modifiers), so it is not set up for them.
    /// </summary>
    private bool MayStartPhrase(Chunk ch) => ch.Kind switch
    {
        ChunkKind.DefiniteDeterminer or ChunkKind.IndefiniteDeterminer or ChunkKind.PossessiveDeterminer or ChunkKind.Name
            or ChunkKind.Honorific or ChunkKind.Modifier or ChunkKind.Nationality or ChunkKind.Number or ChunkKind.Title
            or ChunkKind.Group or ChunkKind.Anonymous or ChunkKind.OrganizationHead => true,

        // A bare lower-case word starts a phrase only as a noun-like modifier (a lower-case title word before a name).
        ChunkKind.Other => NounLike(ch.Start),
        _ => false,
    };

    private void EmitRelative(int c, int cs)
    {
        var ch = chunks[c];
        if (c > cs && chunks[c - 1].Kind is ChunkKind.Comma or ChunkKind.Name or ChunkKind.Title or ChunkKind.Group or ChunkKind.Anonymous or ChunkKind.OrganizationHead
            && !(chunks[c - 1].Kind == ChunkKind.Comma && !Word(ch.Start).SequenceEqual("who"))
            && !(chunks[c - 1].Kind is ChunkKind.Name or ChunkKind.Comma && Word(ch.Start).SequenceEqual("that")))
        {
            Add(ch.Start, ch.End, ch.Start, ch.End, EntityType.Person, MentionKind.Pronoun, null, null, Gender.Unknown, false);
        }
    }

    /// <summary>
    /// A quantifier used as a noun phrase: "some of his admirers", "many say", "one of the authors".
    /// Returns the chunk after it, having emitted the mention.
    /// </summary>
    private bool TryQuantifier(int c, int ce, out int end)
    {
        end = c + 1;
        var ch = chunks[c];
        var w = Word(ch.Start);
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        bool single = w.Equals("one", StringComparison.OrdinalIgnoreCase) || w.Equals("another", StringComparison.OrdinalIgnoreCase);
        if (K(c + 1, ce) == ChunkKind.Connector && Word(chunks[c + 1].Start).SequenceEqual("of") && K(c + 2, ce) == ChunkKind.Pronoun)
        {
            // "some of them", "one of us".
            Add(ch.Start, chunks[c + 2].End, ch.Start, ch.End, single ? EntityType.Anonymous : EntityType.Group, MentionKind.Generic, null, null, Gender.Unknown, !single);
            end = c + 3;
            return true;
        }

        if (K(c + 1, ce) == ChunkKind.Connector && Word(chunks[c + 1].Start).SequenceEqual("of")
            && TryPhrase(c + 2, ce, 1, objectMode: true, lowercaseObject: true, out var obj) && obj.End > c + 2)
        {
            int headChunk = obj.HasHead ? obj.Head : obj.HasName ? obj.NameFirst : obj.End - 1;
            var head = chunks[headChunk];
            var type = head.Kind == ChunkKind.Group || (head.Kind is ChunkKind.Title or ChunkKind.Other && !single) ? EntityType.Group
                : head.Kind == ChunkKind.OrganizationHead || (head.Kind == ChunkKind.Name && head.Class != NameClass.Person) ? EntityType.Group
                : EntityType.Anonymous;
            Add(ch.Start, chunks[obj.End - 1].End, head.Start, head.End, type, MentionKind.Generic, null, null, Gender.Unknown, !single);
            EmitNested(c + 2, obj.End, -1, -1);
            end = obj.End;
            return true;
        }

        // Standing alone before a verb: "Some argue ...", "many believe".
        if (K(c + 1, ce) is ChunkKind.Verb or ChunkKind.Comma || (K(c + 1, ce) == ChunkKind.Other && !NounLike(chunks[c + 1].Start)))
        {
            Add(ch.Start, ch.End, ch.Start, ch.End, single ? EntityType.Anonymous : EntityType.Group, MentionKind.Generic, null, null, Gender.Unknown, !single);
            return true;
        }

        return false;
    }

    /// <summary>
    /// [determiner] [possessor 's] [modifiers] HEAD... [connector OBJECT]... [Name], or [the] Name.
    /// In object mode (the object of "of", "at"...), a name after the head is left to the outer phrase.
    /// </summary>
    private bool TryPhrase(int k, int ce, int depth, bool objectMode, bool lowercaseObject, out NounPhrase np)
    {
        np = new NounPhrase { Start = k, Head = -1, NameFirst = -1, NameLast = -1, Honorific = -1, Determiner = ChunkKind.Stop };
        int c = k;
        if (K(c, ce) is ChunkKind.DefiniteDeterminer or ChunkKind.IndefiniteDeterminer or ChunkKind.PossessiveDeterminer)
        {
            np.Determiner = chunks[c].Kind;
            c++;
        }

        np.RoleStart = c;
        np.DescriptionStart = c;
        int lastHeadEnd = -1, others = 0, nameFirst = -1, nameLast = -1;
        bool premod = false;
        bool nameMayFollow = true;
        int possessorChunk = -1;
        bool allowOther = true;
        bool needsName = np.Determiner == ChunkKind.Stop && K(c, ce) == ChunkKind.Other;
        bool done = false;
        while (c < ce && !done)
        {
            var ch = chunks[c];
            switch (ch.Kind)
            {
                case ChunkKind.Name:
                    if (K(c + 1, ce) == ChunkKind.Possessive)
                    {
                        if (np.HasHead || nameFirst >= 0 || np.Possessor)
                        {
                            done = true;
                            break;
                        }

                        np.Possessor = true;
                        possessorChunk = c;
                        c += 2;
                        np.DescriptionStart = c;
                        allowOther = true;
                        premod = true;
                        break;
                    }

                    if (np.HasHead)
                    {
                        var head = chunks[np.Head].Kind;
                        if (!objectMode && nameMayFollow && lastHeadEnd == c && ((head == ChunkKind.Title && ch.Class == NameClass.Person) || head == ChunkKind.OrganizationHead))
                        {
                            np.NameFirst = np.NameLast = c;
                            c++;
                        }

                        done = true;
                        break;
                    }

                    if (nameFirst >= 0)
                    {
                        if (chunks[nameLast].Class != NameClass.Person && ch.Class != NameClass.Person)
                        {
                            nameLast = c++;
                            break;
                        }

                        done = true;
                        break;
                    }

                    nameFirst = nameLast = c++;
                    break;

                case ChunkKind.Honorific:
                    // "Texas Sen. Ted Cruz", "Former New York Gov. George Pataki".
                    if (!np.HasHead && K(c + 1, ce) == ChunkKind.Name && chunks[c + 1].Class == NameClass.Person)
                    {
                        np.Honorific = c;
                        np.NameFirst = np.NameLast = c + 1;
                        c += 2;
                    }

                    done = true;
                    break;

                case ChunkKind.Modifier or ChunkKind.Nationality or ChunkKind.Number:
                    if (np.HasHead || nameFirst >= 0)
                    {
                        done = true;
                        break;
                    }

                    if (ch.Kind == ChunkKind.Nationality && np.Determiner != ChunkKind.Stop
                        && K(c + 1, ce) is not (ChunkKind.Modifier or ChunkKind.Nationality or ChunkKind.Number or ChunkKind.Other or ChunkKind.Title
                            or ChunkKind.Group or ChunkKind.Anonymous or ChunkKind.OrganizationHead or ChunkKind.Name or ChunkKind.Honorific))
                    {
                        // "a Democrat familiar with ...", "the Republican said": the adjective is the noun.
                        np.Head = c;
                        c++;
                        lastHeadEnd = c;
                        allowOther = false;
                        break;
                    }

                    premod = true;
                    allowOther = true;
                    c++;
                    break;

                case ChunkKind.Other:
                    if (np.HasHead || nameFirst >= 0 || !allowOther || others >= 3
                        || (!NounLike(ch.Start) && !(objectMode && lowercaseObject && Word(ch.Start).EndsWith('s')) && !(Word(ch.Start).EndsWith("ed", StringComparison.Ordinal) && c > k && K(c - 1, ce) is ChunkKind.DefiniteDeterminer or ChunkKind.IndefiniteDeterminer or ChunkKind.Number)))
                    {
                        done = true;
                        break;
                    }

                    if (K(c + 1, ce) == ChunkKind.Possessive && np.Determiner != ChunkKind.Stop && !np.Possessor)
                    {
                        // "the nation's leader": a common-noun possessor.
                        np.Possessor = true;
                        c += 2;
                        np.DescriptionStart = c;
                        others = 0;
                        break;
                    }

                    others++;
                    c++;
                    break;

                case ChunkKind.Title or ChunkKind.Group or ChunkKind.Anonymous or ChunkKind.OrganizationHead:
                    if (np.HasHead && lastHeadEnd != c)
                    {
                        done = true;
                        break;
                    }

                    nameFirst = nameLast = -1;
                    np.Head = c;
                    c++;
                    lastHeadEnd = c;
                    others = 0;
                    allowOther = false;
                    break;

                case ChunkKind.Connector:
                    if (!np.HasHead || lastHeadEnd != c || depth >= 3 || excluded[ch.Start])
                    {
                        done = true;
                        break;
                    }

                    var w = Word(ch.Start);
                    bool complement = w.SequenceEqual("of") || w.SequenceEqual("for");
                    var headKind = chunks[np.Head].Kind;

                    // "adviser to Cruz" but not "send Russian police to Belarus".
                    if (w.SequenceEqual("to") && headKind != ChunkKind.Title)
                    {
                        done = true;
                        break;
                    }

                    if (TryPhrase(c + 1, ce, depth + 1, objectMode: true, lowercaseObject: complement, out var obj)
                        && (complement || LocativeObjectEnds(obj, ce)))
                    {
                        // "challenger to long-time leader Alexander Lukashenko": the name belongs to the object's
                        // bare title; after "of the Russian President" it names the whole role.
                        nameMayFollow = complement || obj.Determiner != ChunkKind.Stop;
                        c = obj.End;
                        lastHeadEnd = c;
                        break;
                    }

                    done = true;
                    break;

                default:
                    done = true;
                    break;
            }
        }

        if (np.HasName)
        {
            np.End = np.NameLast + 1;
            return true;
        }

        if (!objectMode && !np.HasHead && possessorChunk >= 0 && np.Determiner is ChunkKind.Stop or ChunkKind.DefiniteDeterminer && possessorChunk == np.RoleStart)
        {
            // "Lukashenka's visit": the possessor is the mention, without its 's.
            np.NameFirst = np.NameLast = possessorChunk;
            np.End = possessorChunk + 1;
            np.Possessor = false;
            return true;
        }

        // "state attorney Dave Aronberg" may start with a bare lower-case word; nothing else may.
        if (needsName && !objectMode)
        {
            return false;
        }

        if (np.HasHead)
        {
            np.End = lastHeadEnd;

            // "military ties", "union state": a bare organization noun is no mention.
            if (chunks[np.Head].Kind == ChunkKind.OrganizationHead && !objectMode
                && np.Determiner == ChunkKind.Stop && !np.Possessor
                && ((np.Head == np.RoleStart && (chunks[np.Head].Aux & MentionLexicon.PluralFlag) == 0) || K(np.End, ce) == ChunkKind.Other))
            {
                return false;
            }

            return true;
        }

        if (nameFirst >= 0)
        {
            // A bare name: only a determiner may precede it; "Belarusian Lukashenko" is found at the name.
            if (!objectMode && (premod || np.Possessor || others > 0))
            {
                return false;
            }

            np.NameFirst = nameFirst;
            np.NameLast = nameLast;
            np.End = nameLast + 1;
            return true;
        }

        if (objectMode && lowercaseObject && others > 0 && others <= 3)
        {
            // "head of national security": a lower-case object of "of"/"for".
            np.End = c;
            while (np.End > k && chunks[np.End - 1].Kind != ChunkKind.Other)
            {
                np.End--;
            }

            return np.End > k;
        }

        return false;
    }

    /// <summary>
    /// The object of at/in/from/to/on must be a name or head that is not itself modifying a noun:
    /// "representative at the United Nations," yes; "president in the Black Sea resort" no.
    /// </summary>
    private bool LocativeObjectEnds(NounPhrase obj, int ce) =>
        (obj.HasHead || obj.HasName)
        && K(obj.End, ce) is not (ChunkKind.Other or ChunkKind.Title or ChunkKind.Group or ChunkKind.OrganizationHead or ChunkKind.Name or ChunkKind.Anonymous or ChunkKind.Possessive);

    /// <summary>Lower-case words that may be compound modifiers: not verbs in -ed/-s, not adverbs in -ly.</summary>
    private bool NounLike(int t)
    {
        var w = Word(t);
        if (w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        return !(w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("ics", StringComparison.Ordinal) && !w.SequenceEqual("news"));
    }

    /// <summary>Emits the mention(s) of a parsed phrase and returns the chunk after what it consumed.</summary>
    private int EmitPhrase(NounPhrase np, int ce)
    {
        if (!np.HasName && np.HasHead && chunks[np.Head].Kind == ChunkKind.Title
            && K(np.End, ce) == ChunkKind.Comma && K(np.End + 1, ce) == ChunkKind.Name && chunks[np.End + 1].Class == NameClass.Person
            && (np.End + 2 >= ce || K(np.End + 2, ce) == ChunkKind.Comma || tokens[chunks[np.End + 2].Start].Kind == TokenKind.Terminal))
        {
            // "the head of the SVR, Sergey Naryshkin, found": the role comes first, the name in apposition.
            np.RoleFirstApposition = true;
            np.NameFirst = np.NameLast = np.End + 1;
            np.End += 2;
        }

        return np.HasName ? EmitName(np, ce) : EmitDescription(np, ce);
    }

    private int EmitName(NounPhrase np, int ce)
    {
        var first = chunks[np.NameFirst];
        var last = chunks[np.NameLast];
        var cls = first.Class;
        int nameStart = first.Start, nameEnd = last.NameEnd, spanEnd = last.End;
        int spanStart = chunks[np.Start].Start;
        string? role = null;
        var gender = Gender.Unknown;
        bool bare = !np.HasHead && np.Honorific < 0;
        if (bare && (np.Determiner != ChunkKind.DefiniteDeterminer || cls == NameClass.Person))
        {
            // "the Kremlin" keeps its article; a person's name does not take one.
            spanStart = nameStart;
        }

        if (np.HasHead)
        {
            int roleEnd = np.RoleFirstApposition ? chunks[np.NameFirst - 1].Start : nameStart;
            role = Collapse(tokens[chunks[np.RoleStart].Start].Start, tokens[roleEnd - 1].End);
            gender = TitleGender(chunks[np.Head]);
        }
        else if (np.Honorific >= 0)
        {
            var (g, r) = lex.HonorificInfo[chunks[np.Honorific].Aux];
            gender = g;
            int premodStart = chunks[np.RoleStart].Start, honorific = chunks[np.Honorific].Start;
            string? before = premodStart < honorific ? Collapse(tokens[premodStart].Start, tokens[honorific - 1].End) : null;
            role = r is null ? before : before is null ? r : before + " " + r;
        }

        int consumedEnd = np.End;
        int afterName = np.NameLast + 1;
        if (cls == NameClass.Person && last.End == nameEnd)
        {
            // "Sen. Marco Rubio (R-Fla.)": a short parenthesis after a person's name belongs to it.
            int close = ShortParenthesis(nameEnd, sentenceEndOfToken[nameStart]);
            if (close > 0)
            {
                spanEnd = close;
                afterName = ChunkAtOrAfter(close);
                consumedEnd = afterName;
            }
        }

        if (!np.HasHead || chunks[np.NameLast + 1 < ce ? np.NameLast + 1 : np.NameLast].Kind == ChunkKind.Comma)
        {
            var (close, roleStartTok) = Apposition(afterName, ce);
            if (close > 0)
            {
                spanEnd = close;
                if (roleStartTok >= 0 && (role is null || !np.HasHead))
                {
                    role = Collapse(tokens[roleStartTok].Start, tokens[close - 1].End);
                }

                consumedEnd = ChunkAtOrAfter(close);
            }
        }

        if (gender == Gender.Unknown && cls == NameClass.Person)
        {
            gender = lex.MaleNames.Contains(keys, nameStart) ? Gender.Male : lex.FemaleNames.Contains(keys, nameStart) ? Gender.Female : Gender.Unknown;
        }

        string name = cls == NameClass.Outlet ? lex.OutletNames[first.Aux] : Collapse(tokens[nameStart].Start, tokens[nameEnd - 1].End);
        var type = cls switch
        {
            NameClass.Person => EntityType.Person,
            NameClass.Outlet => EntityType.Outlet,
            _ => EntityType.Organization,
        };
        Add(spanStart, spanEnd, nameStart, nameEnd, type, MentionKind.Name, name, role, gender, false);
        int bareStart = type != EntityType.Person && np.NameFirst > 0 && chunks[np.NameFirst - 1].Kind == ChunkKind.DefiniteDeterminer ? chunks[np.NameFirst - 1].Start : nameStart;
        if (bareStart != spanStart || last.End != spanEnd)
        {
            // The bare name as well ("Donald Trump" inside "Donald Trump, who is vying ..."): the longer
            // mention comes first at a shared start, so downstream still takes the whole phrase there.
            Add(bareStart, last.End, nameStart, nameEnd, type, MentionKind.Name, name, null, gender, false);
        }

        EmitNested(ChunkAtOrAfter(spanStart), ChunkAtOrAfter(spanEnd), np.NameFirst, np.NameLast);
        return consumedEnd;
    }

    private int EmitDescription(NounPhrase np, int ce)
    {
        var head = chunks[np.Head];
        int spanStart = chunks[np.Start].Start;
        int spanEnd = chunks[np.End - 1].End;
        bool plural = (head.Aux & MentionLexicon.PluralFlag) != 0 && head.Kind is ChunkKind.Title or ChunkKind.Group or ChunkKind.Anonymous;
        bool anonymous = head.Kind == ChunkKind.Anonymous;
        bool coordinated = false;
        int consumed = np.End;

        // Tails: "familiar with the matter", "with close ties to the Kremlin", "who spoke on condition of anonymity".
        int lim = sentenceEndOfToken[spanStart];
        int tailEnd = lex.AnonymousTails.Match(keys, spanEnd, lim, out _);
        if (tailEnd > spanEnd && head.Kind is not ChunkKind.OrganizationHead)
        {
            anonymous = true;
            spanEnd = tailEnd;
            consumed = ChunkAtOrAfter(tailEnd);
            if (TryPhrase(consumed, ce, 1, objectMode: true, lowercaseObject: true, out var obj) && consumed < ce && chunks[consumed].Start == tailEnd)
            {
                spanEnd = chunks[obj.End - 1].End;
                consumed = obj.End;
            }
        }

        // "the opposition and many international observers": coordinated groups are one group.
        if (K(consumed, ce) == ChunkKind.And && head.Kind is ChunkKind.Group or ChunkKind.Anonymous or ChunkKind.Title
            && TryPhrase(consumed + 1, ce, 0, objectMode: false, lowercaseObject: false, out var other)
            && other.HasHead && !other.HasName && chunks[other.Head].Kind is ChunkKind.Group or ChunkKind.Anonymous or ChunkKind.Title
            && (head.Kind != ChunkKind.Title || plural) && (chunks[other.Head].Kind != ChunkKind.Title || (chunks[other.Head].Aux & MentionLexicon.PluralFlag) != 0))
        {
            coordinated = true;
            spanEnd = chunks[other.End - 1].End;
            consumed = other.End;
        }

        EntityType type;
        MentionKind kind;
        bool definite = np.Determiner is ChunkKind.DefiniteDeterminer or ChunkKind.PossessiveDeterminer || np.Possessor;
        if (coordinated)
        {
            type = EntityType.Group;
            kind = MentionKind.Generic;
            plural = true;
        }
        else if (anonymous)
        {
            type = EntityType.Anonymous;
            kind = MentionKind.Generic;
        }
        else
        {
            switch (head.Kind)
            {
                case ChunkKind.Group:
                    type = EntityType.Group;
                    kind = MentionKind.Generic;
                    break;
                case ChunkKind.OrganizationHead:
                    type = EntityType.Organization;
                    kind = np.Determiner == ChunkKind.IndefiniteDeterminer ? MentionKind.Generic : MentionKind.Description;
                    break;
                default:
                    if (definite || (!plural && np.Determiner != ChunkKind.IndefiniteDeterminer))
                    {
                        type = plural ? EntityType.Group : EntityType.Person;
                        kind = MentionKind.Description;
                    }
                    else
                    {
                        type = EntityType.Anonymous;
                        kind = MentionKind.Generic;
                    }

                    break;
            }
        }

        int roleStart = chunks[np.DescriptionStart < np.End ? np.DescriptionStart : np.RoleStart].Start;
        int roleEnd = chunks[np.End - 1].End;
        string? role = head.Kind == ChunkKind.Title && roleStart < roleEnd ? Collapse(tokens[roleStart].Start, tokens[roleEnd - 1].End) : null;
        Add(spanStart, spanEnd, head.Start, head.End, type, kind, null, role, TitleGender(head), plural);
        EmitNested(ChunkAtOrAfter(spanStart), ChunkAtOrAfter(spanEnd), -1, -1);
        return consumed;
    }

    /// <summary>
    /// ", ROLE," or ", who ...," after a name, followed by a verb: returns the token of the closing comma
    /// and where the role text starts (-1 for a relative clause), or (0, -1).
    /// </summary>
    private (int Close, int RoleStart) Apposition(int c, int ce)
    {
        if (K(c, ce) != ChunkKind.Comma)
        {
            return (0, -1);
        }

        int a = c + 1;
        int lim = sentenceEndOfToken[chunks[c].Start];
        if (K(a, ce) == ChunkKind.Relative && Word(chunks[a].Start).SequenceEqual("who"))
        {
            int close = FindClose(chunks[a].Start, lim);
            return close > 0 ? (close, -1) : (0, -1);
        }

        if (K(a, ce) is ChunkKind.DefiniteDeterminer or ChunkKind.IndefiniteDeterminer or ChunkKind.PossessiveDeterminer or ChunkKind.Title
                or ChunkKind.Modifier or ChunkKind.Nationality or ChunkKind.Number or ChunkKind.Name or ChunkKind.Group or ChunkKind.OrganizationHead or ChunkKind.Other
            && TryPhrase(a, ce, 0, objectMode: false, lowercaseObject: false, out var np) && np.HasHead && !np.HasName
            && chunks[np.Head].Kind is not ChunkKind.Group)
        {
            int after = np.End;
            int afterTok = after < ce ? chunks[after].Start : lim;
            int close = K(after, ce) == ChunkKind.Relative ? FindClose(afterTok, lim) : IsClose(afterTok, lim) ? afterTok : 0;
            if (close > 0)
            {
                return (close, chunks[np.RoleStart].Start);
            }
        }

        return (0, -1);
    }

    /// <summary>
    /// Where an apposition or relative clause that starts at <paramref name="from"/> closes: at a comma
    /// followed by a verb, or at the end of the sentence ("said Ann Lewis, a longtime adviser."); 0 if not.
    /// </summary>
    private int FindClose(int from, int lim)
    {
        for (int t = from; t <= lim && t - from <= MaxRelativeClause; t++)
        {
            if (IsClose(t, lim))
            {
                return t;
            }

            if (t < lim && tokens[t].Kind == TokenKind.Punctuation && src[tokens[t].Start] == ',')
            {
                return 0;
            }
        }

        return 0;
    }

    private bool IsClose(int t, int lim)
    {
        if (t >= lim)
        {
            return true;
        }

        var tok = tokens[t];
        if (tok.Kind == TokenKind.Terminal)
        {
            return true;
        }

        if (tok.Kind == TokenKind.Punctuation && src[tok.Start] == ',' && VerbLike(t + 1, lim))
        {
            return true;
        }

        // A closing quote or bracket ends the sentence's clause too: ..., the expert." / ..., the expert)
        return tok.Kind == TokenKind.Quote && t + 1 >= lim;
    }

    private int ShortParenthesis(int t, int lim)
    {
        if (t >= lim || tokens[t].Kind != TokenKind.Bracket || src[tokens[t].Start] != '(')
        {
            return 0;
        }

        for (int j = t + 1; j < lim && j <= t + 5; j++)
        {
            if (tokens[j].Kind == TokenKind.Bracket)
            {
                return src[tokens[j].Start] == ')' && j > t + 1 ? j + 1 : 0;
            }

            if (tokens[j].Kind == TokenKind.Word && char.IsLower(src[tokens[j].Start]))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>A lower-case verb or unknown word, possibly after an adverb ("also claimed").</summary>
    private bool VerbLike(int t, int lim)
    {
        if (t >= lim || tokens[t].Kind != TokenKind.Word || !char.IsLower(src[tokens[t].Start]))
        {
            return false;
        }

        var kind = chunks[chunkOfToken[t]].Kind;
        if (kind is ChunkKind.Verb or ChunkKind.Other)
        {
            return true;
        }

        return kind == ChunkKind.Stop && t + 1 < lim && tokens[t + 1].Kind == TokenKind.Word && chunks[chunkOfToken[t + 1]].Kind is ChunkKind.Verb or ChunkKind.Other;
    }

    /// <summary>Names inside a larger mention ("the United Nations" in an apposition) are mentions too.</summary>
    private void EmitNested(int from, int to, int skipFirst, int skipLast)
    {
        for (int c = from; c < to && c < chunks.Count; c++)
        {
            var ch = chunks[c];
            if (ch.Kind == ChunkKind.Relative && c > from)
            {
                EmitRelative(c, from);
                continue;
            }

            if (ch.Kind != ChunkKind.Name || (c >= skipFirst && c <= skipLast) || c == from)
            {
                continue;
            }

            if (ch.Start > 0 && tokens[ch.Start - 1].Kind == TokenKind.Bracket)
            {
                continue;
            }

            if (ch.Class == NameClass.Person && c > 0 && chunks[c - 1].Kind == ChunkKind.Connector && Word(chunks[c - 1].Start) is "from" or "in" or "at")
            {
                // "the senator from Texas": the object of a role's locative preposition is a place.
                ch = ch with { Class = NameClass.Place };
            }

            bool withArticle = c > 0 && chunks[c - 1].Kind == ChunkKind.DefiniteDeterminer && ch.Class != NameClass.Person && chunks[c - 1].End == ch.Start;
            int start = withArticle ? chunks[c - 1].Start : ch.Start;
            string name = ch.Class == NameClass.Outlet ? lex.OutletNames[ch.Aux] : Collapse(tokens[ch.Start].Start, tokens[ch.NameEnd - 1].End);
            var type = ch.Class switch
            {
                NameClass.Person => EntityType.Person,
                NameClass.Outlet => EntityType.Outlet,
                _ => EntityType.Organization,
            };
            var gender = ch.Class == NameClass.Person
                ? lex.MaleNames.Contains(keys, ch.Start) ? Gender.Male : lex.FemaleNames.Contains(keys, ch.Start) ? Gender.Female : Gender.Unknown
                : Gender.Unknown;
            Add(start, ch.End, ch.Start, ch.NameEnd, type, MentionKind.Name, name, null, gender, false);
        }
    }

    private void EmitPronoun(Chunk ch)
    {
        var (gender, plural, type) = lex.PronounInfo[ch.Aux];
        Add(ch.Start, ch.End, ch.Start, ch.End, type, MentionKind.Pronoun, null, null, gender, plural);
    }

    private static Gender TitleGender(Chunk head) =>
        head.Kind != ChunkKind.Title ? Gender.Unknown
        : (head.Aux & MentionLexicon.FemaleFlag) != 0 ? Gender.Female
        : (head.Aux & MentionLexicon.MaleFlag) != 0 ? Gender.Male
        : Gender.Unknown;

    private void Add(int first, int end, int headFirst, int headEnd, EntityType type, MentionKind kind, string? name, string? role, Gender gender, bool plural)
    {
        if (end <= first || excluded[first])
        {
            return;
        }

        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        var head = new TextSpan(tokens[headFirst].Start, tokens[headEnd - 1].End);
        output.Add(new Mention(span, head, first, end, type, kind, name, role, gender, plural));
    }

    private int ChunkAtOrAfter(int token)
    {
        if (token >= tokens.Length)
        {
            return chunks.Count;
        }

        int c = chunkOfToken[token];
        return chunks[c].Start == token ? c : c + 1;
    }

    /// <summary>
    /// A past or third-person verb of the verb list ("Added", "Said", "Says") opening a sentence before a
    /// name is an inverted attribution, even when the article never writes it in lower case. Modals
    /// ("Will", "May") stay possible given names.
    /// </summary>
    private bool IsInvertedVerb(int t)
    {
        var w = Word(t);
        return w.Length > 3 && lex.Verbs.Contains(keys, t)
            && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("id", StringComparison.Ordinal) || w.EndsWith("ds", StringComparison.Ordinal)
                || w.EndsWith("ys", StringComparison.Ordinal) || w.EndsWith("ks", StringComparison.Ordinal) || w.EndsWith("tes", StringComparison.Ordinal));
    }

    private ReadOnlySpan<char> Word(int t) => src.AsSpan(tokens[t].Start, tokens[t].Length);

    /// <summary>The text of [start, end) with white space runs collapsed to one space.</summary>
    private string Collapse(int start, int end)
    {
        var span = src.AsSpan(start, end - start);
        int length = CollapsedLength(span);
        if (length == span.Length)
        {
            // Nearly always: single spaces between words already.
            return new string(span);
        }

        return string.Create(length, (src, start, end), static (dest, state) =>
        {
            var from = state.src.AsSpan(state.start, state.end - state.start);
            int n = 0;
            bool space = false;
            foreach (char c in from)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space && n > 0)
                {
                    dest[n++] = ' ';
                }

                space = false;
                dest[n++] = c;
            }
        });
    }

    /// <summary>The length of <paramref name="span"/> collapsed as <see cref="Collapse"/> does; its own length when nothing changes.</summary>
    private static int CollapsedLength(ReadOnlySpan<char> span)
    {
        int n = 0;
        bool space = false, changed = false;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                if (space || c != ' ' || n == 0)
                {
                    changed = true;
                }

                space = true;
                continue;
            }

            if (space && n > 0)
            {
                n++;
            }

            space = false;
            n++;
        }

        // A trailing space is dropped too.
        return changed || space ? n : span.Length;
    }
}
