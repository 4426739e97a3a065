using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>
/// The tokens of one text for overlap scoring: maximal runs of letters and digits, numbered in order.
/// Punctuation and spaces are not tokens, so where a span starts or ends around them does not matter.
/// </summary>
internal sealed class TokenIndex
{
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    public TokenIndex(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            _starts.Add(start);
            _ends.Add(i);
        }
    }

    public int Count => _starts.Count;

    /// <summary>The numbers of the tokens that share at least one character with <paramref name="span"/>.</summary>
    public IEnumerable<int> Covered(TextSpan span)
    {
        // Ends increase with the token number: find the first token that ends after the span starts.
        int lo = 0, hi = _ends.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_ends[mid] > span.Start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        for (var t = lo; t < _starts.Count && _starts[t] < span.End; t++)
        {
            yield return t;
        }
    }

    public HashSet<int> Covered(IEnumerable<TextSpan> spans)
    {
        var set = new HashSet<int>();
        foreach (var span in spans)
        {
            set.UnionWith(Covered(span));
        }
        return set;
    }
}
