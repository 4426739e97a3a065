using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Output;

namespace ClaimCheck.Commands;

/// <summary><c>claimcheck extract PATH... [--format jsonl|json|md] [-o FILE] [--rules DIR] [--show-text]</c>.</summary>
internal static class ExtractCommand
{
    private static readonly HashSet<string> ValueOptions = ["--format", "--rules", "-o", "--output"];
    private static readonly HashSet<string> Flags = ["--show-text"];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CommandLine.TryParse(args, ValueOptions, Flags, out var line, out var error))
        {
            return ClaimCheckApp.UsageError(stderr, error!);
        }

        string format = line!.Option("--format") ?? "jsonl";
        if (format is not ("jsonl" or "json" or "md"))
        {
            return ClaimCheckApp.UsageError(stderr, $"unknown format '{format}' (expected jsonl, json or md)");
        }

        if (line.Arguments.Count == 0)
        {
            return ClaimCheckApp.UsageError(stderr, "extract needs at least one file or folder");
        }

        var analyzer = ClaimCheckApp.LoadAnalyzer(line.Option("--rules"), stderr);
        if (analyzer is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        string? outputFile = line.Option("-o") ?? line.Option("--output");
        using var output = outputFile is null ? null : new AtomicFileWriter(outputFile);
        var writer = output?.Writer ?? stdout;
        bool failed = Extract(analyzer, line.Arguments, format, writer, stderr, line.Flag("--show-text"));
        output?.Commit();
        return failed ? ClaimCheckApp.SomeInputsFailed : ClaimCheckApp.Ok;
    }

    /// <summary>Analyses every input in path order and writes its statements; returns true if any input failed.</summary>
    internal static bool Extract(ArticleAnalyzer analyzer, IEnumerable<string> paths, string format, TextWriter writer, TextWriter stderr, bool showText = false)
    {
        var errors = new List<InputError>();
        var inputs = ArticleReader.EnumerateInputs(paths, errors).ToList();
        foreach (var e in errors)
        {
            stderr.Write($"claimcheck: {e}\n");
        }

        bool failed = errors.Count > 0;
        Utf8JsonWriter? json = null;
        Stream? jsonStream = null;
        if (format == "json")
        {
            writer.Flush();
            jsonStream = new MemoryStream();
            json = new Utf8JsonWriter(jsonStream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartArray();
        }

        if (format == "md")
        {
            writer.Write("# ClaimCheck: attributed statements\n\n");
        }

        foreach (var path in inputs)
        {
            ArticleAnalysis analysis;
            ArticleSource input;
            try
            {
                input = ArticleReader.Load(path, DisplayPath(path));
                foreach (var warning in input.Warnings)
                {
                    stderr.Write($"claimcheck: {path}: warning: {warning}\n");
                }

                analysis = input.Apply(analyzer.Analyze(input.Source), analyzer.Rules.Outlets);
            }
            catch (ArticleReadException ex)
            {
                stderr.Write($"claimcheck: {path}: {ex.Message}\n");
                failed = true;
                continue;
            }
#pragma warning disable CA1031 // One article's failure must not stop the others; it is reported by name.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                stderr.Write($"claimcheck: {path}: analysis failed: {ex.GetType().Name}: {ex.Message}\n");
                failed = true;
                continue;
            }

            if (showText)
            {
                ExtractedTextWriter.Write(format, writer, json, input, analysis);
            }

            switch (format)
            {
                case "json":
                    foreach (var s in analysis.Statements)
                    {
                        JsonLinesWriter.WriteRecord(json!, analysis, s);
                    }

                    break;
                case "md":
                    MarkdownTableWriter.Write(writer, analysis);
                    break;
                default:
                    JsonLinesWriter.Write(writer, analysis);
                    break;
            }
        }

        if (json is not null)
        {
            json.WriteEndArray();
            json.Flush();
            writer.Write(System.Text.Encoding.UTF8.GetString(((MemoryStream)jsonStream!).ToArray()));
            writer.Write('\n');
            json.Dispose();
            jsonStream.Dispose();
        }

        writer.Flush();
        return failed;
    }

    /// <summary>The name a document gets in output: relative to the current folder with '/' when inside it.</summary>
    internal static string DisplayPath(string path)
    {
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
