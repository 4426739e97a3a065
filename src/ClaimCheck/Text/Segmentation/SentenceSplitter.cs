namespace ClaimCheck.Text.Segmentation;

/// <summary>
/// Decides sentence ends over the tokens of one paragraph. A sentence ends after terminal
/// punctuation (with the closing quotes and brackets that follow it) when the next token can begin a
/// sentence, after a sentence-final abbreviation followed by a sentence starter, and at a line break
/// inside a paragraph unless the next line continues in lower case.
/// </summary>
internal sealed class SentenceSplitter
{
    private readonly AbbreviationSet abbreviations;

    public SentenceSplitter(AbbreviationSet abbreviations) => this.abbreviations = abbreviations;

    public void Split(string text, List<Token> tokens, int first, int end, int paragraph, List<Sentence> sentences)
    {
        int sentenceFirst = first;
        for (int k = first; k < end; k++)
        {
            int last = k;
            bool boundary = false;
            var token = tokens[k];
            if (token.Kind == TokenKind.Terminal)
            {
                last = AbsorbClosers(text, tokens, k, end);
                boundary = last + 1 >= end || CanStartSentence(text, tokens[last + 1], allowLower: false) && !IsMidSentenceBang(text, token, tokens[last + 1])
                    && !IsInsideWord(text, tokens[last], tokens[last + 1]);
            }
            else if (token.Kind == TokenKind.Word && text[token.End - 1] == '.' && k + 1 < end)
            {
                var next = tokens[k + 1];
                boundary = abbreviations.MayEndSentence(text.AsSpan(token.Start, token.Length))
                    && next.Kind == TokenKind.Word && abbreviations.IsSentenceStarter(text.AsSpan(next.Start, next.Length));
            }

            if (!boundary && last + 1 < end && HasLineBreak(text, tokens[last].End, tokens[last + 1].Start))
            {
                boundary = CanStartSentence(text, tokens[last + 1], allowLower: false);
            }

            if (boundary || last + 1 >= end)
            {
                Add(tokens, sentenceFirst, last + 1, paragraph, sentences);
                sentenceFirst = last + 1;
                k = last;
            }
        }

        if (sentenceFirst < end)
        {
            Add(tokens, sentenceFirst, end, paragraph, sentences);
        }
    }

    private static void Add(List<Token> tokens, int first, int end, int paragraph, List<Sentence> sentences)
    {
        if (end > first)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[end - 1].End, first, end - first, paragraph));
        }
    }

    /// <summary>Takes closing quotes and brackets that belong to the sentence just ended: <c>everyone."</c>.</summary>
    private static int AbsorbClosers(string text, List<Token> tokens, int k, int end)
    {
        int last = k;
        while (last + 1 < end)
        {
            var next = tokens[last + 1];
            bool adjacent = next.Start == tokens[last].End;
            bool closer = next.Kind == TokenKind.Bracket && CharClass.IsCloseBracket(text[next.Start])
                || next.Kind == TokenKind.Quote && (text[next.Start] is '”' or '’' or '»' or '“' || adjacent);
            if (!closer || !adjacent)
            {
                break;
            }

            last++;
        }

        return last;
    }

    private static bool CanStartSentence(string text, Token next, bool allowLower)
    {
        char c = text[next.Start];
        return next.Kind switch
        {
            TokenKind.Word => char.IsUpper(c) || allowLower || !char.IsLetter(c),
            TokenKind.Number or TokenKind.Quote or TokenKind.Dash or TokenKind.Symbol => true,
            TokenKind.Bracket => CharClass.IsOpenBracket(c),
            _ => false,
        };
    }

    /// <summary>"Jeb! was" and "Yahoo! said": ! or ? inside a name or phrase, followed by lower case.</summary>
    private static bool IsMidSentenceBang(string text, Token terminal, Token next) =>
        text[terminal.Start] is '!' or '?' && next.Kind == TokenKind.Word && char.IsLower(text[next.Start]);

    /// <summary>"(D-N.C.)": a period with a letter right after it, no space, sits inside an abbreviation.</summary>
    private static bool IsInsideWord(string text, Token last, Token next) =>
        text[last.Start] == '.' && last.Length == 1 && next.Kind == TokenKind.Word && next.Start == last.End;

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
