using System.Runtime.CompilerServices;

namespace ClaimCheck.Tests.Snapshots;

/// <summary>
/// Snapshot testing with Verify's conventions: the accepted output sits beside the test as
/// <c>Class.Name.verified.ext</c>; a mismatch (or a missing snapshot) writes
/// <c>Class.Name.received.ext</c> (git-ignored) and fails with the first differing line. Accept by
/// moving received over verified and reviewing the diff like code; or run the tests once with
/// CLAIMCHECK_ACCEPT=1 to accept every received file. Newlines are normalized to \n.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string testFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        string dir = Path.GetDirectoryName(testFile)!;
        string cls = Path.GetFileNameWithoutExtension(testFile);
        string verified = Path.Combine(dir, $"{cls}.{name}.verified.{extension}");
        string received = Path.Combine(dir, $"{cls}.{name}.received.{extension}");
        string normalized = actual.ReplaceLineEndings("\n");

        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        if (Environment.GetEnvironmentVariable("CLAIMCHECK_ACCEPT") == "1")
        {
            File.WriteAllText(verified, normalized);
            return;
        }

        File.WriteAllText(received, normalized);
        if (!File.Exists(verified))
        {
            Assert.Fail($"No snapshot yet: review {received} and rename it to {Path.GetFileName(verified)}.");
        }

        var expectedLines = File.ReadAllText(verified).ReplaceLineEndings("\n").Split('\n');
        var actualLines = normalized.Split('\n');
        int i = 0;
        while (i < expectedLines.Length && i < actualLines.Length && expectedLines[i] == actualLines[i])
        {
            i++;
        }

        Assert.Fail($"Snapshot mismatch at line {i + 1} of {Path.GetFileName(verified)}:\n" +
            $"- {(i < expectedLines.Length ? expectedLines[i] : "<end>")}\n" +
            $"+ {(i < actualLines.Length ? actualLines[i] : "<end>")}\n" +
            $"Review {received}; accept it by moving it over the verified file.");
    }
}
