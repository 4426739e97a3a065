using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Output;
using ClaimCheck.Processing;
using ClaimCheck.Reporting.Input;

namespace ClaimCheck.Commands;

/// <summary>
/// <c>claimcheck extract PATH... [--jsonl FILE|-]... [--format jsonl|json|md] [--articles] [-o FILE] [--threads N] [--rules DIR] [--show-text]</c>.
/// Streams: one article at a time is read, analysed and written (a few per thread in flight), in input order.
/// </summary>
internal static class ExtractCommand
{
    private static readonly HashSet<string> ValueOptions = ["--format", "--rules", "-o", "--output", "--threads", "--jsonl"];
    private static readonly HashSet<string> Flags = ["--articles", "--show-text"];

    public static int Run(IReadOnlyList<string> args, TextReader? stdin, TextWriter stdout, TextWriter stderr)
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

        // --articles: an article record (report facts) before each article's statement records.
        bool articles = line.Flag("--articles");
        if (articles && format != "jsonl")
        {
            return ClaimCheckApp.UsageError(stderr, "--articles needs --format jsonl");
        }

        if (line.Arguments.Count == 0 && line.Options("--jsonl").Count == 0)
        {
            return ClaimCheckApp.UsageError(stderr, "extract needs at least one file or folder, or --jsonl FILE|-");
        }

        if (!TryThreads(line, stderr, out int threads))
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var analyzer = ClaimCheckApp.LoadAnalyzer(line.Option("--rules"), stderr);
        if (analyzer is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        string? outputFile = line.Option("-o") ?? line.Option("--output");
        using var output = outputFile is null ? null : AtomicFileWriter.TryOpen(outputFile, stderr);
        if (outputFile is not null && output is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var writer = output?.Writer ?? stdout;
        var errors = new List<InputError>();
        var inputs = Inputs(line.Arguments, line.Options("--jsonl"), stdin, errors);
        bool failed = Extract(analyzer, inputs, errors, articles ? ArticlesFormat : format, threads, writer, stderr, line.Flag("--show-text"));
        output?.Commit();
        return failed ? ClaimCheckApp.SomeInputsFailed : ClaimCheckApp.Ok;
    }

    /// <summary>Reads <c>--threads N</c> (default: every core); prints the problem and returns false when invalid.</summary>
    internal static bool TryThreads(CommandLine line, TextWriter stderr, out int threads)
    {
        threads = Environment.ProcessorCount;
        string? value = line.Option("--threads");
        if (value is null)
        {
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out threads) && threads is >= 1 and <= 1024)
        {
            return true;
        }

        ClaimCheckApp.UsageError(stderr, $"--threads needs a whole number from 1 to 1024, not '{value}'");
        return false;
    }

    /// <summary>
    /// The inputs in order: the files and folders (folders expanded in ordinal path order), then each
    /// JSON Lines corpus line by line. Paths are listed up front (to sort folders); texts are read lazily.
    /// </summary>
    internal static IEnumerable<ArticleInput> Inputs(IEnumerable<string> paths, IEnumerable<string> jsonl, TextReader? stdin, ICollection<InputError> errors)
    {
        var files = ArticleReader.EnumerateInputs(paths, errors);
        var corpora = jsonl.ToList();
        string cwd = Environment.CurrentDirectory; // once, not two getcwd calls per file
        return files.Select(p => ArticleInput.FromFile(p, DisplayPath(p, cwd)))
            .Concat(corpora.SelectMany(c => JsonLinesInput.ReadFile(c, () => stdin ?? OpenStdin())));
    }

    /// <summary>Analyses every input in path order and writes its statements; returns true if any input failed.</summary>
    internal static bool Extract(ArticleAnalyzer analyzer, IEnumerable<string> paths, string format, TextWriter writer, TextWriter stderr, bool showText = false)
    {
        var errors = new List<InputError>();
        var inputs = Inputs(paths, [], null, errors);
        return Extract(analyzer, inputs, errors, format, 1, writer, stderr, showText);
    }

    /// <summary>
    /// Analyses <paramref name="inputs"/> on <paramref name="threads"/> threads and writes their
    /// statements in input order (the same bytes for any thread count); returns true if any input failed.
    /// </summary>
    /// <summary>The internal format name of JSON Lines with article records (<c>--articles</c>).</summary>
    internal const string ArticlesFormat = "jsonl+articles";

