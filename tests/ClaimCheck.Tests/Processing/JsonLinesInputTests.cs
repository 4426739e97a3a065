using ClaimCheck.Input;

namespace ClaimCheck.Tests.Processing;

public sealed class JsonLinesInputTests
{
    [Fact]
    public void Fields_are_read_and_ids_may_be_numbers()
    {
        var input = JsonLinesInput.Parse("""{"id": 17, "text": "Body", "url": "u", "outlet": "O", "date": "2020-01-02", "title": "T", "extra": [1]}""", "c.jsonl", 3);

        Assert.Null(input.Error);
        Assert.Equal("17", input.Name);
        Assert.Equal("Body", input.Text);
        Assert.Equal(("u", "O", "2020-01-02", "T"), (input.Url, input.Outlet, input.Date, input.Title));
    }

    [Fact]
    public void Without_an_id_the_name_is_source_and_line()
    {
        Assert.Equal("c.jsonl:3", JsonLinesInput.Parse("""{"text": "x"}""", "c.jsonl", 3).Name);
    }

    [Theory]
    [InlineData("2020-11-13T10:00:00Z", "2020-11-13")]
    [InlineData("2020-11-13", "2020-11-13")]
    [InlineData("13 Nov 2020", "13 Nov 2020")]
    [InlineData("2020-13-45 later", "2020-13-45 later")]
    public void Dates_with_an_iso_day_are_cut_to_it(string given, string expected)
    {
        Assert.Equal(expected, JsonLinesInput.Parse($"{{\"text\": \"x\", \"date\": \"{given}\"}}", "c", 1).Date);
    }

    [Theory]
    [InlineData("{oops", "invalid JSON")]
    [InlineData("[1, 2]", "expected a JSON object")]
    [InlineData("{\"text\": 5}", "no string \"text\" field")]
    public void Bad_lines_become_failed_inputs_naming_the_line(string line, string message)
    {
        var input = JsonLinesInput.Parse(line, "c.jsonl", 9);

        Assert.NotNull(input.Error);
        Assert.StartsWith("c.jsonl:9: ", input.Error, StringComparison.Ordinal);
        Assert.Contains(message, input.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_kept()
    {
        using var reader = new StringReader("{\"text\": \"a\"}\n\n   \n{\"text\": \"b\"}\n");
        var inputs = JsonLinesInput.Read(reader, "s").ToList();

        Assert.Equal(["s:1", "s:4"], inputs.Select(i => i.Name));
    }
}
