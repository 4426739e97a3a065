using System.Buffers;
using ClaimCheck.Rules.Files;

namespace ClaimCheck.Text.Segmentation;

/// <summary>
/// Splits a <see cref="SourceText"/> into paragraphs, sentences and tokens, all as offsets.
/// A paragraph is a run of non-blank lines. Immutable and thread-safe once built.
/// </summary>
public sealed class Segmenter
{
    private readonly Tokenizer tokenizer;
    private readonly SentenceSplitter splitter;

    public Segmenter(AbbreviationsFile abbreviations)
    {
        var set = new AbbreviationSet(abbreviations);
        tokenizer = new Tokenizer(set);
        splitter = new SentenceSplitter(set);
    }

    public SegmentedText Segment(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string text = source.Text;
        var (tokens, sentences, paragraphs) = Rent();

        int pos = 0;
        while (pos < text.Length)
        {
            var (start, end, next) = NextParagraph(text, pos);
            pos = next;
            if (start >= end)
            {
                continue;
            }

            int firstToken = tokens.Count;
            tokenizer.Tokenize(text, start, end, tokens);
            if (tokens.Count == firstToken)
            {
                continue;
            }

            int firstSentence = sentences.Count;
            splitter.Split(text, tokens, firstToken, tokens.Count, paragraphs.Count, sentences);
            paragraphs.Add(new Paragraph(start, end, firstSentence, sentences.Count - firstSentence));
        }

        var segmented = new SegmentedText(source, [.. paragraphs], [.. sentences], [.. tokens]);
        if (tokens.Capacity > MaxKeptTokens)
        {
            scratch = null; // one huge article must not pin its lists for the thread's lifetime
        }

        return segmented;
    }

    private const int MaxKeptTokens = 1 << 20;

    // Lists reused per thread from one article to the next: only the final arrays are allocated
    // (growing fresh lists and copying them out allocated each token twice or more).
    [ThreadStatic]
    private static (List<Token>, List<Sentence>, List<Paragraph>)? scratch;

    private static (List<Token> Tokens, List<Sentence> Sentences, List<Paragraph> Paragraphs) Rent()
    {
        var lists = scratch ??= ([], [], []);
        var (tokens, sentences, paragraphs) = lists;
        tokens.Clear();
        sentences.Clear();
        paragraphs.Clear();
        return lists;
    }

    /// <summary>The characters <see cref="CharClass.IsLineBreak"/> accepts.</summary>
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    /// <summary>Finds the next run of non-blank lines at or after <paramref name="pos"/>, trimmed of white space.</summary>
    private static (int Start, int End, int Next) NextParagraph(string text, int pos)
    {
        // Skip blank lines and leading white space.
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }

        int start = pos;
        int lastContent = pos;
        while (pos < text.Length)
        {
            // Jump to the line's end (vectorised search), then step back over its trailing white space.
            int found = text.AsSpan(pos).IndexOfAny(LineBreaks);
            int lineEnd = found < 0 ? text.Length : pos + found;
            int contentEnd = lineEnd;
            while (contentEnd > pos && char.IsWhiteSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }

            if (contentEnd > pos)
            {
                lastContent = contentEnd;
            }

            pos = lineEnd;
            if (pos >= text.Length)
            {
                break;
            }

            char c = text[pos];

            // A paragraph ends at a line followed by a blank line (only white space up to the next break).
            int j = pos + 1;
            if (c == '\r' && j < text.Length && text[j] == '\n')
            {
                j++;
            }

            int k = j;
            while (k < text.Length && char.IsWhiteSpace(text[k]) && !CharClass.IsLineBreak(text[k]))
            {
                k++;
            }

            if (k >= text.Length || CharClass.IsLineBreak(text[k]))
            {
                return (start, lastContent, k);
            }

            pos = j;
        }

        return (start, lastContent, pos);
    }
}
