namespace ClaimCheck.Input;

/// <summary>An input path that could not be used; the caller reports it and goes on with the rest.</summary>
public sealed record InputError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
