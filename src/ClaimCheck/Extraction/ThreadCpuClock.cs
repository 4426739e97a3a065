using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ClaimCheck.Extraction;

/// <summary>
/// CPU time of the calling thread in nanoseconds (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID), a
/// fraction of a microsecond per read). On a shared machine wall time also counts the neighbours'
/// work; a thread's CPU time counts only its own. Elsewhere it falls back to the stopwatch (wall).
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>True when <see cref="Nanoseconds"/> measures thread CPU time, not wall time.</summary>
    public static bool IsThreadCpu { get; } = Probe();

    /// <summary>The calling thread's CPU time so far, in nanoseconds (wall-clock nanoseconds where unsupported).</summary>
    public static long Nanoseconds()
    {
        if (IsThreadCpu && ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0)
        {
            return (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
