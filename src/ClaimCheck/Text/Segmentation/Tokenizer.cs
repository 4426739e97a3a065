namespace ClaimCheck.Text.Segmentation;

/// <summary>
/// Splits text into tokens in one forward pass, without allocating per token.
/// Words keep inner apostrophes and hyphens (O'Brien, Rostov-on-Don); a possessive 's is a token
/// of its own so patterns can say <c>SOURCE 's opinion</c>; abbreviations and initials keep their
/// period (Mr., U.S., J.), so a period token is always a candidate sentence end.
/// </summary>
internal sealed class Tokenizer
{
    private readonly AbbreviationSet abbreviations;

    public Tokenizer(AbbreviationSet abbreviations) => this.abbreviations = abbreviations;

    /// <summary>Appends the tokens of <paramref name="text"/>[start, end) to <paramref name="tokens"/>.</summary>
    public void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            int tokenStart = i;
            if (c < 128 ? CharClass.AsciiWordFlags[c] != 0 : CharClass.IsWordChar(c))
            {
                i = ReadWord(text, i, end, tokens);
                continue;
            }

            if (CharClass.IsQuote(c))
            {
                // An apostrophe opening a possessive after s' (Belarus' president) or an elided year ('90s)
                // is part of a word, not a quotation mark.
                if (CharClass.IsApostrophe(c) && i + 1 < end && text[i + 1] is 's' && (i + 2 >= end || !CharClass.IsWordChar(text[i + 2])) && i > start && CharClass.IsWordChar(text[i - 1]))
                {
                    tokens.Add(new Token(i, i + 2, TokenKind.Word));
                    i += 2;
                    continue;
                }

                tokens.Add(new Token(i, i + 1, TokenKind.Quote));
                i++;
                continue;
            }

            if (CharClass.IsTerminal(c))
            {
                i++;
                while (i < end && CharClass.IsTerminal(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(tokenStart, i, TokenKind.Terminal));
                continue;
            }

            if (CharClass.IsDash(c))
            {
                i++;
                while (i < end && CharClass.IsDash(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(tokenStart, i, TokenKind.Dash));
                continue;
            }

            TokenKind kind = c switch
            {
                ',' or ';' or ':' => TokenKind.Punctuation,
                _ when CharClass.IsOpenBracket(c) || CharClass.IsCloseBracket(c) => TokenKind.Bracket,
                _ => TokenKind.Symbol,
            };
            tokens.Add(new Token(i, i + 1, kind));
            i++;
        }
    }

    private int ReadWord(string text, int i, int end, List<Token> tokens)
    {
        int start = i;
        bool hasLetter = false;
        bool hasDigit = false;
        var ascii = CharClass.AsciiWordFlags;
        while (i < end)
        {
            char c = text[i];

            // ASCII letters and digits (most of any word) by table, without the Unicode category tests.
            if (c < 128 && ascii[c] != 0)
            {
                hasLetter |= ascii[c] == CharClass.AsciiLetter;
                hasDigit |= ascii[c] == CharClass.AsciiDigit;
                i++;
                continue;
            }

            if (c >= 128 && CharClass.IsWordChar(c))
            {
                hasLetter |= char.IsLetter(c);
                hasDigit |= char.IsDigit(c);
                i++;
                continue;
            }

            char next = i + 1 < end ? text[i + 1] : '\0';

            // Possessive 's ends the word; it becomes a token of its own.
            if (CharClass.IsApostrophe(c) && next is 's' or 'S' && (i + 2 >= end || !CharClass.IsWordChar(text[i + 2])))
            {
                break;
            }

            // Inner apostrophe (It's, don't, O'Brien) and inner hyphen (Rostov-on-Don, 66-year-old).
            if ((CharClass.IsApostrophe(c) || CharClass.IsHyphen(c)) && CharClass.IsWordChar(next) && (hasLetter || CharClass.IsHyphen(c)))
            {
                i++;
                continue;
            }

            // Numbers keep their inner separators: 1.5, 1,000, 2:33, 2020-11-13, 10/12.
            if (hasDigit && !hasLetter && c is '.' or ',' or ':' or '/' && char.IsDigit(next))
            {
                i++;
                continue;
            }

            break;
        }

        int wordEnd = i;

        // Acronyms and initials keep their periods: U.S., J., a.m.
        if (wordEnd < end && text[wordEnd] == '.' && hasLetter)
        {
            int len = wordEnd - start;
            if (len == 1)
            {
                int j = wordEnd + 1;
                while (j + 1 < end && CharClass.IsWordChar(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !CharClass.IsWordChar(text[j + 2])))
                {
                    j += 2;
                }

                // A lone capital with a period is an initial (J. Smith); a lone lower-case letter is a word (plan a.).
                if (len == 1 && j == wordEnd + 1 && char.IsLower(text[start]) && !abbreviations.Contains(text.AsSpan(start, j - start)))
                {
                    j = wordEnd;
                }

                wordEnd = j;
            }
            else if (abbreviations.Contains(text.AsSpan(start, wordEnd + 1 - start)))
            {
                wordEnd++;
            }
        }

        tokens.Add(new Token(start, wordEnd, hasLetter ? TokenKind.Word : TokenKind.Number));
        return wordEnd;
    }
}
