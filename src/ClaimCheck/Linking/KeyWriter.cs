namespace ClaimCheck.Linking;

/// <summary>
/// Appends characters to a caller's buffer (the part of <see cref="System.Text.StringBuilder"/> that
/// <see cref="NameKey.Of"/> needs): a name key is built on the stack and allocated once, as the result.
/// </summary>
internal ref struct KeyWriter
{
    private readonly Span<char> buffer;
    private int length;

    public KeyWriter(Span<char> buffer)
    {
        this.buffer = buffer;
        length = 0;
    }

    public void Append(char c) => buffer[length++] = c;

    public override readonly string ToString() => new(buffer[..length]);
}
