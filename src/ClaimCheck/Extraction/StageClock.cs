using System.Diagnostics;

namespace ClaimCheck.Extraction;

/// <summary>
/// Stopwatch ticks, thread CPU time and bytes allocated (this thread) per stage of the pipeline. The analyzer calls
/// <see cref="Lap"/> between its own stages, so a breakdown cannot drift from what it really does
/// (bench's stage table). Single-threaded; not used on the normal path.
/// </summary>
internal sealed class StageClock
{
    public static readonly string[] StageNames =
        ["read", "metadata", "segment", "quotes", "mentions", "context", "attribution", "speakers", "channels", "render"];

    public const int Read = 0;
    public const int Metadata = 1;
    public const int Segment = 2;
    public const int Quotes = 3;
    public const int Mentions = 4;
    public const int Context = 5;
    public const int Attribution = 6;
    public const int Speakers = 7;
    public const int Channels = 8;
    public const int Render = 9;

    private long since;
    private long cpuSince;
    private long lastAllocated;

    /// <summary>Stopwatch ticks per stage, indexed like <see cref="StageNames"/>.</summary>
    public long[] Ticks { get; } = new long[StageNames.Length];

    /// <summary>
    /// This thread's CPU nanoseconds per stage (<see cref="ThreadCpuClock"/>), indexed like
    /// <see cref="StageNames"/>: unlike <see cref="Ticks"/>, not inflated by other processes.
    /// </summary>
    public long[] CpuNanoseconds { get; } = new long[StageNames.Length];

    /// <summary>Bytes allocated per stage (this thread), indexed like <see cref="StageNames"/>.</summary>
    public long[] Allocated { get; } = new long[StageNames.Length];

    /// <summary>Starts timing the first stage of an article.</summary>
    public void Start()
    {
        lastAllocated = GC.GetAllocatedBytesForCurrentThread();
        cpuSince = ThreadCpuClock.Nanoseconds();
        since = Stopwatch.GetTimestamp();
    }

    /// <summary>Charges the time and allocations since the last call to <paramref name="stage"/>.</summary>
    public void Lap(int stage)
    {
        long now = Stopwatch.GetTimestamp();
        Ticks[stage] += now - since;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        Allocated[stage] += allocated - lastAllocated;
        lastAllocated = allocated;
        long cpu = ThreadCpuClock.Nanoseconds();
        CpuNanoseconds[stage] += cpu - cpuSince;
        cpuSince = cpu;
        since = Stopwatch.GetTimestamp();
    }
}
