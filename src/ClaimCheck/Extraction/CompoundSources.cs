using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Source phrases longer than one mention, found where a cue shows the phrase is a speaker:
/// two mentions joined by "and" ("Mr. Grassley and Mr. Leahy said") and an apposition after a name
/// that the mention scanner left off ("said Brian Fallon, the campaign's press secretary.",
/// "Mr. King, 82, said"). Each is added as a longer mention at the first mention's start, so the
/// patterns take the whole phrase there.
/// </summary>
internal static class CompoundSources
{
    /// <summary>An apposition longer than this is a clause, not a description of the speaker.</summary>
    private const int MaxApposition = 30;

    /// <summary>A transcript label has at most this many words ("SEN. TIM KAINE:").</summary>
    private const int MaxLabelWords = 3;

    /// <summary>A name signing a quote has at most this many words ("Julie A. Diaz Martinez").</summary>
    private const int MaxSignatureWords = 5;

    private static readonly HashSet<string> AppositionOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "his", "her", "their", "its", "one", "another", "former", "then", "now", "including",
    };

    /// <summary>Words that open a relative clause: after one, the apposition may hold verbs ("a lawyer who has met him").</summary>
    private static readonly HashSet<string> RelativeOpeners = new(StringComparer.OrdinalIgnoreCase) { "who", "whom", "whose", "which" };

    /// <summary>At most this many words stand before a name as its description ("9/11 widow").</summary>
    private const int MaxPremodifiers = 3;

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an" };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "who", "which", "whom",
        "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "not", "than", "then", "also", "when", "while",
        "after", "before", "about", "into", "over", "under", "said", "says", "told", "was", "were", "has", "had", "have", "is", "are",
        "until", "since", "because", "if", "unless", "where", "how", "why", "what", "like", "even", "just", "only", "now", "asks", "adds",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "then", "previously", "recently", "once", "has", "had", "have", "further", "again", "often", "repeatedly", "publicly", "privately",
    };

    public static IReadOnlyList<Mention> Add(SegmentedText text, IReadOnlyList<Mention> mentions, CueLexicon cues, WordSet verbs)
    {
        // One table indexed by token: a dictionary here cost a hash per probe and a whole-bucket clear per article.
        var longest = LongestMentions.Of(mentions, text.TokenArray.Length);
        List<Mention>? added = null;
        for (int start = 0; start < longest.Count; start++)
        {
            if (longest[start] is not { } a || a.Kind is MentionKind.Pronoun)
            {
                continue;
            }

            // "Rep. Ann Lee of Maine, the ranking Democrat, said": the "of" phrase first, then any apposition after it.
            var ofPhrase = OfPhrases.Extend(text, a, cues, verbs);
            var extended = Coordinated(text, a, longest, cues)
                ?? (ofPhrase is null ? null : Apposition(text, ofPhrase, longest, cues, verbs) ?? ofPhrase)
                ?? Apposition(text, a, longest, cues, verbs) ?? TitleChain(text, a, longest);
            if (extended is not null)
            {
                (added ??= []).Add(extended);
            }

            if (extended is null && SharedHead(text, a, longest, cues, verbs) is { } shared)
            {
                (added ??= []).Add(shared);
            }

            if (Premodified(text, extended ?? a, longest, cues, verbs) is { } premodified)
            {
                (added ??= []).Add(premodified);
            }
        }

        foreach (var label in SpeakerLabels(text, longest))
        {
            (added ??= []).Add(label);
        }

        foreach (var signature in Signatures(text, longest))
        {
            (added ??= []).Add(signature);
        }

        return PhraseMentions.Merge(mentions, added);
    }

    /// <summary>
    /// Transcript speaker labels: a paragraph that opens with a name in capitals and a colon
    /// ("LEE: Well, we will see ...", also after a quotation mark). Title-case labels are names the scanner already found.
    /// </summary>
    private static IEnumerable<Mention> SpeakerLabels(SegmentedText text, LongestMentions longest)
    {
        var tokens = text.TokenArray;
        foreach (var paragraph in text.Paragraphs)
        {
            if (paragraph.SentenceCount == 0)
            {
                continue;
            }

            // A transcript quoted as a block opens each turn with a quotation mark ("\"LEE: Well, ...").
            int first = text.SentenceArray[paragraph.FirstSentence].FirstToken;
            if (first + 1 < tokens.Length && tokens[first].Kind == TokenKind.Quote)
            {
                first++;
            }

            int t = first;
            while (t < tokens.Length && t - first < MaxLabelWords && tokens[t].Kind == TokenKind.Word && IsCapitals(text.TextOf(tokens[t])))
            {
                t++;
            }

            if (t == first || t >= tokens.Length || text.TextOf(tokens[t]) is not ":" || longest.ContainsKey(first))
            {
                continue;
            }

            var span = new TextSpan(tokens[first].Start, tokens[t - 1].End);
            yield return new Mention(span, span, first, t, EntityType.Person, MentionKind.Name, text.Source.ToString(span), null, Gender.Unknown, false);
        }
    }

    /// <summary>
    /// The name that signs a quotation after a dash, alone to the sentence end: '"..." ― Julie A. Diaz
    /// Martinez.' Any run of capitalized words there is a person's name, known to the scanner or not.
    /// </summary>
    private static IEnumerable<Mention> Signatures(SegmentedText text, LongestMentions longest)
    {
        var tokens = text.TokenArray;
        for (int dash = 1; dash + 1 < tokens.Length; dash++)
        {
            if (tokens[dash].Kind != TokenKind.Dash || tokens[dash - 1].Kind != TokenKind.Quote || text.Source.Text[tokens[dash - 1].Start] is not ('”' or '"' or '\''))
            {
                continue;
            }

            int first = dash + 1;
            int sentenceEnd = text.SentenceArray[text.SentenceAt(tokens[first].Start)].EndToken;
            int t = first;
            while (t < sentenceEnd && t - first < MaxSignatureWords && IsCapitalized(text, t))
            {
                t++;
            }

            int end = t;
            while (t < sentenceEnd && tokens[t].Kind == TokenKind.Terminal)
            {
                t++;
            }

            if (end - first < 2 || t != sentenceEnd || (longest.TryGetValue(first, out var known) && known.EndToken >= end))
            {
                continue;
            }

            var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
            yield return new Mention(span, span, first, end, EntityType.Person, MentionKind.Name, text.Source.ToString(span), null, Gender.Unknown, false);
        }
    }

    /// <summary>Two or more letters, all capitals ("LEE", "O'NEILL", "MR."): not "A" or "Q" of an interview.</summary>
    internal static bool IsCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>
    /// Words before a name that the scanner left off, where a quotation's attribution names the
    /// speaker: '"...," said 9/11 widow Terry Strada', '"...," panel Chairman Tom Reyes said',
    /// '"...," the Times wrote'. Lower-case words only (a determiner may lead), right after the cue or
    /// the quotation's closing mark.
    /// </summary>
    private static Mention? Premodified(SegmentedText text, Mention a, LongestMentions longest, CueLexicon cues, WordSet verbs)
    {
        var tokens = text.TokenArray;
        if (a.Kind != MentionKind.Name || a.Type is not (EntityType.Person or EntityType.Organization or EntityType.Outlet))
        {
            return null;
        }

        int first = a.FirstToken;
        while (first > 0 && a.FirstToken - first < MaxPremodifiers && !longest.ContainsKey(first - 1) && IsPremodifier(text, first - 1, cues, verbs))
        {
            first--;
        }

        if (first > 0 && first < a.FirstToken && DeterminersByWord.Contains(text.TextOf(tokens[first - 1])))
        {
            first--;
        }
        else if (first == a.FirstToken && first > 0 && text.TextOf(tokens[first - 1]) is "the" && !longest.ContainsKey(first - 1))
        {
            first--;
        }

        if (first == a.FirstToken || first == 0 || !SameSentence(text, first, a.FirstToken))
        {
            return null;
        }

        // The attribution of a quotation: right after its closing mark (and comma), or after the cue.
        int before = first - 1;
        bool afterQuote = tokens[before].Kind == TokenKind.Quote
            || (IsComma(text, before) && before > 0 && tokens[before - 1].Kind == TokenKind.Quote);
        if (!afterQuote && !CuePrecedes(text, first, cues))
        {
            return null;
        }

        var span = new TextSpan(tokens[first].Start, a.Span.End);
        return a with { Span = span, FirstToken = first };
    }

    /// <summary>
    /// "Federal and state officials said": a modifier joined by "and" to the one that opens a
    /// description shares its head noun, so the speakers are the whole phrase, not "state officials".
    /// </summary>
    private static Mention? SharedHead(SegmentedText text, Mention a, LongestMentions longest, CueLexicon cues, WordSet verbs)
    {
        int and = a.FirstToken - 1, modifier = a.FirstToken - 2;
        int length = a.EndToken - a.FirstToken;

        // "Federal and state officials" where the scanner took only "officials": the modifier it
        // left off ("state") stands between "and" and the head.
        if (length == 1 && and >= 2 && !longest.ContainsKey(and) && !Is(text, and, "and") && IsPremodifier(text, and, cues, verbs)
            && Is(text, and - 1, "and"))
        {
            and--;
            modifier--;
            length++;
        }

        if (modifier < 0 || length < 2 || a.Type == EntityType.Person && a.Kind == MentionKind.Name
            || !Is(text, and, "and") || longest.ContainsKey(modifier) || !SameSentence(text, modifier, a.FirstToken)
            || !CueFollows(text, a.EndToken, cues))
        {
            return null;
        }

        var token = text.TokenArray[modifier];
        var word = text.TextOf(token);
        if (token.Kind != TokenKind.Word || word.Length < 3 || DeterminersByWord.Contains(word)
            || FunctionWordsByWord.Contains(word) || verbs.Contains(word) || cues.TryMatch(text, modifier, out _, out _))
        {
            return null;
        }

        var span = new TextSpan(token.Start, a.Span.End);
        return a with { Span = span, FirstToken = modifier };
    }

    private static bool IsPremodifier(SegmentedText text, int t, CueLexicon cues, WordSet verbs)
    {
        var token = text.TokenArray[t];
        var word = text.TextOf(token);
        if (token.Kind is TokenKind.Number)
        {
            return true;
        }

        // A past form is a verb of saying the lexicon lacks ('"...," scoffed Ann Gil'), not a description.
        return token.Kind == TokenKind.Word && char.IsLower(word[0]) && word.Length > 2 && !word.EndsWith("ed", StringComparison.Ordinal) && !DeterminersByWord.Contains(word)
            && !FunctionWordsByWord.Contains(word) && !verbs.Contains(word) && !cues.TryMatch(text, t, out _, out _);
    }

    /// <summary>
    /// A capitalized title the scanner kept apart from the titled name after it: "Chairman Rep. Jo
    /// Dole (R-Ohio)", "Speaker of the House Rep. Jo Dole". The name takes the title as its role.
    /// </summary>
    private static Mention? TitleChain(SegmentedText text, Mention a, LongestMentions longest)
    {
        if (a.Kind != MentionKind.Description || a.Type != EntityType.Person || !longest.TryGetValue(a.EndToken, out var name)
            || name.Kind != MentionKind.Name || name.Type != EntityType.Person || name.Role is null || !SameSentence(text, a.FirstToken, name.FirstToken))
        {
            return null;
        }

        for (int t = a.FirstToken; t < a.EndToken; t++)
        {
            var word = text.TextOf(text.TokenArray[t]);
            if (text.TokenArray[t].Kind == TokenKind.Word && !char.IsUpper(word[0]) && !FunctionWordsByWord.Contains(word))
            {
                return null;
            }
        }

        var span = new TextSpan(a.Span.Start, name.Span.End);
        return name with { Span = span, FirstToken = a.FirstToken, Role = text.Source.ToString(new TextSpan(a.Span.Start, name.Head.Start)).TrimEnd() };
    }

    /// <summary>"A and B" followed by a cue, each a name or description.</summary>
    private static Mention? Coordinated(SegmentedText text, Mention a, LongestMentions longest, CueLexicon cues)
    {
        int and = a.EndToken;
        if (and + 1 < text.TokenArray.Length && Is(text, and, "and") && (!longest.TryGetValue(and + 1, out var known) || known.Kind is MentionKind.Pronoun)
            && CoordinatedPhraseEnd(text, and + 1, cues) is int phraseEnd)
        {
            // "Regulators and environmental groups say", "RT and its defenders argue": a short noun phrase
            // the scanner does not know, joined to a mention and followed by the cue, speaks with it.
            var joined = new TextSpan(a.Span.Start, text.TokenArray[phraseEnd - 1].End);
            return new Mention(joined, joined, a.FirstToken, phraseEnd, EntityType.Group, a.Kind, text.Source.ToString(joined), null, Gender.Unknown, true);
        }

        if (and + 1 >= text.TokenArray.Length || !Is(text, and, "and") || !longest.TryGetValue(and + 1, out var b)
            || b.Kind is MentionKind.Pronoun || !SameSentence(text, a.FirstToken, b.EndToken - 1) || !CueFollows(text, b.EndToken, cues))
        {
            return null;
        }

        var span = new TextSpan(a.Span.Start, b.Span.End);
        return new Mention(span, span, a.FirstToken, b.EndToken, EntityType.Group, a.Kind, text.Source.ToString(span), null, Gender.Unknown, true);
    }

    /// <summary>
    /// ", a professor at Yale," after a person's name, closed by a cue or, after a cue, by the sentence end.
    /// It opens with a determiner-like word, an age or a role ("director of the center"); a relative
    /// clause in it may hold verbs (", a lawyer who has met him and was mentioned as a choice, said"),
    /// though never a verb of saying.
    /// </summary>
    private static Mention? Apposition(SegmentedText text, Mention a, LongestMentions longest, CueLexicon cues, WordSet verbs)
    {
        var tokens = text.TokenArray;
        int comma = a.EndToken;
        if (comma + 1 >= tokens.Length || !IsComma(text, comma))
        {
            return null;
        }

        // A named person takes an apposition closed by a cue or by the sentence; anyone else ("Officials
        // at the agency, a division of ICE, said"), or one opened by a capital ("Senator Ann Lee,
        // Democrat of Maine, said"), only one closed by a comma and a cue, which leaves no other reading.
        bool person = a.Type == EntityType.Person && a.Kind == MentionKind.Name;
        int first = comma + 1;
        var opener = tokens[first];
        bool age = person && opener.Kind == TokenKind.Number;
        bool named = opener.Kind == TokenKind.Word && char.IsUpper(text.Source.Text[opener.Start]);
        bool role = longest.TryGetValue(first, out var r) && r.Kind is MentionKind.Description or MentionKind.Generic && r.Type == EntityType.Person;
        int sentence = text.SentenceAt(opener.Start);
        int sentenceEnd = text.SentenceArray[sentence].EndToken;
        if (!age && !named && !role && !(opener.Kind == TokenKind.Word && AppositionOpenersByWord.Contains(text.TextOf(opener))) && !IsPossessiveName(text, first))
        {
            // "said Ann Lee, whose group sued." / "said the Rev. Al Dunn, of Grace Church.": after the cue
            // a relative clause or an "of" phrase to the sentence end describes the speaker too.
            return person && opener.Kind == TokenKind.Word && text.TextOf(opener) is "who" or "whose" or "of" && CuePrecedes(text, a.FirstToken, cues)
                && AppositionToEnd(text, comma, first, sentenceEnd, cues, verbs) is int whole
                ? a with { Span = new TextSpan(a.Span.Start, tokens[whole - 1].End), EndToken = whole }
                : null;
        }

        int t = first;
        bool relative = false;
        while (t < sentenceEnd && t - first <= MaxApposition && !IsComma(text, t)
            && tokens[t].Kind is not (TokenKind.Terminal or TokenKind.Quote or TokenKind.Dash)
            && (IsCapitalized(text, t) || AfterDeterminer(text, t) || cues.UsedOtherwise(text, t) || (!cues.TryMatch(text, t, out _, out _) && (relative || !verbs.Contains(text.TextOf(tokens[t]))))))
        {
            relative |= t > first && RelativeOpenersByWord.Contains(text.TextOf(tokens[t]));
            t++;
        }

        if (t == first || t - first > MaxApposition || (age && t != first + 1))
        {
            return null;
        }

        bool closedByCue = t < sentenceEnd && IsComma(text, t) && CueFollows(text, t + 1, cues);

        // A second apposition in a row (", the attorney general of Utah, one of the states suing, said")
        // describes the speaker too: the phrase runs through it.
        if (!closedByCue && t + 1 < sentenceEnd && IsComma(text, t) && SecondApposition(text, t + 1, first, sentenceEnd, longest, cues, verbs) is int second)
        {
            t = second;
            closedByCue = true;
        }

        bool afterCue = person && !age && a.FirstToken > 0 && CuePrecedes(text, a.FirstToken, cues);
        bool closedBySentence = person && !named && (t >= sentenceEnd || tokens[t].Kind is TokenKind.Terminal or TokenKind.Quote) && afterCue;

        // After the cue, the description may run through commas to the sentence end ("said Ann Lee,
        // a broker in Tampa, Fla., who sells golf courses." / "said Sen. Joe Park, Democrat of Maine.").
        if (!closedByCue && !closedBySentence && afterCue && (t >= sentenceEnd || IsComma(text, t) || tokens[t].Kind is TokenKind.Terminal or TokenKind.Quote)
            && AppositionToEnd(text, t, first, sentenceEnd, cues, verbs) is int end)
        {
            t = end;
            closedBySentence = true;
        }

        if (!closedByCue && !closedBySentence)
        {
            return null;
        }

        var span = new TextSpan(a.Span.Start, tokens[t - 1].End);
        string? roleText = a.Role ?? (age || !person ? null : text.Source.ToString(new TextSpan(opener.Start, tokens[t - 1].End)));
        return a with { Span = span, EndToken = t, Role = roleText };
    }

    /// <summary>An apposition after the cue reaches at most this many tokens in all its comma-separated parts.</summary>
    private const int MaxTrailingApposition = 45;

    /// <summary>Prepositions that open an adjunct of the cue after the apposition (", in a statement.").</summary>
    private static readonly HashSet<string> AdjunctOpeners = new(StringComparer.Ordinal) { "in", "on", "at", "during", "after", "before", "via", "from" };

    /// <summary>Words that may open a further part of a description: "of Mayfield Church", "and other scientists".</summary>
    private static readonly HashSet<string> PartOpeners = new(StringComparer.OrdinalIgnoreCase) { "of", "and" };

    /// <summary>
    /// From <paramref name="t"/> (a comma or the sentence end after the first part of an apposition
    /// that follows a cue), the token where the whole description ends: the sentence end, or a comma
    /// before an adjunct of the cue that runs to the sentence end. Null if a part reads as a clause.
    /// </summary>
    private static int? AppositionToEnd(SegmentedText text, int t, int first, int sentenceEnd, CueLexicon cues, WordSet verbs)
    {
        var tokens = text.TokenArray;
        while (t < sentenceEnd && IsComma(text, t))
        {
            int from = t + 1;
            if (from >= sentenceEnd || tokens[from].Kind != TokenKind.Word)
            {
                return null;
            }

            var opener = text.TextOf(tokens[from]);
            if (AdjunctOpenersByWord.Contains(opener))
            {
                // ", in a statement.": the description ended at the comma, if nothing else follows.
                int k = from;
                while (k < sentenceEnd && !IsComma(text, k) && tokens[k].Kind is not (TokenKind.Terminal or TokenKind.Quote or TokenKind.Dash) && !cues.TryMatch(text, k, out _, out _))
                {
                    k++;
                }

                return k >= sentenceEnd || tokens[k].Kind is TokenKind.Terminal or TokenKind.Quote ? t : null;
            }

            bool relative = RelativeOpenersByWord.Contains(opener);
            if (!relative && !IsCapitalized(text, from) && !AppositionOpenersByWord.Contains(opener)
                && !PartOpenersByWord.Contains(opener))
            {
                return null;
            }

            t = from;
            while (t < sentenceEnd && t - first <= MaxTrailingApposition && !IsComma(text, t)
                && tokens[t].Kind is not (TokenKind.Terminal or TokenKind.Quote or TokenKind.Dash)
                && (IsCapitalized(text, t) || AfterDeterminer(text, t) || cues.UsedOtherwise(text, t) || (!cues.TryMatch(text, t, out _, out _) && (relative || !verbs.Contains(text.TextOf(tokens[t]))))))
            {
                relative |= RelativeOpenersByWord.Contains(text.TextOf(tokens[t]));
                t++;
            }

            if (t == from || t - first > MaxTrailingApposition)
            {
                return null;
            }
        }

        return t >= sentenceEnd || tokens[t].Kind is TokenKind.Terminal or TokenKind.Quote ? t : null;
    }

    /// <summary>
    /// Where a second apposition that opens at <paramref name="from"/> ends, if a comma and a cue close
    /// it within the length left to the whole apposition; else null.
    /// </summary>
    private static int? SecondApposition(SegmentedText text, int from, int first, int sentenceEnd, LongestMentions longest, CueLexicon cues, WordSet verbs)
    {
        var tokens = text.TokenArray;
        var opener = tokens[from];
        bool role = longest.TryGetValue(from, out var r) && r.Kind is MentionKind.Description or MentionKind.Generic;
        if (!role && !(opener.Kind == TokenKind.Word && AppositionOpenersByWord.Contains(text.TextOf(opener))))
        {
            return null;
        }

        int t = from;
        while (t < sentenceEnd && t - first <= MaxApposition && !IsComma(text, t)
            && tokens[t].Kind is not (TokenKind.Terminal or TokenKind.Quote or TokenKind.Dash)
            && (IsCapitalized(text, t) || AfterDeterminer(text, t) || cues.UsedOtherwise(text, t) || (!cues.TryMatch(text, t, out _, out _) && !verbs.Contains(text.TextOf(tokens[t])))))
        {
            t++;
        }

        return t > from && t - first <= MaxApposition && t < sentenceEnd && IsComma(text, t) && CueFollows(text, t + 1, cues) ? t : null;
    }

    /// <summary>Words that may open the second half of a coordinated source: a possessive or a quantifier ("its defenders", "other groups").</summary>
    private static readonly HashSet<string> CoordinatedOpeners = new(StringComparer.Ordinal) { "its", "their", "his", "her", "other", "many", "some", "several" };

    /// <summary>
    /// Where a lower-case noun phrase of at most three words that starts at <paramref name="from"/> ends,
    /// if a finite cue follows it directly and nothing in it is a cue or a function word; else null.
    /// </summary>
    private static int? CoordinatedPhraseEnd(SegmentedText text, int from, CueLexicon cues)
    {
        var tokens = text.TokenArray;
        int t = from;
        if (t < tokens.Length && CoordinatedOpenersByWord.Contains(text.TextOf(tokens[t])))
        {
            t++;
        }

        int words = t;
        while (t < tokens.Length && t - words < 3 && tokens[t].Kind == TokenKind.Word && char.IsLower(text.Source.Text[tokens[t].Start])
            && !FunctionWordsByWord.Contains(text.TextOf(tokens[t])) && !cues.TryMatch(text, t, out _, out _))
        {
            t++;
        }

        return t > words && t < tokens.Length && SameSentence(text, from, t) && cues.TryMatch(text, t, out var form, out _) && !form.IsParticiple
            && form.Entry.Lemma is "say" or "argue" or "tell" or "warn" or "claim" or "contend" or "insist" or "note" or "report" or "believe" or "fear"
            ? t : null;
    }

    private static bool CueFollows(SegmentedText text, int t, CueLexicon cues)
    {
        if (t < text.TokenArray.Length && AdverbsByWord.Contains(text.TextOf(text.TokenArray[t])))
        {
            t++;
        }

        return t < text.TokenArray.Length && cues.TryMatch(text, t, out var form, out _) && !form.IsParticiple;
    }

    /// <summary>"said X" or "according to X": the cue ends right before the mention.</summary>
    internal static bool CuePrecedes(SegmentedText text, int mentionFirst, CueLexicon cues)
    {
        for (int start = Math.Max(0, mentionFirst - 2); start < mentionFirst; start++)
        {
            // "According to X, the talks collapsed": after this cue a comma opens the content, not an apposition.
            if (cues.TryMatch(text, start, out var form, out int end) && end == mentionFirst && form.Entry.Lemma != "according to")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalized word inside a phrase is part of a name ("United States"), not a verb ("states").</summary>
    private static bool IsCapitalized(SegmentedText text, int t) =>
        text.TokenArray[t].Kind == TokenKind.Word && char.IsUpper(text.Source.Text[text.TokenArray[t].Start]);

    /// <summary>A word right after "the" or "a" is a noun, even one spelled like a verb ("one of the states").</summary>
    private static bool AfterDeterminer(SegmentedText text, int t) =>
        t > 0 && DeterminersByWord.Contains(text.TextOf(text.TokenArray[t - 1]));

    private static bool IsPossessiveName(SegmentedText text, int t) =>
        t + 1 < text.TokenArray.Length && text.TokenArray[t].Kind == TokenKind.Word && char.IsUpper(text.Source.Text[text.TokenArray[t].Start])
        && text.TextOf(text.TokenArray[t + 1]) is "'s" or "’s";

    private static bool IsComma(SegmentedText text, int t) =>
        text.TokenArray[t].Kind == TokenKind.Punctuation && text.Source.Text[text.TokenArray[t].Start] == ',';

    private static bool Is(SegmentedText text, int t, string word) => text.TextOf(text.TokenArray[t]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool SameSentence(SegmentedText text, int a, int b) =>
        text.SentenceAt(text.TokenArray[a].Start) == text.SentenceAt(text.TokenArray[b].Start);

    // The sets looked up by span, each made once: GetAlternateLookup per test was a cast and a comparer check.
    // Declared after the sets, as static fields start in text order.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AppositionOpenersByWord = AppositionOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeOpenersByWord = RelativeOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminersByWord = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordsByWord = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbsByWord = Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjunctOpenersByWord = AdjunctOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartOpenersByWord = PartOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CoordinatedOpenersByWord = CoordinatedOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
}
