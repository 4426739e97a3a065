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
          extract PATH... [--jsonl FILE|-]... [--format jsonl|json|md] [--articles] [-o FILE] [--threads N] [--rules DIR] [--show-text]
              print every attributed statement of the articles (files or folders, recursively:
              .txt, .md, .html; and JSON Lines corpora: one {"text", "id", "url", "outlet", "date",
              "title"} per line), in input order whatever the thread count (default: all cores);
              --articles adds an article record (what a report needs) before each article's
              statement records; --show-text also prints the text each article's offsets refer to
          index PATH... [--jsonl FILE|-]... --db FILE [--threads N] [--rules DIR]
              store articles and statements in SQLite; unchanged articles are skipped
          who NAME --db FILE [--format jsonl|md]
              every statement of a speaker, under any spelling of the name
          search TEXT --db FILE [--limit N] [--format jsonl|md]
              full-text search over statements (SQLite FTS5 query syntax)
          bench PATH [--threads N] [--rules DIR]
              throughput (MB/s, articles/s) and peak memory on one thread and on N threads
          report PATH... [--jsonl FILE|-]... [--threads N] | --records SHARD... | --db FILE
                 [--format md|html|json] [-o FILE] [--rules DIR]
              who said what across the articles, claims across outlets, framing by outlet;
              from articles, from shards of extract --articles, or from an index store
          eval --gold DIR [--format md|json] [--errors FILE] [--rules DIR]
              score extraction against brat annotations in DIR/text and DIR/attributions (PolNeAR)
          eval-html DIR [--rules DIR] [--min PERCENT]
              measure HTML article extraction on NAME.html pages with NAME.expected.html beside them
          rules check [DIR]
              validate the rule files and list every problem
          inspect FILE [--rules DIR]
              show what each stage saw: sentences, quotations, mentions, statements

        exit codes: 0 all inputs done, 1 some inputs failed, 2 usage or rule errors
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, null, stdout, stderr);

    /// <param name="args">The command line.</param>
    /// <param name="stdin">Read for <c>--jsonl -</c>; null opens the process's standard input when needed.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where problems (and, on a terminal, progress) go.</param>
    public static int Run(IReadOnlyList<string> args, TextReader? stdin, TextWriter stdout, TextWriter stderr)
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
            "extract" => ExtractCommand.Run(args, stdin, stdout, stderr),
            "report" => ReportCommand.Run(args, stdin, stdout, stderr),
            "index" => IndexCommand.Run(args, stdin, stdout, stderr),
            "who" => WhoCommand.Run(args, stdout, stderr),
            "search" => SearchCommand.Run(args, stdout, stderr),
            "bench" => BenchCommand.Run(args, stdout, stderr),
            "eval" => EvalCliCommand.Run(args, stdout, stderr),
            "eval-html" => EvalHtmlCommand.Run(args, stdout, stderr),
            "rules" => RulesCommand.Run(args, stdout, stderr),
            "inspect" => InspectCommand.Run(args, stdout, stderr),
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
