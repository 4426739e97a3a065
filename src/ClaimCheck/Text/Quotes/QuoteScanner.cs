using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Text.Quotes;

/// <summary>
/// The state of one <see cref="QuoteFinder.Find"/> run: a stack of open quotes per paragraph,
/// and the paragraph's quotes in opening order until the paragraph is done.
/// </summary>
internal sealed class QuoteScanner
{
    /// <summary>Longest "- he said." style tail (in words) that stops an unclosed quote from running into the next paragraph.</summary>
    private const int MaxTailWords = 5;

    private readonly SegmentedText text;
    private readonly string source;
    private readonly Token[] tokens; // the array itself: indexed for every token, without interface calls
    private readonly List<Quotation> result = [];
    private readonly int[] stack = new int[QuoteFinder.MaxDepth];
    private Frame[] frames = new Frame[16];
    private int frameCount;
    private int depth;
    private int paraStart;

    // Opening marks ignored because the stack was full; the closers that follow consume them first,
    // so the quotes that are tracked still close at their own marks.
    private int overflow;
    private int paraEnd;

    // Token index of the paragraph's last closing mark, or -1.
    private int lastCloseToken;

    // The mark being handled: its end and last token (a doubled single mark '' is two tokens).
    private int markEnd;
    private int markLastToken;

    // An unclosed quote of the previous paragraph that the next paragraph may continue.
    private int pendingGlobal = -1;
    private char pendingOpen;

    public QuoteScanner(SegmentedText text)
    {
        this.text = text;
        source = text.Source.Text;
        tokens = text.TokenArray;
    }

    public List<Quotation> Scan()
    {
        foreach (var paragraph in text.Paragraphs)
        {
            ScanParagraph(paragraph);
        }

        return result;
    }

    private void ScanParagraph(Paragraph paragraph)
    {
        paraStart = Math.Max(0, paragraph.Start);
        paraEnd = Math.Min(source.Length, paragraph.End);
        frameCount = 0;
        depth = 0;
        overflow = 0;
        lastCloseToken = -1;
        int carry = pendingGlobal;
        char carryOpen = pendingOpen;
        pendingGlobal = -1;

        int first = text.TokenAt(paraStart);
        int last = -1;
        for (int t = first; t < tokens.Length && tokens[t].Start < paraEnd; t++)
        {
            last = t;
            if (tokens[t].Kind == TokenKind.Quote)
            {
                int start = tokens[t].Start;
                char c = source[start];
                markEnd = tokens[t].End;
                markLastToken = t;

                // Two single marks typed for a double one (''quote'', “question’’) act as that double mark.
                if (c is '\'' or '‘' or '’' && t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Quote
                    && tokens[t + 1].Start == markEnd && tokens[t + 1].End <= paraEnd && source[markEnd] == c)
                {
                    markEnd = tokens[t + 1].End;
                    markLastToken = t + 1;
                    c = c switch
                    {
                        '\'' => '"',
                        '‘' => '“',
                        _ => '”',
                    };
                }

                HandleMark(t, c, t == first ? carry : -1, carryOpen);
                last = t = markLastToken;
            }
        }

        // What is still open at the paragraph's end stays unclosed; the outermost may continue.
        int continuing = -1;
        if (depth > 0 && !QuoteMarks.IsSingle(frames[stack[0]].OpenChar) && last >= 0
            && tokens[last].Kind is TokenKind.Terminal or TokenKind.Punctuation && !EndsWithAttributionTail(last))
        {
            continuing = stack[0];
        }

        EndAbove(-1, paraEnd);
        Flush(first);
        if (continuing >= 0)
        {
            pendingGlobal = frames[continuing].Global;
            pendingOpen = frames[continuing].OpenChar;
        }
    }

