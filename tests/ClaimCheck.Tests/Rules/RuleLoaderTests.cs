using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Rules;

public sealed class RuleLoaderTests : IDisposable
{
    private readonly RuleFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Minimal_folder_loads_without_diagnostics()
    {
        var result = folder.Load();

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Rules);
        Assert.Equal("say", Assert.Single(result.Rules.Cues.Cues).Id);
        Assert.Equal(["say", "says", "said"], result.Rules.Cues.Cues[0].Forms);
        Assert.Equal(10, result.Rules.Patterns.Patterns[0].Priority);
        Assert.Equal(["U.S."], result.Rules.Abbreviations.SentenceFinal);
        Assert.Equal(folder.Path, result.Rules.Directory);
    }

    [Fact]
    public void Yaml_syntax_error_has_the_parser_position()
    {
        folder.Write("cues.yaml", """
            cues:
              - id: "say
            """);

        var d = Single(folder.Load());

        AssertAt(d, "cues.yaml", 2, 9, RuleIds.YamlSyntax, "quoted scalar");
    }

    [Fact]
    public void Unknown_key_names_the_key_suggests_and_lists_allowed_keys()
    {
        folder.Write("cues.yaml", """
            cues:
              - id: say
                lemma: say
                forms: [say]
                stanse: neutral
            """);

        var d = Single(folder.Load());

        AssertAt(d, "cues.yaml", 5, 5, RuleIds.UnknownKey, "unknown key 'stanse' (did you mean 'stance'?); allowed keys: id, lemma, forms, stance, act");
    }

    [Fact]
    public void Duplicate_key_is_reported_and_the_rest_of_the_file_is_still_checked()
    {
        folder.Write("cues.yaml", """
            cues:
              - id: say
                id: said
                lemma: say
                forms: [say]
                colour: red
            """);

        var result = folder.Load();

        Assert.Null(result.Rules);
        Assert.Equal(2, result.Diagnostics.Count);
        AssertAt(result.Diagnostics[0], "cues.yaml", 3, 5, RuleIds.DuplicateKey, "duplicate key 'id' (first given at line 2, column 5)");
        AssertAt(result.Diagnostics[1], "cues.yaml", 6, 5, RuleIds.UnknownKey, "unknown key 'colour'");
    }

    [Fact]
    public void Text_where_a_list_is_expected_is_a_wrong_shape_without_follow_on_errors()
    {
        folder.Write("cues.yaml", """
            cues:
              - id: say
                lemma: say
                forms: said
            """);

        // Validate would add "needs at least one form"; it is skipped because the structure is broken.
        var d = Single(folder.Load());

        AssertAt(d, "cues.yaml", 4, 12, RuleIds.WrongShape, "'forms' must be a list, found 'said'");
    }

    [Theory]
    [InlineData("high", "'priority' must be a whole number, found 'high'")]
    [InlineData("1.5", "'priority' must be a whole number, found '1.5'")]
    [InlineData("\"5\"", "found the quoted text \"5\" (remove the quotes)")]
    [InlineData("[1]", "'priority' must be a whole number, found a list")]
    public void Non_integer_for_an_int_is_a_wrong_shape(string value, string message)
    {
        folder.Write("patterns.yaml", $"""
            patterns:
              - id: p
                pattern: QUOTE CUE SOURCE
                priority: {value}
            """);

        var d = Single(folder.Load());

        AssertAt(d, "patterns.yaml", 4, 15, RuleIds.WrongShape, message);
    }

    [Fact]
    public void Top_level_that_is_not_a_mapping_is_a_wrong_shape()
    {
        folder.Write("cues.yaml", "- say\n");

        var d = Single(folder.Load());

        AssertAt(d, "cues.yaml", 1, 1, RuleIds.WrongShape, "must be a mapping of keys (key: value) at the top level, found a list; allowed keys: cues");
    }

    [Fact]
    public void A_second_yaml_document_is_a_wrong_shape()
    {
        folder.Write("outlets.yaml", "outlets: []\n---\noutlets: []\n");

        var d = Single(folder.Load());

        AssertAt(d, "outlets.yaml", 3, 1, RuleIds.WrongShape, "one YAML document");
    }

    [Fact]
    public void Duplicate_rule_id_from_validate_points_at_the_second_entry()
    {
        folder.Write("cues.yaml", """
            cues:
              - id: say
                lemma: say
                forms: [say]
              - id: say
                lemma: tell
                forms: [tell]
            """);

        var d = Single(folder.Load());

        AssertAt(d, "cues.yaml", 5, 5, RuleIds.DuplicateRuleId, "duplicate rule id 'say'");
    }

    [Fact]
    public void Invalid_token_pattern_points_at_its_entry()
    {
        folder.Write("patterns.yaml", """
            patterns:
              - id: ok
                pattern: QUOTE CUE SOURCE
              - id: broken
                pattern: QUOTE WHO
            """);

        var d = Single(folder.Load());

        AssertAt(d, "patterns.yaml", 4, 5, RuleIds.InvalidPattern, "pattern 'broken': unknown slot 'WHO'");
    }

    [Fact]
    public void Empty_file_is_an_empty_dto_and_validate_judges_it()
    {
        folder.Write("abbreviations.yaml", "# nothing yet\n");

        var d = Single(folder.Load());

        AssertAt(d, "abbreviations.yaml", 1, 1, RuleIds.EmptyLexicon, "the abbreviation list is empty");
    }

    [Fact]
    public void Problems_in_several_files_are_reported_together_in_file_order()
    {
        folder.Write("cues.yaml", "cues: [say\n  - x: 'y\n");
        folder.Write("outlets.yaml", """
            outlets:
              - id: reuters
                nmae: Reuters
            """);
        folder.Write("patterns.yaml", """
            patterns:
              - id: p
                pattern: CONTENT CONTENT
            """);
        folder.Delete("metadata.yaml");

        var result = folder.Load();

        Assert.Null(result.Rules);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal((folder.File("cues.yaml"), RuleIds.YamlSyntax), (d.File, d.Id)),
            d => AssertAt(d, "metadata.yaml", 1, 1, RuleIds.MissingFile, "the rule file 'metadata.yaml' is missing"),
            d => AssertAt(d, "outlets.yaml", 3, 5, RuleIds.UnknownKey, "unknown key 'nmae' (did you mean 'name'?)"),
            d => AssertAt(d, "patterns.yaml", 2, 5, RuleIds.InvalidPattern, "two CONTENT"));
    }

    [Fact]
    public void Missing_file_hints_at_a_yml_twin_and_other_files_are_ignored()
    {
        folder.Delete("cues.yaml");
        folder.Write("cues.yml", Minimal("cues.yaml"));
        folder.Write("notes.yaml", "this: is: not: valid: yaml\n");

        var d = Single(folder.Load());

        AssertAt(d, "cues.yaml", 1, 1, RuleIds.MissingFile, "found 'cues.yml', rename it to 'cues.yaml'");
    }

    [Fact]
    public void Missing_folder_is_one_diagnostic()
    {
        var missing = Path.Combine(folder.Path, "nope");

        var result = RuleLoader.Load(missing);

        Assert.Null(result.Rules);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((missing, RuleIds.MissingFile), (d.File, d.Id));
    }

    [Fact]
    public void Invalid_utf8_is_an_unreadable_file()
    {
        File.WriteAllBytes(folder.File("mentions.yaml"), [(byte)'#', (byte)' ', 0xFF, (byte)'\n']);

        var d = Single(folder.Load());

        AssertAt(d, "mentions.yaml", 1, 1, RuleIds.UnreadableFile, "not valid UTF-8 text (byte offset 2)");
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted()
    {
        File.WriteAllBytes(folder.File("coreference.yaml"), [0xEF, 0xBB, 0xBF, (byte)'#', (byte)'\n']);

        Assert.Empty(folder.Load().Diagnostics);
    }

    [Fact]
    public void Hash_is_stable_and_changes_with_any_known_file()
    {
        var first = folder.Load().Rules!.Hash;
        var again = folder.Load().Rules!.Hash;
        folder.Write("unrelated.yaml", "x: 1\n");
        var withUnknownFile = folder.Load().Rules!.Hash;
        folder.Write("coreference.yaml", "# a comment changes the bytes\n");
        var changed = folder.Load().Rules!.Hash;

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, again);
        Assert.Equal(first, withUnknownFile);
        Assert.NotEqual(first, changed);
    }

    [Fact]
    public void Diagnostic_prints_in_compiler_format()
    {
        folder.Write("cues.yaml", "cues: 3\n");

        var d = Single(folder.Load());

        Assert.Equal($"{folder.File("cues.yaml")}(1,7): error CCR005: 'cues' must be a list, found '3' (write one '- item' per line, or [a, b])", d.ToString());
    }

    private static string Minimal(string name) => RuleFolder.Minimal[name];

    private static RuleDiagnostic Single(RuleLoadResult result)
    {
        Assert.Null(result.Rules);
        return Assert.Single(result.Diagnostics);
    }

    private void AssertAt(RuleDiagnostic d, string file, int line, int column, string id, string fragment)
    {
        Assert.Equal((folder.File(file), line, column, id), (d.File, d.Line, d.Column, d.Id));
        Assert.Contains(fragment, d.Message, StringComparison.Ordinal);
    }
}
