using ClaimCheck.Output;
using ClaimCheck.Tests.Snapshots;

namespace ClaimCheck.Tests.Seeds;

/// <summary>The whole extraction of each seed, as JSON Lines, reviewed like code when it changes.</summary>
public class SeedSnapshotTests
{
    public static TheoryData<string> Seeds => new(SeedAnalyses.Names);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract(string seed)
    {
        var analysis = SeedAnalyses.Analyze(seed);
        var output = new StringWriter { NewLine = "\n" };
        JsonLinesWriter.Write(output, analysis);
        Snapshot.Verify(output.ToString(), Path.GetFileNameWithoutExtension(seed)[..3], "jsonl");
    }
}
