using ClaimCheck.Processing;

namespace ClaimCheck.Tests.Processing;

public sealed class ProgressMeterTests
{
    [Fact]
    public void Only_the_process_stderr_on_a_terminal_gets_a_meter()
    {
        using var captured = new StringWriter();
        Assert.Null(ProgressMeter.ForStderr(captured));
    }

    [Fact]
    public void The_first_article_draws_the_line_and_clear_erases_it()
    {
        using var output = new StringWriter();
        var meter = new ProgressMeter(output);

        meter.Add(2_000_000);
        meter.Clear();

        string text = output.ToString();
        Assert.Contains("1 articles", text, StringComparison.Ordinal);
        Assert.Contains("MB/s", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", text, StringComparison.Ordinal);
    }
}
