using System.Diagnostics;
using System.Globalization;

namespace ClaimCheck.Processing;

/// <summary>
/// A one-line progress display (articles, articles/s, MB/s) redrawn at most five times a second.
/// Only for a terminal: <see cref="ForStderr"/> gives null when stderr is redirected or is not the
/// process's own, so logs and tests never see it.
/// </summary>
public sealed class ProgressMeter
{
    private readonly TextWriter output;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastDraw = -1_000;
    private long articles;
    private long bytes;
    private bool drawn;

    public ProgressMeter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
    }

    /// <summary>A meter on <paramref name="stderr"/> when it is the console's error stream on a terminal, else null.</summary>
    public static ProgressMeter? ForStderr(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new ProgressMeter(stderr) : null;

    public void Add(long articleBytes)
    {
        articles++;
        bytes += articleBytes;
        long now = clock.ElapsedMilliseconds;
        if (now - lastDraw >= 200)
        {
            lastDraw = now;
            Draw();
        }
    }

    /// <summary>Erases the line, before an error message or at the end.</summary>
    public void Clear()
    {
        if (drawn)
        {
            output.Write("\r\u001b[K");
            output.Flush();
            drawn = false;
        }
    }

    private void Draw()
    {
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"\r\u001b[K{articles:N0} articles  {articles / seconds:F0} articles/s  {bytes / 1e6 / seconds:F2} MB/s  {clock.Elapsed:hh\\:mm\\:ss}"));
        output.Flush();
        drawn = true;
    }
}
