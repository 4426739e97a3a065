using ClaimCheck.Extraction;
using ClaimCheck.Input;
using ClaimCheck.Processing;
using ClaimCheck.Reporting;

namespace ClaimCheck.Commands;

/// <summary><c>claimcheck report PATH... [-o FILE] [--format md|html|json] [--rules DIR]</c>.</summary>
internal static class ReportCommand
{
    private static readonly HashSet<string> ValueOptions = ["--format", "--rules", "-o", "--output"];
    private static readonly HashSet<string> Flags = [];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
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

        if (line.Arguments.Count == 0)
        {
            return ClaimCheckApp.UsageError(stderr, "report needs at least one file or folder");
        }

        var rules = ClaimCheckApp.LoadRules(line.Option("--rules"), stderr);
        if (rules is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var analyzer = new ArticleAnalyzer(rules);
        var analyses = Analyze(analyzer, line.Arguments, stderr, out bool failed);
        string? outputFile = line.Option("-o") ?? line.Option("--output");

        // Links to articles are relative to where the report is read from: its folder, or the current one.
        string linkBase = outputFile is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(outputFile))!;
        var report = new ReportBuilder(rules).Build(analyses, path => LinkTo(linkBase, path));
        string text = ReportRenderer.Render(report, format.Value);

        using var output = outputFile is null ? null : AtomicFileWriter.TryOpen(outputFile, stderr);
        if (outputFile is not null && output is null)
        {
            return ClaimCheckApp.UsageOrRuleError;
        }

        var writer = output?.Writer ?? stdout;
        writer.Write(text);
        writer.Flush();
        output?.Commit();
        return failed ? ClaimCheckApp.SomeInputsFailed : ClaimCheckApp.Ok;
    }

    /// <summary>Reads and analyses every input; a failing article is named on stderr and left out.</summary>
    internal static List<ArticleAnalysis> Analyze(ArticleAnalyzer analyzer, IEnumerable<string> paths, TextWriter stderr, out bool failed)
    {
        var errors = new List<InputError>();
        var inputs = ArticleReader.EnumerateInputs(paths, errors).ToList();
        foreach (var e in errors)
        {
            stderr.Write($"claimcheck: {e}\n");
        }

        failed = errors.Count > 0;
        var analyses = new List<ArticleAnalysis>(inputs.Count);
        foreach (var path in inputs)
        {
            try
            {
                // Read as extract reads it: HTML and Markdown by their text, page metadata applied.
                var article = ArticleInput.FromFile(path, ExtractCommand.DisplayPath(path)).LoadArticle(out _);
                foreach (var warning in article.Warnings)
                {
                    stderr.Write($"claimcheck: {article.Source.Path}: warning: {warning}\n");
                }

                analyses.Add(article.Apply(analyzer.Analyze(article.Source), analyzer.Rules.Outlets));
            }
            catch (ArticleReadException ex)
            {
                stderr.Write($"claimcheck: {ex.Message}\n");
                failed = true;
            }
#pragma warning disable CA1031 // One article's failure must not stop the others; it is reported by name.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                stderr.Write($"claimcheck: {path}: analysis failed: {ex.GetType().Name}: {ex.Message}\n");
                failed = true;
            }
        }

        return analyses;
    }

    /// <summary>The article's path relative to <paramref name="linkBase"/>, with '/'.</summary>
    internal static string LinkTo(string linkBase, string displayPath) =>
        Path.GetRelativePath(linkBase, Path.GetFullPath(displayPath)).Replace('\\', '/');
}
