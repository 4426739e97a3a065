using System.Diagnostics;
using System.Globalization;

namespace ClaimCheck.Reporting;

/// <summary>
/// With CLAIMCHECK_REPORT_TRACE set, writes each report phase's CPU seconds, live heap (after a full
/// collection) and peak working set to stderr: where a large report's time and memory go.
/// </summary>
internal static class PhaseTrace
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("CLAIMCHECK_REPORT_TRACE") is { Length: > 0 };
    private static double lastCpu;

    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        using var p = Process.GetCurrentProcess();
        double cpu = p.TotalProcessorTime.TotalSeconds;
        long live = GC.GetTotalMemory(forceFullCollection: true);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[report] {phase,-14} cpu {cpu - lastCpu,6:F1} s (total {cpu,6:F1})  live {live / 1048576.0,7:F0} MB  peak {p.PeakWorkingSet64 / 1048576.0,7:F0} MB"));
        lastCpu = p.TotalProcessorTime.TotalSeconds;
    }
}
