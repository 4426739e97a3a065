using System.Globalization;
using ClaimCheck.Storage;
using Microsoft.Data.Sqlite;

namespace ClaimCheck.Commands;

/// <summary><c>claimcheck search TEXT --db FILE [--limit N] [--fts] [--format jsonl|md]</c>: full-text search over statements.</summary>
internal static class SearchCommand
{
    private static readonly HashSet<string> ValueOptions = ["--db", "--format", "--limit"];
    private static readonly HashSet<string> Flags = ["--fts"];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, Flags, out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        if (line!.Arguments.Count == 0 || line.Option("--db") is not { } db)
        {
            return ClaimCheckApp.UsageError(stderr, "usage: claimcheck search TEXT --db FILE [--limit N] [--fts] [--format jsonl|md]");
        }

        string format = line.Option("--format") ?? "jsonl";
        if (format is not ("jsonl" or "md"))
        {
            return ClaimCheckApp.UsageError(stderr, $"unknown format '{format}' (expected jsonl or md)");
        }

        int limit = 100;
        if (line.Option("--limit") is { } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return ClaimCheckApp.UsageError(stderr, $"--limit needs a positive whole number, not '{l}'");
        }

        using var store = OpenExisting(db, stderr);
        if (store is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        string text = string.Join(" ", line.Arguments);
        try
        {
            Print(store.Search(text, limit, line.Flag("--fts")), format, $"Statements matching {text}", stdout);
        }
        catch (SqliteException e)
        {
            stderr.Write($"claimcheck: not a valid FTS5 query: {e.Message}\n");
            return ClaimCheckApp.UsageOrRuleError;
        }

        return ClaimCheckApp.Ok;
    }

    /// <summary>Opens a store that must exist already (queries never create one).</summary>
    internal static ClaimStore? OpenExisting(string db, TextWriter stderr)
    {
        if (!File.Exists(db))
        {
            stderr.Write($"claimcheck: {db}: no such store (create it with claimcheck index PATH --db {db})\n");
            return null;
        }

        return IndexCommand.OpenStore(db, stderr);
    }

    internal static void Print(IReadOnlyList<StoredStatement> statements, string format, string title, TextWriter stdout)
    {
        if (format == "jsonl")
        {
            foreach (var s in statements)
            {
                stdout.Write(s.Record);
                stdout.Write('\n');
            }

            return;
        }

        stdout.Write($"# {title}\n\n| doc | speaker | kind | statement |\n| --- | --- | --- | --- |\n");
        foreach (var s in statements)
        {
            stdout.Write($"| {Cell(s.Doc)} | {Cell(s.Speaker ?? "")} | {s.Kind} | {Cell(s.Text)} |\n");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
