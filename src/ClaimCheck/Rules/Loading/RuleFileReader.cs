using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Rules.Loading;

/// <summary>Reads the text of one rule file into its DTO: YAML syntax, duplicate keys, binding, then the DTO's own validation.</summary>
internal static class RuleFileReader
{
    /// <summary>
    /// Returns the DTO, or null when the YAML cannot be parsed. <see cref="IRuleFile.Validate"/> runs only
    /// when the file's structure is clean: a DTO with values dropped for wrong shapes would produce
    /// follow-on errors ("lexicon is empty") that only restate the real one.
    /// </summary>
    public static IRuleFile? Read(string file, string text, Type type, List<RuleDiagnostic> diagnostics)
    {
        var sink = new RuleFileDiagnostics(file, diagnostics);
        try
        {
            return ReadCore(text, type, sink, diagnostics);
        }
        finally
        {
            sink.SortByPosition();
        }
    }

    private static IRuleFile? ReadCore(string text, Type type, RuleFileDiagnostics sink, List<RuleDiagnostic> diagnostics)
    {
        var events = Parse(text, sink);
        if (events is null)
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new ReplayParser(DuplicateKeyFilter.Filter(events, sink)));
        }
        catch (YamlException e)
        {
            // Left to the representation model: undefined aliases and duplicate non-text keys.
            sink.Report(e.Start, RuleIds.YamlSyntax, e.Message);
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            sink.Report(stream.Documents[1].RootNode.Start, RuleIds.WrongShape, "a rule file holds one YAML document; remove the second '---' and what follows or merge it into the first");
        }

        var binder = new YamlBinder(sink);
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        var dto = (IRuleFile)binder.BindRoot(root, type);
        if (sink.Count == 0)
        {
            dto.Validate(new RuleValidationContext(sink.File, diagnostics, binder.Locate));
        }

        return dto;
    }

    private static List<ParsingEvent>? Parse(string text, RuleFileDiagnostics sink)
    {
        var events = new List<ParsingEvent>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }

            return events;
        }
        catch (YamlException e)
        {
            sink.Report(e.Start, RuleIds.YamlSyntax, e.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some unclosed flow collections.
            sink.Report(events.Count > 0 ? events[^1].End : Mark.Empty, RuleIds.YamlSyntax, "the YAML cannot be read after this point; look for an unclosed '[', '{' or quote");
            return null;
        }
    }
}
