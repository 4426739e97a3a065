using ClaimCheck.Storage;

namespace ClaimCheck.Commands;

/// <summary><c>claimcheck who NAME --db FILE [--format jsonl|md]</c>: a speaker's statements under any spelling.</summary>
internal static class WhoCommand
{
    private static readonly HashSet<string> ValueOptions = ["--db", "--format"];
    private static readonly HashSet<string> Flags = [];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, Flags, out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        if (line!.Arguments.Count == 0 || line.Option("--db") is not { } db)
        {
            return ClaimCheckApp.UsageError(stderr, "usage: claimcheck who NAME --db FILE [--format jsonl|md]");
        }

        string format = line.Option("--format") ?? "jsonl";
        if (format is not ("jsonl" or "md"))
        {
            return ClaimCheckApp.UsageError(stderr, $"unknown format '{format}' (expected jsonl or md)");
        }

        using var store = SearchCommand.OpenExisting(db, stderr);
        if (store is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        string name = string.Join(" ", line.Arguments);
        SearchCommand.Print(store.Who(name), format, $"Statements of {name}", stdout);
        return ClaimCheckApp.Ok;
    }
}
