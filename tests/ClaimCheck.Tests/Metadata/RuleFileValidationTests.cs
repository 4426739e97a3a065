using ClaimCheck.Metadata;
using ClaimCheck.Rules;
using ClaimCheck.Rules.Files;

namespace ClaimCheck.Tests.Metadata;

/// <summary>The repository's rule files are valid; broken ones give the documented diagnostic ids.</summary>
public class RuleFileValidationTests
{
    [Fact]
    public void The_repository_rule_files_are_valid()
    {
        Assert.Empty(TestRules.Validate(TestRules.Outlets()));
        Assert.Empty(TestRules.Validate(TestRules.Boilerplate()));
        Assert.Empty(TestRules.Validate(TestRules.MetadataSettings()));
    }

    [Fact]
    public void The_outlet_list_is_broad_and_covers_the_required_names()
    {
        var outlets = TestRules.Outlets().Outlets;
        Assert.True(outlets.Count >= 60, $"{outlets.Count} outlets");
        var names = outlets.SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in new[] { "Reuters", "AP", "AFP", "TASS", "RIA", "Interfax", "Xinhua", "NG", "Nezavisimaya Gazeta", "RT", "Russia Today", "Charter 97", "The Moscow Times", "Meduza", "BBC", "CNN", "X", "VK", "Telegram" })
        {
            Assert.Contains(name, names);
        }

        Assert.Equal("agency", outlets.Single(o => o.Name == "TASS").Type);
        Assert.Equal("social_media", outlets.Single(o => o.Name == "Facebook").Type);
    }

    [Fact]
    public void Outlet_problems_are_reported()
    {
        var file = TestRules.FromYaml<OutletsFile>("""
            outlets:
              - id: a
                name: A
                type: newspaper
                signatures: [Same sign]
              - id: a
                name: B
              - id: c
                name: C
                signatures: [same sign]
            """);
        var ids = TestRules.Validate(file).Select(d => d.Id).ToList();
        Assert.Contains(RuleIds.InvalidValue, ids);
        Assert.Contains(RuleIds.DuplicateRuleId, ids);
        Assert.Equal(3, ids.Count);
    }

    [Fact]
    public void Boilerplate_problems_are_reported()
    {
        var file = TestRules.FromYaml<BoilerplateFile>("""
            rules:
              - id: empty
              - id: bad-regex
                regex: '(?<=a)b'
              - id: odd
                kind: sometimes
              - id: teaser
                kind: teaser
              - kind: repeat
            """);
        var diagnostics = TestRules.Validate(file);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.MissingField && d.Message.Contains("'empty'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidRegex && d.Message.Contains("bad-regex", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidValue && d.Message.Contains("sometimes", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidValue && d.Message.Contains("window", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.MissingField && d.Message.Contains("needs an 'id'", StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_problems_are_reported()
    {
        var file = TestRules.FromYaml<MetadataFile>("""
            months:
              - number: 13
                names: [Smarch]
              - number: 1
                names: [Jan.]
            date_formats:
              - id: bad
                pattern: "{day} {month} {yr}"
              - id: bad
                pattern: "{day} {month}"
                where: somewhere
            """);
        var diagnostics = TestRules.Validate(file);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidValue && d.Message.Contains("13", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidValue && d.Message.Contains("final period", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.EmptyLexicon && d.Message.Contains("twelve", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidPattern && d.Message.Contains("{yr}", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidPattern && d.Message.Contains("needs {year}", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.DuplicateRuleId);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidValue && d.Message.Contains("somewhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_edited_in_yaml_change_behaviour_without_code()
    {
        var boilerplate = TestRules.FromYaml<BoilerplateFile>("""
            rules:
              - id: house-footer
                prefixes: ["Copyright Example News"]
            """);
        var outlets = TestRules.FromYaml<OutletsFile>("""
            outlets:
              - id: example
                name: Example News
                signatures: ["Copyright Example News"]
            """);
        var extractor = new MetadataExtractor(outlets, boilerplate, TestRules.MetadataSettings());
        var text = new ClaimCheck.Text.SourceText("t", "Headline Of The Day\n\nBody text that says things.\n\nCopyright Example News 2024. All rights reserved.\n");
        var m = extractor.Extract(text);
        Assert.Equal("Example News", m.Outlet);
        Assert.Equal("Copyright Example News 2024. All rights reserved.", text.ToString(Assert.Single(m.Boilerplate)));
        Assert.Equal("Headline Of The Day", m.Title);
    }

    [Theory]
    [InlineData("(a")]
    [InlineData("(?=a)b")]
    public void An_invalid_regex_fails_construction_not_extraction(string regex)
    {
        var boilerplate = new BoilerplateFile { Rules = [new BoilerplateRule { Id = "x", Regex = regex }] };
        Assert.Throws<ArgumentException>(() => new MetadataExtractor(TestRules.Outlets(), boilerplate, TestRules.MetadataSettings()));
    }
}
