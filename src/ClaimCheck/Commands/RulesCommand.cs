using ClaimCheck.Rules;

namespace ClaimCheck.Commands;

/// <summary><c>claimcheck rules check [DIR]</c>: every problem of every rule file, at once.</summary>
internal static class RulesCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count < 2 || args[1] != "check" || args.Count > 3)
        {
            return ClaimCheckApp.UsageError(stderr, "usage: claimcheck rules check [DIR]");
        }

        string? dir = args.Count == 3 ? args[2] : RuleLocator.FindDefault();
        if (dir is null)
        {
            stderr.Write("claimcheck: no rules folder found; name one: claimcheck rules check DIR\n");
            return ClaimCheckApp.UsageOrRuleError;
        }

        var result = RuleLoader.Load(dir);
        foreach (var d in result.Diagnostics)
        {
            stderr.Write(d + "\n");
        }

        if (result.Rules is null)
        {
            stderr.Write($"{result.Diagnostics.Count} problem(s) in {dir}\n");
            return ClaimCheckApp.UsageOrRuleError;
        }

        stdout.Write($"rules OK: {dir} (hash {result.Rules.Hash[..12]})\n");
        return ClaimCheckApp.Ok;
    }
}
