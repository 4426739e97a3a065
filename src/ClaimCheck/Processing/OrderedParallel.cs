using System.Collections.Concurrent;

namespace ClaimCheck.Processing;

/// <summary>
/// Maps a stream on several threads and yields the results in input order. At most a small window
/// of items (four per thread) is in flight, so memory does not grow with the input; the source is
/// enumerated lazily on the caller's thread, and results are consumed there too.
/// </summary>
public static class OrderedParallel
{
    /// <summary>In-flight items per thread: enough to keep every thread busy when item costs vary.</summary>
    public const int WindowPerThread = 4;

    /// <summary>
    /// Yields <c>map(item)</c> for each item, in order. With one thread the map runs on the caller's
    /// thread. An exception thrown by <paramref name="map"/> is rethrown when its item's turn comes.
    /// Stopping the enumeration early (or cancelling) stops the workers before this returns.
    /// </summary>
    public static IEnumerable<TResult> Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int threads, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return threads == 1 ? Sequential(source, map, cancellation) : Parallel(source, map, threads, cancellation);
    }

    private static IEnumerable<TResult> Sequential<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, CancellationToken cancellation)
    {
        foreach (var item in source)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TResult> Parallel<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int threads, CancellationToken cancellation)
    {
        int window = threads * WindowPerThread;
        using var work = new BlockingCollection<Slot<TSource, TResult>>(window);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var pending = new Queue<Slot<TSource, TResult>>(window + 1);
        var workers = new Thread[threads];
        for (int i = 0; i < threads; i++)
        {
            workers[i] = new Thread(() => Work(work, map, stop.Token)) { IsBackground = true, Name = "claimcheck-worker-" + i };
            workers[i].Start();
        }

        try
        {
            foreach (var item in source)
            {
                cancellation.ThrowIfCancellationRequested();
                if (pending.Count >= window)
                {
                    yield return pending.Dequeue().Wait(cancellation);
                }

                var slot = new Slot<TSource, TResult>(item);
                pending.Enqueue(slot);
                work.Add(slot, cancellation);
            }

            work.CompleteAdding();
            while (pending.Count > 0)
            {
                yield return pending.Dequeue().Wait(cancellation);
            }
        }
        finally
        {
            // Early exit: queued items are skipped, running ones finish, then the workers end.
            stop.Cancel();
            if (!work.IsAddingCompleted)
            {
                work.CompleteAdding();
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }
        }
    }

    private static void Work<TSource, TResult>(BlockingCollection<Slot<TSource, TResult>> work, Func<TSource, TResult> map, CancellationToken stop)
    {
        foreach (var slot in work.GetConsumingEnumerable(CancellationToken.None))
        {
            if (stop.IsCancellationRequested)
            {
                slot.Abandon();
                continue;
            }

            slot.Run(map);
        }
    }

    private sealed class Slot<TSource, TResult>(TSource item)
    {
        private readonly TaskCompletionSource<TResult> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Run(Func<TSource, TResult> map)
        {
            try
            {
                done.SetResult(map(item));
            }
#pragma warning disable CA1031 // Rethrown on the consumer's thread, in input order.
            catch (Exception e)
#pragma warning restore CA1031
            {
                done.SetException(e);
            }
        }

        public void Abandon() => done.TrySetCanceled();

        public TResult Wait(CancellationToken cancellation)
        {
            var task = done.Task;
            if (!task.IsCompleted)
            {
                try
                {
                    task.Wait(cancellation);
                }
                catch (AggregateException)
                {
                    // The map's own exception is rethrown unwrapped just below.
                }
            }

            return task.GetAwaiter().GetResult();
        }
    }
}
