using ClaimCheck.Extraction;
using ClaimCheck.Rules;

namespace ClaimCheck.Commands;

/// <summary>
/// The <c>claimcheck</c> command line. The executable only forwards its arguments here, so every
/// command can be tested in process. Exit codes: 0 all inputs done, 1 some inputs failed (each named
/// on stderr, the rest done), 2 usage or rule errors.
/// </summary>
public static class ClaimCheckApp
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageOrRuleError = 2;

    public const string Usage = """
        usage: claimcheck <command> [options]

        commands:
          extract PATH... [--format jsonl|json|md] [-o FILE] [--rules DIR]
              print every attributed statement of the articles (files or folders, recursively)
          eval --gold DIR [--format md|json] [--errors FILE] [--rules DIR]
              score extraction against brat annotations in DIR/text and DIR/attributions (PolNeAR)
          eval-html DIR [--rules DIR] [--min PERCENT]
              measure HTML article extraction on NAME.html pages with NAME.expected.html beside them
          rules check [DIR]
              validate the rule files and list every problem

        exit codes: 0 all inputs done, 1 some inputs failed, 2 usage or rule errors
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Count == 0 ? stderr : stdout).Write(Usage.ReplaceLineEndings("\n") + "\n");
            return args.Count == 0 ? UsageOrRuleError : Ok;
        }

        return args[0] switch
        {
            "extract" => ExtractCommand.Run(args, stdout, stderr),
            "eval" => EvalCliCommand.Run(args, stdout, stderr),
            "eval-html" => EvalHtmlCommand.Run(args, stdout, stderr),
            "rules" => RulesCommand.Run(args, stdout, stderr),
            _ => UsageError(stderr, $"unknown command '{args[0]}'"),
        };
    }

    internal static int UsageError(TextWriter stderr, string message)
    {
        stderr.Write($"claimcheck: {message}\n\n{Usage.ReplaceLineEndings("\n")}\n");
        return UsageOrRuleError;
    }

    /// <summary>Loads rules from <paramref name="dir"/> or the default folder; prints diagnostics on failure.</summary>
    internal static ArticleAnalyzer? LoadAnalyzer(string? dir, TextWriter stderr)
    {
        var rules = LoadRules(dir, stderr);
        return rules is null ? null : new ArticleAnalyzer(rules);
    }

    internal static RuleSet? LoadRules(string? dir, TextWriter stderr)
    {
        dir ??= RuleLocator.FindDefault();
        if (dir is null)
        {
            stderr.Write("claimcheck: no rules folder found next to the executable or above the current folder; give one with --rules DIR\n");
            return null;
        }

        var result = RuleLoader.Load(dir);
        foreach (var d in result.Diagnostics)
        {
            stderr.Write(d + "\n");
        }

        return result.Rules;
    }
}
