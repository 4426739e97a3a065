using ClaimCheck.Rules;
using ClaimCheck.Tests.Rules;

namespace ClaimCheck.Tests.Linking;

public sealed class ReportRuleFileTests : IDisposable
{
    private readonly RuleFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_shipped_aliases_and_framing_files_load()
    {
        var rules = RuleLoader.Load(TestRules.RulesDir).Rules!;
        Assert.Contains(rules.Aliases.Aliases, a => a.Name == "Vladimir Putin");
        Assert.Contains(rules.Framing.Hedges, h => h.Label == "reportedly");
        Assert.Contains("the", rules.Framing.Stopwords);
    }

    [Fact]
    public void A_form_of_two_aliases_is_reported_with_its_position()
    {
        folder.Write("aliases.yaml", """
            aliases:
              - id: a
                name: Vladimir Putin
                forms: [VVP]
              - id: b
                name: Someone Else
                forms: [vvp]
            """);
        var d = Assert.Single(folder.Load().Diagnostics);
        Assert.Equal(RuleIds.InvalidValue, d.Id);
        Assert.Contains("also a form of 'a'", d.Message, StringComparison.Ordinal);
        Assert.Equal(5, d.Line);
    }

    [Fact]
    public void Unknown_keys_and_types_in_aliases_are_errors()
    {
        folder.Write("aliases.yaml", """
            aliases:
              - id: a
                name: X
                type: planet
                forms: [Y]
                nickname: Z
            """);
        var ids = folder.Load().Diagnostics.Select(d => d.Id).ToList();
        Assert.Contains(RuleIds.UnknownKey, ids);
    }

    [Fact]
    public void Empty_hedge_list_is_an_error()
    {
        folder.Write("framing.yaml", "hedges: []\nstopwords: [the]\n");
        var d = Assert.Single(folder.Load().Diagnostics);
        Assert.Equal(RuleIds.EmptyLexicon, d.Id);
    }
}
