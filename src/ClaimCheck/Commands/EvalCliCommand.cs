using ClaimCheck.Evaluation;

namespace ClaimCheck.Commands;

/// <summary><c>claimcheck eval --gold DIR [--format md|json] [--errors FILE] [--rules DIR]</c>.</summary>
internal static class EvalCliCommand
{
    private static readonly HashSet<string> ValueOptions = ["--gold", "--format", "--errors", "--rules"];
    private static readonly HashSet<string> Flags = [];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, Flags, out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        string? gold = line!.Option("--gold") ?? line.Arguments.FirstOrDefault();
        if (gold is null)
        {
            return ClaimCheckApp.UsageError(stderr, "eval needs --gold DIR (a folder with text/ and attributions/, such as PolNeAR's dev split)");
        }

        var analyzer = ClaimCheckApp.LoadAnalyzer(line.Option("--rules"), stderr);
        if (analyzer is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        return EvalCommand.Run(gold, line.Option("--format") ?? "md", line.Option("--errors"), analyzer.Analyze, stdout, stderr);
    }
}
