using System.Text;
using System.Text.Json;

namespace ClaimCheck.Tests.Processing;

/// <summary>
/// Articles made from the seeds' paragraphs, shuffled and recombined with a fixed random seed, so
/// tests get many different texts (varied lengths, quotes, speakers) that are the same on every run.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Paragraphs = LoadParagraphs();

    public static IReadOnlyList<string> SeedFiles { get; } =
        [.. Directory.GetFiles(TestRules.SeedsDir, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary><paramref name="count"/> article texts, each a title and 2 to 9 paragraphs.</summary>
    public static IReadOnlyList<string> Texts(int count, int seed = 42)
    {
        var random = new Random(seed);
        var result = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            sb.Append("Generated article ").Append(i).Append("\n\n");
            int n = random.Next(2, 10);
            for (int p = 0; p < n; p++)
            {
                sb.Append(Paragraphs[random.Next(Paragraphs.Length)]).Append("\n\n");
            }

            result.Add(sb.ToString());
        }

        return result;
    }

    /// <summary>Writes the texts as files a0000.txt... into <paramref name="folder"/>.</summary>
    public static void WriteFiles(string folder, IReadOnlyList<string> texts)
    {
        Directory.CreateDirectory(folder);
        for (int i = 0; i < texts.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"a{i:D4}.txt"), texts[i], new UTF8Encoding(false));
        }
    }

    /// <summary>One JSON Lines article per text, with ids "gen-N".</summary>
    public static string JsonLines(IReadOnlyList<string> texts, int firstId = 0)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < texts.Count; i++)
        {
            sb.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"gen-{firstId + i:D4}", ["text"] = texts[i] })).Append('\n');
        }

        return sb.ToString();
    }

    private static string[] LoadParagraphs() =>
        [.. Directory.GetFiles(TestRules.SeedsDir, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Length > 0)];
}
