using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Linking;
using ClaimCheck.Processing;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Input;
using ClaimCheck.Rules;
using ClaimCheck.Storage;
using Microsoft.Data.Sqlite;

namespace ClaimCheck.Commands;

/// <summary>
/// <c>claimcheck report PATH... [--jsonl FILE|-]... [--threads N] | --records SHARD... | --db FILE</c>
/// <c>[-o FILE] [--format md|html|json] [--rules DIR]</c>: the report from articles (analysed here,
/// on N threads), from record shards written by <c>extract --articles</c>, or from the store. All
/// three give the same bytes for the same articles.
/// </summary>
internal static class ReportCommand
{
    private static readonly HashSet<string> ValueOptions = ["--format", "--rules", "-o", "--output", "--threads", "--jsonl", "--db"];
    private static readonly HashSet<string> Flags = ["--records"];

    public static int Run(IReadOnlyList<string> args, TextReader? stdin, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, Flags, out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        ReportFormat? format = (line!.Option("--format") ?? "md") switch
        {
            "md" or "markdown" => ReportFormat.Markdown,
            "html" => ReportFormat.Html,
            "json" => ReportFormat.Json,
            _ => null,
        };
        if (format is null)
        {
            return ClaimCheckApp.UsageError(stderr, $"unknown format '{line.Option("--format")}' (expected md, html or json)");
        }

        string? db = line.Option("--db");
        bool records = line.Flag("--records");
        if (db is not null && (records || line.Arguments.Count > 0 || line.Options("--jsonl").Count > 0))
        {
            return ClaimCheckApp.UsageError(stderr, "report --db FILE takes no other input");
        }

        if (records && line.Options("--jsonl").Count > 0)
        {
            return ClaimCheckApp.UsageError(stderr, "report --records takes record shards only, not --jsonl");
        }

        if (db is null && line.Arguments.Count == 0 && line.Options("--jsonl").Count == 0)
        {
            return ClaimCheckApp.UsageError(stderr, records ? "report --records needs at least one record shard" : "report needs at least one file or folder, --jsonl FILE|-, --records SHARD... or --db FILE");
        }

        if (!ExtractCommand.TryThreads(line, stderr, out int threads))
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var rules = ClaimCheckApp.LoadRules(line.Option("--rules"), stderr);
        if (rules is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        string? outputFile = line.Option("-o") ?? line.Option("--output");

        // Links to articles are relative to where the report is read from: its folder, or the current one.
        string linkBase = outputFile is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(outputFile))!;
        var builder = new ReportBuilder(rules, ClaimClusterOptions.Default with { Threads = threads });
        CrossSourceReport report;
        var status = new InputStatus();
        ClaimStore? store = null;
        try
        {
            // Inputs stream into the report's spool: no list of every article is kept here.
            IEnumerable<ReportArticle> inputs;
            if (db is not null)
            {
                if (!File.Exists(db))
                {
                    stderr.Write($"claimcheck: {db}: no such store\n");
                    return ClaimCheckApp.SomeInputsFailed;
                }

                store = IndexCommand.OpenStore(db, stderr);
                if (store is null)
                {
                    return ClaimCheckApp.SomeInputsFailed;
                }

                inputs = FromRecords(store.Articles(), stderr);
            }
            else
            {
                inputs = records ? FromRecords(RecordShardReader.Read(line.Arguments), stderr) : Analyze(rules, line, stdin, threads, stderr, status);
            }

            report = builder.Build(inputs, path => LinkTo(linkBase, path));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or SqliteException)
        {
            stderr.Write($"claimcheck: {e.Message}\n");
            return ClaimCheckApp.SomeInputsFailed;
        }
        finally
        {
            store?.Dispose();
        }

        bool failed = status.Failed;
        using var output = outputFile is null ? null : AtomicFileWriter.TryOpen(outputFile, stderr);
        if (outputFile is not null && output is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var writer = output?.Writer ?? stdout;
        ReportRenderer.Render(report, format.Value, writer);
        writer.Flush();
        PhaseTrace.Mark("render");
        output?.Commit();
        return failed ? ClaimCheckApp.SomeInputsFailed : ClaimCheckApp.Ok;
    }

    /// <summary>
    /// Reads and analyses every input on <paramref name="threads"/> threads, facts included, and yields
    /// only the compact report input of each; a failing article is named on stderr, left out, and
    /// marks <paramref name="status"/> failed.
    /// </summary>
    private static IEnumerable<ReportArticle> Analyze(RuleSet rules, CommandLine line, TextReader? stdin, int threads, TextWriter stderr, InputStatus status)
    {
        var errors = new List<InputError>();
        var inputs = ExtractCommand.Inputs(line.Arguments, line.Options("--jsonl"), stdin, errors);
        foreach (var e in errors)
        {
            stderr.Write($"claimcheck: {e}\n");
        }

        status.Failed |= errors.Count > 0;
        var pipeline = new ArticlePipeline(new ArticleAnalyzer(rules), threads, facts: new ArticleFactsFinder(rules));
        var progress = ProgressMeter.ForStderr(stderr);
        foreach (var r in pipeline.Run(inputs))
        {
            progress?.Add(r.Bytes);
            if (r.Analysis is { } analysis)
            {
                foreach (var warning in r.Article?.Warnings ?? [])
                {
                    progress?.Clear();
                    stderr.Write($"claimcheck: {analysis.Source.Path}: warning: {warning}\n");
                }

                yield return ReportArticle.From(analysis, analysis.Facts!);
            }
            else
            {
                progress?.Clear();
                stderr.Write($"claimcheck: {r.Error}\n");
                status.Failed = true;
            }
        }

        progress?.Clear();
    }

    /// <summary>Report inputs from records (shards or the store), streamed; warns once, at the end, when article records are missing.</summary>
    private static IEnumerable<ReportArticle> FromRecords(IEnumerable<ArticleRecords> articles, TextWriter stderr)
    {
        int count = 0;
        int withoutArticle = 0;
        foreach (var a in articles)
        {
            if (a.Article is null)
            {
                withoutArticle++;
            }

            count++;
            yield return ArticleRecordJson.Read(a.Doc, a.Article, a.Records);
        }

        if (withoutArticle > 0)
        {
            stderr.Write($"claimcheck: {withoutArticle} of {count} articles have statement records only (extracted without --articles): their hedges, scare quotes, narration, descriptors and unattributed quotations are missing, and articles without statements are absent\n");
        }
    }

    /// <summary>Whether some input failed while the inputs streamed.</summary>
    private sealed class InputStatus
    {
        public bool Failed { get; set; }
    }

    /// <summary>The article's path relative to <paramref name="linkBase"/>, with '/'.</summary>
    internal static string LinkTo(string linkBase, string displayPath) =>
        Path.GetRelativePath(linkBase, Path.GetFullPath(displayPath)).Replace('\\', '/');
}
