using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Rules.Files;
using ClaimCheck.Rules.Loading;

namespace ClaimCheck.Rules;

/// <summary>
/// Loads a rules folder strictly: every problem in every file is reported at once, each with its
/// file, line and column (ids in <c>rules/RULE-IDS.md</c>). YAML keys are the DTO property names in
/// snake_case; DTOs are read by reflection, so adding a property to a DTO needs no change here.
/// Files in the folder other than the known ones (notes, drafts, <c>*.yml</c>) are ignored: a
/// misspelled rule file still surfaces, as the known file it should have been is reported missing.
/// </summary>
public static class RuleLoader
{
    /// <summary>Every rule file and the DTO it is read into. Adding a file: a row here and a property on <see cref="RuleSet"/>.</summary>
    internal static IReadOnlyList<(string Name, Type Type)> KnownFiles { get; } =
    [
        ("abbreviations.yaml", typeof(AbbreviationsFile)),
        ("aliases.yaml", typeof(AliasesFile)),
        ("boilerplate.yaml", typeof(BoilerplateFile)),
        ("channels.yaml", typeof(ChannelsFile)),
        ("coreference.yaml", typeof(CoreferenceFile)),
        ("framing.yaml", typeof(FramingFile)),
        ("cues.yaml", typeof(CuesFile)),
        ("mentions.yaml", typeof(MentionsFile)),
        ("metadata.yaml", typeof(MetadataFile)),
        ("outlets.yaml", typeof(OutletsFile)),
        ("patterns.yaml", typeof(PatternsFile)),
    ];

    // Invalid UTF-8 is reported rather than silently replaced, so what the hash covers is what was read.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Loads every known file from <paramref name="directory"/>. <see cref="RuleLoadResult.Rules"/> is null
    /// when any diagnostic was reported. Diagnostic paths are <paramref name="directory"/> joined with the file name.
    /// </summary>
    public static RuleLoadResult Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var diagnostics = new List<RuleDiagnostic>();
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(new RuleDiagnostic(directory, 1, 1, RuleIds.MissingFile, $"the rules folder '{directory}' does not exist"));
            return new RuleLoadResult(null, diagnostics);
        }

        var loaded = new Dictionary<Type, IRuleFile>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, type) in KnownFiles.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, name);
            var bytes = ReadBytes(path, name, diagnostics);
            if (bytes is null)
            {
                continue;
            }

            AppendToHash(hash, name, bytes);
            var text = Decode(path, bytes, diagnostics);
            if (text is null)
            {
                continue;
            }

            if (RuleFileReader.Read(path, text, type, diagnostics) is { } dto)
            {
                loaded[type] = dto;
            }
        }

        if (diagnostics.Count > 0)
        {
            return new RuleLoadResult(null, diagnostics);
        }

        var rules = new RuleSet
        {
            Directory = directory,
            Hash = Convert.ToHexStringLower(hash.GetHashAndReset()),
            Abbreviations = (AbbreviationsFile)loaded[typeof(AbbreviationsFile)],
            Aliases = (AliasesFile)loaded[typeof(AliasesFile)],
            Boilerplate = (BoilerplateFile)loaded[typeof(BoilerplateFile)],
            Channels = (ChannelsFile)loaded[typeof(ChannelsFile)],
            Coreference = (CoreferenceFile)loaded[typeof(CoreferenceFile)],
            Cues = (CuesFile)loaded[typeof(CuesFile)],
            Framing = (FramingFile)loaded[typeof(FramingFile)],
            Mentions = (MentionsFile)loaded[typeof(MentionsFile)],
            Metadata = (MetadataFile)loaded[typeof(MetadataFile)],
            Outlets = (OutletsFile)loaded[typeof(OutletsFile)],
            Patterns = (PatternsFile)loaded[typeof(PatternsFile)],
        };
        return new RuleLoadResult(rules, diagnostics);
    }

    private static byte[]? ReadBytes(string path, string name, List<RuleDiagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            var yml = Path.ChangeExtension(path, ".yml");
            var hint = File.Exists(yml) ? $"; found '{Path.GetFileName(yml)}', rename it to '{name}'" : "";
            diagnostics.Add(new RuleDiagnostic(path, 1, 1, RuleIds.MissingFile, $"the rule file '{name}' is missing{hint}"));
            return null;
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            diagnostics.Add(new RuleDiagnostic(path, 1, 1, RuleIds.UnreadableFile, $"cannot read the file: {e.Message}"));
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(new RuleDiagnostic(path, 1, 1, RuleIds.UnreadableFile, $"cannot read the file: {e.Message}"));
        }

        return null;
    }

    private static string? Decode(string path, byte[] bytes, List<RuleDiagnostic> diagnostics)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var start = bytes.AsSpan().StartsWith(bom) ? bom.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Add(new RuleDiagnostic(path, 1, 1, RuleIds.UnreadableFile, $"the file is not valid UTF-8 text (byte offset {start + e.Index})"));
            return null;
        }
    }

    /// <summary>Name, a zero byte, the content length (8 bytes, little endian), then the content: unambiguous framing.</summary>
    private static void AppendToHash(IncrementalHash hash, string name, byte[] bytes)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name));
        hash.AppendData([0]);
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
