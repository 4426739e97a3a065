namespace ClaimCheck.Text;

/// <summary>
/// The text of one document exactly as read. Nothing downstream edits it: every finding
/// cites half-open UTF-16 offsets into <see cref="Text"/>.
/// </summary>
public sealed class SourceText
{
    public SourceText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text;
    }

    /// <summary>The document's name as given by the user (used in output, never reopened).</summary>
    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public char CharAt(int index) => index >= 0 && index < Text.Length ? Text[index] : '\0';
}
