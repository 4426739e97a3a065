using ClaimCheck.Commands;

namespace ClaimCheck.Tests.Processing;

/// <summary>Runs the command line in process with the repository's rules.</summary>
internal static class Cli
{
    public static (int Code, string Stdout, string Stderr) Run(string? stdin, params string[] args)
    {
        using var input = stdin is null ? null : new StringReader(stdin);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        string[] full = args[0] is "extract" or "index" or "bench" ? [.. args, "--rules", TestRules.RulesDir] : args;
        int code = ClaimCheckApp.Run(full, input, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