    internal static bool Extract(ArticleAnalyzer analyzer, IEnumerable<ArticleInput> inputs, IReadOnlyCollection<InputError> errors, string format, int threads, TextWriter writer, TextWriter stderr, bool showText = false)
    {
        // Path errors are known already: folders are listed (and sorted) before any text is read.
        foreach (var e in errors)
        {
            stderr.Write($"claimcheck: {e}\n");
        }

        bool failed = errors.Count > 0;
        Func<ArticleAnalysis, string>? statements = format switch
        {
            "md" => RenderMarkdown,
            "jsonl" => RenderJsonLines,
            ArticlesFormat => RenderJsonLinesWithArticle,
            _ => null,
        };
        string textFormat = format == ArticlesFormat ? "jsonl" : format;
        Func<ArticleSource, ArticleAnalysis, string>? render = statements is null ? null
            : showText ? (article, analysis) => ExtractedTextWriter.Render(textFormat, article, analysis) + statements(analysis)
            : (_, analysis) => statements(analysis);
        var pipeline = new ArticlePipeline(analyzer, threads, render, format == ArticlesFormat ? new ArticleFactsFinder(analyzer.Rules) : null);
        var progress = ProgressMeter.ForStderr(stderr);
        using var json = format == "json" ? new JsonArrayOutput(writer) : null;
        if (format == "md")
        {
            writer.Write("# ClaimCheck: attributed statements\n\n");
        }

        foreach (var result in pipeline.Run(inputs))
        {
            progress?.Add(result.Bytes);
            if (result.Warnings.Count > 0)
            {
                progress?.Clear();
                foreach (var warning in result.Warnings)
                {
                    stderr.Write($"claimcheck: {result.Input.Name}: warning: {warning}\n");
                }
            }

            if (result.Error is not null)
            {
                progress?.Clear();
                stderr.Write($"claimcheck: {result.Error}\n");
                failed = true;
                continue;
            }

            if (json is not null)
            {
                if (showText)
                {
                    json.WriteText(result.Article!, result.Analysis!);
                }

                json.Write(result.Analysis!);
            }
            else
            {
                writer.Write(result.Rendered);
            }
        }

        progress?.Clear();
        json?.End();
        writer.Flush();
        return failed;
    }

    /// <summary>The name a document gets in output: relative to the current folder with '/' when inside it.</summary>
    internal static string DisplayPath(string path) => DisplayPath(path, Environment.CurrentDirectory);

    /// <summary>As <see cref="DisplayPath(string)"/>, with the current folder given.</summary>
    internal static string DisplayPath(string path, string currentDirectory)
    {
        string full = Path.GetFullPath(path, currentDirectory);
        string relative = Path.GetRelativePath(currentDirectory, full);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }

    internal static TextReader OpenStdin() => new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    private static string RenderJsonLines(ArticleAnalysis analysis) => JsonLinesWriter.Render(analysis);

    private static string RenderJsonLinesWithArticle(ArticleAnalysis analysis) =>
        ArticleRecordJson.ToJson(analysis) + "\n" + RenderJsonLines(analysis);

    private static string RenderMarkdown(ArticleAnalysis analysis)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        MarkdownTableWriter.Write(text, analysis);
        return text.ToString();
    }

    /// <summary>
    /// One indented JSON array written article by article: the JSON writer keeps its nesting state
    /// across flushes, so the bytes are those of writing the whole array at once.
    /// </summary>
    private sealed class JsonArrayOutput : IDisposable
    {
        private readonly TextWriter writer;
        private readonly MemoryStream buffer = new();
        private readonly Utf8JsonWriter json;

        public JsonArrayOutput(TextWriter writer)
        {
            this.writer = writer;
            writer.Flush();
            json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartArray();
        }

        public void Write(ArticleAnalysis analysis)
        {
            foreach (var s in analysis.Statements)
            {
                JsonLinesWriter.WriteRecord(json, analysis, s);
            }

            Drain();
        }

        public void WriteText(ArticleSource article, ArticleAnalysis analysis)
        {
            ExtractedTextWriter.WriteRecord(json, article, analysis);
            Drain();
        }

        public void End()
        {
            json.WriteEndArray();
            Drain();
            writer.Write('\n');
        }

        public void Dispose()
        {
            json.Dispose();
            buffer.Dispose();
        }

        private void Drain()
        {
            json.Flush();
            writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            buffer.SetLength(0);
        }
    }
}