    private void HandleMark(int t, char c, int carry, char carryOpen)
    {
        int i = tokens[t].Start;
        char p = i > paraStart ? source[i - 1] : ' ';
        char n = markEnd < paraEnd ? source[markEnd] : ' ';
        bool prevSpace = char.IsWhiteSpace(p);
        bool nextSpace = char.IsWhiteSpace(n);
        bool prevBoundary = prevSpace || CharClass.IsOpenBracket(p) || CharClass.IsDash(p) || CharClass.IsQuote(p);
        bool nextBoundary = nextSpace || CharClass.IsTerminal(n) || n is ',' or ';' or ':'
            || CharClass.IsCloseBracket(n) || CharClass.IsDash(n) || CharClass.IsQuote(n);
        bool opening = prevBoundary && !nextSpace;
        bool closing = nextBoundary && !prevSpace;
        bool pureOpen = opening && !closing;
        int k = NearestClosable(c);

        switch (c)
        {
            case '"' or '\'':
                bool single = c == '\'';
                if (k < 0 && !single && closing && !opening)
                {
                    // Mixed marks (“Our roads ... crumbling," she said): a straight closer ends a curly quote.
                    k = NearestCurlyDouble();
                }

                if (pureOpen)
                {
                    // A single mark opens only before a word: ' 90s, 'n' and stray marks stay text.
                    if (!single || CharClass.IsWordChar(n) || CharClass.IsQuote(n))
                    {
                        Open(t, c, carry, carryOpen);
                    }
                }
                else if (k >= 0 && !(single && prevSpace))
                {
                    Close(k, t);
                }
                else if (!single && !prevSpace && !nextSpace && !closing)
                {
                    // Glued between letters (word"word) with nothing open: the best guess is an opening.
                    Open(t, c, carry, carryOpen);
                }

                break;
            case '“' or '‟' or '‘':
                // “ closes „ and ‘ closes ‚ (German); otherwise they open, unless typed twice as a closer.
                if (k >= 0)
                {
                    Close(k, t);
                }
                else if (closing && !opening && NearestOpenedBy(c) is var same and >= 0)
                {
                    Close(same, t);
                }
                else
                {
                    Open(t, c, carry, carryOpen);
                }

                break;
            case '”' or '’':
                if (k >= 0 && !(c == '’' && pureOpen))
                {
                    Close(k, t);
                }
                else if (c == '”' && (pureOpen || (prevBoundary && OpensElision(markEnd))))
                {
                    // Swedish style ”...”; a lone ’ before a word is an elision (’90s), not a quote.
                    // Nothing open and an ellipsis after it (” … what I learned”): a mistyped opening mark.
                    Open(t, c, carry, carryOpen);
                }

                break;
            case '«' or '‹':
                if (k >= 0)
                {
                    Close(k, t);
                }
                else
                {
                    Open(t, c, carry, carryOpen);
                }

                break;
            case '»' or '›':
                if (k >= 0)
                {
                    Close(k, t);
                }
                else if (pureOpen)
                {
                    // German style »...«.
                    Open(t, c, carry, carryOpen);
                }

                break;
            case '„' or '‚':
                Open(t, c, carry, carryOpen);
                break;
            default:
                break;
        }
    }

    /// <summary>An ellipsis, after spaces, then a word: the quotation starts in the middle of what was said.</summary>
    private bool OpensElision(int at)
    {
        int i = at;
        while (i < paraEnd && source[i] == ' ')
        {
            i++;
        }

        int dots = i;
        while (i < paraEnd && (source[i] == '…' || source[i] == '.'))
        {
            i++;
        }

        bool ellipsis = i > dots && (source[dots] == '…' || i - dots >= 3);
        while (i < paraEnd && source[i] == ' ')
        {
            i++;
        }

        return ellipsis && i < paraEnd && CharClass.IsWordChar(source[i]);
    }

    /// <summary>Opens a quote at token <paramref name="t"/>, or reopens an open one after a sentence end.</summary>
    private void Open(int t, char c, int carry, char carryOpen)
    {
        int at = tokens[t].Start;
        int continuedLocal = -1;
        var restart = QuoteMarks.IsSingle(c) ? Restart.None : RestartBefore(at);
        if (restart != Restart.None && NearestOpenedBy(c) is var open and >= 0)
        {
            // "... 26 weeks. "We are going ...": the open quote is not nested into but continued;
            // after "... said: "We" a new quote starts where the old one was left unclosed.
            EndAbove(open - 1, at);
            continuedLocal = restart == Restart.Continue ? stack[open] : -1;
            depth = open;
        }
        else if (depth == QuoteFinder.MaxDepth)
        {
            overflow++;
            return;
        }

        if (frameCount == frames.Length)
        {
            Array.Resize(ref frames, frames.Length * 2);
        }

        frames[frameCount] = new Frame
        {
            OpenChar = c,
            OpenToken = t,
            OpenStart = at,
            OpenEnd = markEnd,
            Parent = depth > 0 ? stack[depth - 1] : -1,
            ContinuedLocal = continuedLocal,
            ContinuedGlobal = carry >= 0 && c == carryOpen ? carry : -1,
            Global = -1,
        };
        stack[depth++] = frameCount++;
    }

    /// <summary>Closes the open quote at stack level <paramref name="level"/> with the mark at token <paramref name="t"/>.</summary>
    private void Close(int level, int t)
    {
        if (overflow > 0 && level == depth - 1)
        {
            overflow--;
            return;
        }

        int at = tokens[t].Start;
        EndAbove(level, at);
        ref var f = ref frames[stack[level]];
        f.Closed = true;
        f.InnerEnd = at;
        f.End = markEnd;
        depth = level;
        lastCloseToken = markLastToken;
    }

    /// <summary>Ends, unclosed at <paramref name="at"/>, every open quote above stack level <paramref name="level"/>.</summary>
    private void EndAbove(int level, int at)
    {
        for (int d = depth - 1; d > level; d--)
        {
            ref var f = ref frames[stack[d]];
            f.Closed = false;
            f.InnerEnd = at;
            f.End = at;
        }

        depth = Math.Max(0, level + 1);
        overflow = 0;
    }

