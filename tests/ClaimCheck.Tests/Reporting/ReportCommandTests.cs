using System.Text.Json;
using ClaimCheck.Commands;

namespace ClaimCheck.Tests.Reporting;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "claimcheck-report-" + Guid.NewGuid().ToString("N"));

    public ReportCommandTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = ClaimCheckApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Html_is_one_self_contained_file()
    {
        string file = Path.Combine(dir, "report.html");
        var (code, _, err) = Run("report", TestRules.SeedsDir, "--rules", TestRules.RulesDir, "--format", "html", "-o", file);
        Assert.True(code == ClaimCheckApp.Ok, err);
        string html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"3-claims-across-outlets\"", html, StringComparison.Ordinal);

        // Article links are relative to the report's folder.
        var seed = Directory.GetFiles(TestRules.SeedsDir, "*.txt").Order(StringComparer.Ordinal).First();
        string expected = Path.GetRelativePath(dir, seed).Replace('\\', '/');
        Assert.Contains($"href=\"{expected}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_same_sections()
    {
        var (code, output, err) = Run("report", TestRules.SeedsDir, "--rules", TestRules.RulesDir, "--format", "json");
        Assert.True(code == ClaimCheckApp.Ok, err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["sources", "speakers", "claims", "framing", "unattributed"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, json.RootElement.GetProperty("sources").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("claims").GetArrayLength() > 0);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Run("report", TestRules.SeedsDir, "--format", "pdf").Code);
        Assert.Equal(ClaimCheckApp.UsageOrRuleError, Run("report").Code);
    }

    [Fact]
    public void A_missing_input_is_named_and_the_rest_reported()
    {
        var (code, output, err) = Run("report", TestRules.SeedsDir, Path.Combine(dir, "missing.txt"), "--rules", TestRules.RulesDir);
        Assert.Equal(ClaimCheckApp.SomeInputsFailed, code);
        Assert.Contains("missing.txt", err, StringComparison.Ordinal);
        Assert.StartsWith("# ClaimCheck report", output, StringComparison.Ordinal);
    }
}
