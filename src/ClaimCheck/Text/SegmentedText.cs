using System.Runtime.CompilerServices;

namespace ClaimCheck.Text;

/// <summary>The segmentation of one <see cref="SourceText"/>: paragraphs, sentences and tokens as offset arrays.</summary>
public sealed class SegmentedText
{
    public SegmentedText(SourceText source, Paragraph[] paragraphs, Sentence[] sentences, Token[] tokens)
    {
        Source = source;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        TokenArray = tokens;
        SentenceArray = sentences;
    }

    /// <summary>The tokens as the array they are: hot loops index it without interface calls.</summary>
    internal Token[] TokenArray { get; }

    /// <summary>The sentences as the array they are.</summary>
    internal Sentence[] SentenceArray { get; }

    public SourceText Source { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Token> Tokens { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot and tiny; without PGO the JIT left it a call
    public ReadOnlySpan<char> TextOf(Token token) => Source.Text.AsSpan(token.Start, token.Length);

    /// <summary>Index of the token that contains or starts after <paramref name="position"/>.</summary>
    public int TokenAt(int position)
    {
        int lo = 0, hi = TokenArray.Length - 1, found = TokenArray.Length;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (TokenArray[mid].End > position)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    /// <summary>Index of the sentence that contains <paramref name="position"/>, or -1.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = SentenceArray.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = SentenceArray[mid];
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
