using ClaimCheck.Processing;

namespace ClaimCheck.Tests.Processing;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Results_come_in_input_order_whatever_the_timing(int threads)
    {
        var random = new Random(1);
        var delays = Enumerable.Range(0, 300).Select(_ => random.Next(0, 3)).ToArray();

        var results = OrderedParallel.Map(Enumerable.Range(0, 300), i =>
        {
            Thread.Sleep(delays[i]);
            return i * 2;
        }, threads).ToList();

        Assert.Equal(Enumerable.Range(0, 300).Select(i => i * 2), results);
    }

    [Fact]
    public void At_most_a_window_of_items_is_in_flight()
    {
        int pulled = 0, consumed = 0, maxAhead = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref pulled);
                maxAhead = Math.Max(maxAhead, pulled - consumed);
                yield return i;
            }
        }

        foreach (var _ in OrderedParallel.Map(Source(), i => i, threads: 3))
        {
            consumed++;
        }

        Assert.Equal(1000, consumed);
        Assert.True(maxAhead <= (3 * OrderedParallel.WindowPerThread) + 1, $"{maxAhead} items were in flight");
    }

    [Fact]
    public void An_exception_surfaces_at_its_item_after_the_earlier_results()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var r in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 40 ? throw new InvalidOperationException("item 40") : i, threads: 4))
            {
                seen.Add(r);
            }
        });

        Assert.Equal("item 40", e.Message);
        Assert.Equal(Enumerable.Range(0, 40), seen);
    }

    [Fact]
    public void Stopping_early_stops_the_workers()
    {
        int mapped = 0;
        var first = OrderedParallel.Map(Enumerable.Range(0, 100_000), i =>
        {
            Interlocked.Increment(ref mapped);
            return i;
        }, threads: 2).Take(5).ToList();

        Assert.Equal([0, 1, 2, 3, 4], first);
        int after = Volatile.Read(ref mapped);
        Thread.Sleep(50);
        Assert.Equal(after, Volatile.Read(ref mapped));
        Assert.True(after < 100, $"{after} items were mapped for 5 results");
    }

    [Fact]
    public void Cancellation_stops_the_stream()
    {
        using var cancel = new CancellationTokenSource();
        var results = new List<int>();
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var r in OrderedParallel.Map(Enumerable.Range(0, 10_000), i => i, threads: 2, cancel.Token))
            {
                results.Add(r);
                if (r == 10)
                {
                    cancel.Cancel();
                }
            }
        });

        Assert.Equal(Enumerable.Range(0, 11), results);
    }
}
