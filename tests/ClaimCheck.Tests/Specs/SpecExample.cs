namespace ClaimCheck.Tests.Specs;

/// <summary>One example of a literate spec file: a heading, an input block and expected blocks by name.</summary>
public sealed record SpecExample(string File, string Name, int Line, string Input, IReadOnlyDictionary<string, string> Expected)
{
    public override string ToString() => $"{Path.GetFileName(File)}:{Line} {Name}";
}
