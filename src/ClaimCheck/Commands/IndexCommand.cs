using System.Globalization;
using ClaimCheck.Input;
using ClaimCheck.Processing;
using ClaimCheck.Storage;
using Microsoft.Data.Sqlite;

namespace ClaimCheck.Commands;

/// <summary><c>claimcheck index PATH... [--jsonl FILE|-]... --db FILE [--threads N] [--rules DIR]</c>.</summary>
internal static class IndexCommand
{
    private static readonly HashSet<string> ValueOptions = ["--db", "--rules", "--threads", "--jsonl"];
    private static readonly HashSet<string> Flags = [];

    public static int Run(IReadOnlyList<string> args, TextReader? stdin, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, Flags, out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        string? db = line!.Option("--db");
        if (db is null)
        {
            return ClaimCheckApp.UsageError(stderr, "index needs --db FILE");
        }

        if (line.Arguments.Count == 0 && line.Options("--jsonl").Count == 0)
        {
            return ClaimCheckApp.UsageError(stderr, "index needs at least one file or folder, or --jsonl FILE|-");
        }

        if (!ExtractCommand.TryThreads(line, stderr, out int threads))
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var analyzer = ClaimCheckApp.LoadAnalyzer(line.Option("--rules"), stderr);
        if (analyzer is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var errors = new List<InputError>();
        var inputs = ExtractCommand.Inputs(line.Arguments, line.Options("--jsonl"), stdin, errors);
        foreach (var e in errors)
        {
            stderr.Write($"claimcheck: {e}\n");
        }

        using var store = OpenStore(db, stderr);
        if (store is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        // Ctrl-C stops after the article being written; everything committed stays.
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var progress = ProgressMeter.ForStderr(stderr);
        try
        {
            var indexer = new ArticleIndexer(store, analyzer, threads)
            {
                OnError = message =>
                {
                    progress?.Clear();
                    stderr.Write($"claimcheck: {message}\n");
                },
                OnProgress = bytes => progress?.Add(bytes),
            };
            var summary = indexer.Run(inputs, cancel.Token);
            progress?.Clear();
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{db}: {summary.Indexed} indexed ({summary.Statements} statements), {summary.Skipped} unchanged, {summary.Failed} failed{(summary.Cancelled ? ", interrupted" : "")}\n"));
            return summary.Failed > 0 || errors.Count > 0 || summary.Cancelled ? ClaimCheckApp.SomeInputsFailed : ClaimCheckApp.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    internal static ClaimStore? OpenStore(string db, TextWriter stderr)
    {
        try
        {
            return ClaimStore.Open(db);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            stderr.Write($"claimcheck: {db}: cannot open the store: {e.Message}\n");
            return null;
        }
    }
}
