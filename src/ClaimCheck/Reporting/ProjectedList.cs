using System.Collections;

namespace ClaimCheck.Reporting;

/// <summary>
/// A read-only list whose items are made when read (<paramref name="item"/> of the index), never
/// kept: a report's rows are built as they are rendered, so 400,000 rows are never in memory at once.
/// </summary>
internal sealed class ProjectedList<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return item(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
