using System.Text;

namespace ClaimCheck.Commands;

/// <summary>
/// Writes to a temporary file beside the target and renames it over the target on
/// <see cref="Commit"/>, so an interrupted run never leaves half a file behind.
/// </summary>
internal sealed class AtomicFileWriter : IDisposable
{
    private readonly string target;
    private readonly string temp;
    private bool committed;

    public AtomicFileWriter(string target)
    {
        this.target = Path.GetFullPath(target);
        string dir = Path.GetDirectoryName(this.target) ?? ".";
        Directory.CreateDirectory(dir);
        temp = Path.Combine(dir, "." + Path.GetFileName(this.target) + "." + Environment.ProcessId + ".tmp");
        Writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
    }

    public TextWriter Writer { get; }

    /// <summary>Opens a writer for <paramref name="target"/>, or prints why it cannot and returns null.</summary>
    public static AtomicFileWriter? TryOpen(string target, TextWriter stderr)
    {
        try
        {
            return new AtomicFileWriter(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"claimcheck: cannot write '{target}': {e.Message}\n");
            return null;
        }
    }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(temp, target, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        if (!committed)
        {
            Writer.Dispose();
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
