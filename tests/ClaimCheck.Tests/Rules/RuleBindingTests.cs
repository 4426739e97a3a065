using ClaimCheck.Rules;
using ClaimCheck.Rules.Loading;

namespace ClaimCheck.Tests.Rules;

/// <summary>The generic binder, through a DTO with every supported property kind.</summary>
public sealed class RuleBindingTests
{
    private const string File = "sample.yaml";

    [Fact]
    public void Every_supported_property_kind_is_read()
    {
        var (dto, diagnostics) = Read("""
            name: sample
            count: -3
            weight: 0.5
            enabled: true
            mode: social_media
            labels:
              a: b
            main:
              id: m
            items:
              - id: one
                words: [x, y]
            """);

        Assert.Empty(diagnostics);
        var sample = Assert.IsType<SampleRuleFile>(dto);
        Assert.Equal(("sample", -3, 0.5, true, SampleMode.SocialMedia), (sample.Name, sample.Count, sample.Weight, sample.Enabled, sample.Mode));
        Assert.Equal("b", sample.Labels["a"]);
        Assert.Equal("m", sample.Main!.Id);
        Assert.Equal(["x", "y"], Assert.Single(sample.Items).Words);
    }

    [Fact]
    public void Validate_locates_nested_list_items()
    {
        var (_, diagnostics) = Read("""
            name: sample
            items:
              - id: good
              -   id: bad
            """);

        var d = Assert.Single(diagnostics);
        Assert.Equal((4, 7, RuleIds.InvalidValue, "bad item"), (d.Line, d.Column, d.Id, d.Message));
    }

    [Fact]
    public void Missing_required_keys_are_reported_at_their_mapping_or_empty_value()
    {
        var (_, diagnostics) = Read("""
            count: 3
            items:
              - words: [a]
              - id: ~
              - id: "  "
            """);

        Assert.Collection(
            diagnostics,
            d => AssertAt(d, 1, 1, RuleIds.MissingField, "missing required key 'name'"),
            d => AssertAt(d, 3, 5, RuleIds.MissingField, "missing required key 'id'"),
            d => AssertAt(d, 4, 9, RuleIds.MissingField, "'id' is required but has no value"),
            d => AssertAt(d, 5, 9, RuleIds.MissingField, "'id' is required and must not be empty"));
    }

    [Fact]
    public void Required_keys_are_checked_in_an_empty_file()
    {
        var (_, diagnostics) = Read("");

        AssertAt(Assert.Single(diagnostics), 1, 1, RuleIds.MissingField, "missing required key 'name'");
    }

    [Fact]
    public void Wrong_shapes_are_all_reported()
    {
        var (_, diagnostics) = Read("""
            name: [a]
            weight: abc
            enabled: yes
            mode: other
            labels: x
            main: [m]
            items:
              - just text
              -
            """);

        Assert.Collection(
            diagnostics,
            d => AssertAt(d, 1, 7, RuleIds.WrongShape, "'name' must be text, found a list"),
            d => AssertAt(d, 2, 9, RuleIds.WrongShape, "'weight' must be a number, found 'abc'"),
            d => AssertAt(d, 3, 10, RuleIds.WrongShape, "'enabled' must be true or false, found 'yes'"),
            d => AssertAt(d, 4, 7, RuleIds.WrongShape, "'mode' must be one of plain, social_media"),
            d => AssertAt(d, 5, 9, RuleIds.WrongShape, "'labels' must be a mapping (key: value), found 'x'"),
            d => AssertAt(d, 6, 7, RuleIds.WrongShape, "'main' must be a mapping of keys (key: value), found a list; allowed keys: id, words"),
            d => AssertAt(d, 8, 5, RuleIds.WrongShape, "item 1 of 'items' must be a mapping of keys"),
            d => AssertAt(d, 9, 4, RuleIds.WrongShape, "item 2 of 'items' has no value"));
    }

    [Fact]
    public void Duplicate_keys_are_found_at_every_level()
    {
        var (_, diagnostics) = Read("""
            name: a
            main:
              id: x
              id: y
            name: b
            """);

        Assert.Collection(
            diagnostics,
            d => AssertAt(d, 4, 3, RuleIds.DuplicateKey, "duplicate key 'id' (first given at line 3, column 3)"),
            d => AssertAt(d, 5, 1, RuleIds.DuplicateKey, "duplicate key 'name' (first given at line 1, column 1)"));
    }

    [Fact]
    public void Undefined_alias_is_a_syntax_error()
    {
        var (dto, diagnostics) = Read("name: *nowhere\n");

        Assert.Null(dto);
        Assert.Equal(RuleIds.YamlSyntax, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Unclosed_flow_list_that_trips_the_scanner_is_still_a_positioned_syntax_error()
    {
        var (dto, diagnostics) = Read("name: a\nlabels: [1, 2\ncount: 3\n");

        Assert.Null(dto);
        AssertAt(Assert.Single(diagnostics), 2, 11, RuleIds.YamlSyntax, "unclosed '['");
    }

    [Fact]
    public void Unsupported_property_type_is_a_programming_error()
    {
        var e = Assert.Throws<NotSupportedException>(() => RuleFileReader.Read(File, "", typeof(UnsupportedRuleFile), []));

        Assert.Contains("UnsupportedRuleFile.When", e.Message, StringComparison.Ordinal);
    }

    private static (IRuleFile? Dto, List<RuleDiagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new List<RuleDiagnostic>();
        var dto = RuleFileReader.Read(File, yaml.ReplaceLineEndings("\n"), typeof(SampleRuleFile), diagnostics);
        return (dto, diagnostics);
    }

    private static void AssertAt(RuleDiagnostic d, int line, int column, string id, string fragment)
    {
        Assert.Equal((File, line, column, id), (d.File, d.Line, d.Column, d.Id));
        Assert.Contains(fragment, d.Message, StringComparison.Ordinal);
    }
}
