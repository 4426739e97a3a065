using System.Diagnostics.CodeAnalysis;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// A sequence of elements over tokens, written in rule files as text:
/// <c>QUOTE ,? CUE SOURCE</c>, <c>according to SOURCE , CONTENT</c>, <c>(in|during) (a|an) interview</c>.
/// Upper-case names are slots, lower-case words and punctuation are literals, <c>?</c> makes an element
/// optional, <c>(a|b c)</c> is a choice of word sequences, <c>SLOT:filter</c> narrows a slot.
/// </summary>
public sealed class TokenPattern
{
    private TokenPattern(string text, IReadOnlyList<PatternElement> elements)
    {
        Text = text;
        Elements = elements;
    }

    public string Text { get; }

    public IReadOnlyList<PatternElement> Elements { get; }

    public override string ToString() => Text;

    public static TokenPattern Parse(string text) =>
        TryParse(text, out var pattern, out var error) ? pattern : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out TokenPattern? pattern, [NotNullWhen(false)] out string? error)
    {
        pattern = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the pattern is empty";
            return false;
        }

        var elements = new List<PatternElement>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            string atom;
            bool group = text[i] == '(';
            if (group)
            {
                int close = text.IndexOf(')', i + 1);
                if (close < 0)
                {
                    error = $"'(' at position {i + 1} is never closed";
                    return false;
                }

                atom = text[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                int start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '(')
                {
                    i++;
                }

                atom = text[start..i];
            }

            bool optional = false;
            if (i < text.Length && text[i] == '?' && group)
            {
                optional = true;
                i++;
            }
            else if (!group && atom.Length > 1 && atom[^1] == '?')
            {
                optional = true;
                atom = atom[..^1];
            }

            if (!TryParseAtom(atom, group, optional, out var element, out error))
            {
                return false;
            }

            elements.Add(element);
        }

        if (elements.All(e => e.Optional || e.Kind is PatternElementKind.Skip or PatternElementKind.Start or PatternElementKind.End))
        {
            error = "every element is optional, so the pattern could match nothing";
            return false;
        }

        for (int k = 1; k < elements.Count; k++)
        {
            if (elements[k].Kind == PatternElementKind.Content && elements[k - 1].Kind == PatternElementKind.Content)
            {
                error = "two CONTENT slots in a row cannot be told apart";
                return false;
            }
        }

        pattern = new TokenPattern(text.Trim(), elements);
        error = null;
        return true;
    }

    private static bool TryParseAtom(string atom, bool group, bool optional, [NotNullWhen(true)] out PatternElement? element, [NotNullWhen(false)] out string? error)
    {
        element = null;
        if (group)
        {
            var alternatives = new List<string[]>();
            foreach (var alt in atom.Split('|'))
            {
                var words = alt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    error = $"the choice '({atom})' has an empty alternative";
                    return false;
                }

                foreach (var w in words)
                {
                    if (!IsLiteral(w))
                    {
                        error = $"'{w}' in '({atom})' is not a lower-case word or punctuation mark";
                        return false;
                    }
                }

                alternatives.Add(words);
            }

            element = new PatternElement(PatternElementKind.Literal, optional, null, alternatives);
            error = null;
            return true;
        }

        string name = atom;
        string? filter = null;
        int colon = atom.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < atom.Length - 1 && char.IsUpper(atom[0]))
        {
            name = atom[..colon];
            filter = atom[(colon + 1)..];
        }

        PatternElementKind? kind = name switch
        {
            "QUOTE" => PatternElementKind.Quote,
            "CUE" => PatternElementKind.Cue,
            "SOURCE" => PatternElementKind.Source,
            "OUTLET" => PatternElementKind.Outlet,
            "CONTENT" => PatternElementKind.Content,
            "OBJECT" => PatternElementKind.Other,
            "SKIP" => PatternElementKind.Skip,
            "END" => PatternElementKind.End,
            "START" => PatternElementKind.Start,
            _ => null,
        };
        if (kind == PatternElementKind.Skip && filter is not null && (!int.TryParse(filter, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1 || n > 30))
        {
            error = $"'{atom}': SKIP takes a count from 1 to 30";
            return false;
        }

        if (kind is { } k)
        {
            element = new PatternElement(k, optional, filter, []);
            error = null;
            return true;
        }

        if (atom.Any(char.IsUpper))
        {
            error = $"unknown slot '{atom}' (slots are QUOTE, CUE, SOURCE, OUTLET, OBJECT, CONTENT, SKIP, START, END; literals are lower case)";
            return false;
        }

        if (!IsLiteral(atom))
        {
            error = $"'{atom}' is not a lower-case word or punctuation mark";
            return false;
        }

        element = new PatternElement(PatternElementKind.Literal, optional, null, [[atom]]);
        error = null;
        return true;
    }

    private static bool IsLiteral(string word) =>
        word.Length > 0 && word.All(c => char.IsLower(c) || char.IsDigit(c) || c is '\'' or '-' or '.' or ',' or ':' or ';' or '&');
}
