using System.Text;

namespace ClaimCheck.Evaluation;

/// <summary>
/// A PolNeAR-style folder: <c>text/&lt;article&gt;.txt</c> and <c>attributions/&lt;article&gt;_&lt;annotator&gt;.ann</c>.
/// Of several annotators' files for one article the ordinally first is used, so every run scores
/// against the same gold.
/// </summary>
public sealed class GoldCorpus
{
    private GoldCorpus(string directory, IReadOnlyList<GoldArticle> articles, IReadOnlyList<string> warnings)
    {
        Directory = directory;
        Articles = articles;
        Warnings = warnings;
    }

    public string Directory { get; }

    /// <summary>The articles that have both a text and an annotation file, sorted by name (ordinal).</summary>
    public IReadOnlyList<GoldArticle> Articles { get; }

    /// <summary>What was skipped and why, each prefixed with its file name.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Loads <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder, or its text/ or attributions/ subfolder, is missing.</exception>
    public static GoldCorpus Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var textDir = Path.Combine(directory, "text");
        var annDir = Path.Combine(directory, "attributions");
        foreach (var required in new[] { directory, textDir, annDir })
        {
            if (!System.IO.Directory.Exists(required))
            {
                throw new DirectoryNotFoundException(
                    $"PolNeAR data not found at {directory}: {required} is missing "
                    + "(expected text/<article>.txt and attributions/<article>_<annotator>.ann).");
            }
        }

        var warnings = new List<string>();
        var annotationFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var underscore = name.LastIndexOf('_');
            if (underscore <= 0)
            {
                warnings.Add($"{Path.GetFileName(file)}: no _<annotator> suffix; skipped");
                continue;
            }
            // Files are visited in ordinal order, so the first one kept is the alphabetically first annotator.
            annotationFiles.TryAdd(name[..underscore], file);
        }

        var articles = new List<GoldArticle>();
        foreach (var file in System.IO.Directory.GetFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!annotationFiles.Remove(name, out var annFile))
            {
                warnings.Add($"{Path.GetFileName(file)}: no annotation file; skipped");
                continue;
            }
            // Offsets count UTF-16 units of the file as is (no BOM, no newline conversion).
            var text = File.ReadAllText(file, Encoding.UTF8);
            var parsed = BratReader.Parse(File.ReadAllText(annFile, Encoding.UTF8), text);
            warnings.AddRange(parsed.Warnings.Select(w => $"{Path.GetFileName(annFile)}: {w}"));
            articles.Add(new GoldArticle(name, new Text.SourceText(file, text), annFile, parsed.Attributions));
        }
        foreach (var orphan in annotationFiles.Values.Order(StringComparer.Ordinal))
        {
            warnings.Add($"{Path.GetFileName(orphan)}: no text file; skipped");
        }

        return new GoldCorpus(directory, articles, warnings);
    }
}