    /// <summary>Stack level of the innermost open quote that <paramref name="close"/> can close, or -1.</summary>
    private int NearestClosable(char close)
    {
        for (int d = depth - 1; d >= 0; d--)
        {
            if (QuoteMarks.Closes(frames[stack[d]].OpenChar, close))
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>Stack level of the innermost open “ or „ quote, or -1.</summary>
    private int NearestCurlyDouble()
    {
        for (int d = depth - 1; d >= 0; d--)
        {
            if (frames[stack[d]].OpenChar is '“' or '‟' or '„')
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>Stack level of the innermost open quote opened with the same character, or -1.</summary>
    private int NearestOpenedBy(char open)
    {
        for (int d = depth - 1; d >= 0; d--)
        {
            if (frames[stack[d]].OpenChar == open)
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>
    /// How an opening mark at <paramref name="at"/> relates to a quote of its kind that is still open:
    /// after a sentence end (closing marks and white space allowed between) it continues that quote;
    /// after a colon and before a capital it starts a new one; otherwise it nests.
    /// </summary>
    private Restart RestartBefore(int at)
    {
        int j = at - 1;
        while (j >= paraStart && char.IsWhiteSpace(source[j]))
        {
            j--;
        }

        // Require a space before the mark so that glued marks ("word."") keep their usual reading.
        if (j < paraStart || j == at - 1)
        {
            return Restart.None;
        }

        if (source[j] == ':')
        {
            return markEnd < paraEnd && char.IsUpper(source[markEnd]) ? Restart.New : Restart.None;
        }

        // Skip a few closing marks: bandwidth.' "It can't ...
        int floor = Math.Max(paraStart, j - 3);
        while (j > floor && CharClass.IsQuote(source[j]))
        {
            j--;
        }

        return CharClass.IsTerminal(source[j]) ? Restart.Continue : Restart.None;
    }

    /// <summary>
    /// True when the paragraph ends with a short clause after a closing mark (<c>" - he said.</c>,
    /// <c>", the minister added.</c>): the writer has left the quote, even if its opening was never
    /// matched, so the next paragraph's quote is a new one.
    /// </summary>
    private bool EndsWithAttributionTail(int last)
    {
        int t = lastCloseToken;
        if (t < 0 || t + 3 > last || tokens[last].Kind != TokenKind.Terminal
            || tokens[t + 1].Kind is not (TokenKind.Dash or TokenKind.Punctuation))
        {
            return false;
        }

        int words = last - (t + 2);
        if (words > MaxTailWords)
        {
            return false;
        }

        for (int w = t + 2; w < last; w++)
        {
            if (tokens[w].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Emits the paragraph's quotes in opening order (which is Outer.Start order) and resets.</summary>
    private void Flush(int firstToken)
    {
        for (int j = 0; j < frameCount; j++)
        {
            ref var f = ref frames[j];

            // A single mark never closed was an apostrophe after all.
            if (!f.Closed && QuoteMarks.IsSingle(f.OpenChar))
            {
                continue;
            }

            int level = 0;
            for (int a = f.Parent; a >= 0; a = frames[a].Parent)
            {
                if (frames[a].Global >= 0)
                {
                    level++;
                }
            }

            int innerStart = f.OpenEnd;
            int innerEnd = Math.Max(innerStart, f.InnerEnd);
            int outerEnd = Math.Max(innerStart, f.End);
            if (!f.Closed)
            {
                outerEnd = TrimEnd(innerStart, outerEnd);
            }

            innerEnd = TrimEnd(innerStart, Math.Min(innerEnd, outerEnd));
            while (innerStart < innerEnd && char.IsWhiteSpace(source[innerStart]))
            {
                innerStart++;
            }

            // An empty quotation ("" or a lone mark at the paragraph's end) says nothing.
            if (innerStart >= innerEnd)
            {
                continue;
            }

            var inner = new TextSpan(innerStart, innerEnd);
            int continued = f.ContinuedGlobal >= 0 ? f.ContinuedGlobal
                : f.ContinuedLocal >= 0 ? frames[f.ContinuedLocal].Global
                : -1;
            var (words, termLike) = TermShape.Measure(text, inner, Math.Max(firstToken, f.OpenToken));
            f.Global = result.Count;
            result.Add(new Quotation(
                new TextSpan(f.OpenStart, outerEnd),
                inner,
                QuoteMarks.StyleOf(f.OpenChar),
                f.Closed,
                level,
                continued,
                words,
                termLike));
        }
    }

    private int TrimEnd(int floor, int end)
    {
        while (end > floor && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>One quote of the current paragraph; indices are into the paragraph's frame list.</summary>
    private struct Frame
    {
        public char OpenChar;
        public int OpenToken;
        public int OpenStart;
        public int OpenEnd;
        public int Parent;
        public int End;
        public int InnerEnd;
        public bool Closed;
        public int ContinuedLocal;
        public int ContinuedGlobal;
        public int Global;
    }

    private enum Restart
    {
        None,
        Continue,
        New,
    }
}
