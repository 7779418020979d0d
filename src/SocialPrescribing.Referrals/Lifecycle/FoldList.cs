using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialPrescribing.Referrals;

/// <summary>
/// One list of an episode's state as the fold holds it: the first <see cref="Count"/> items of an array that the
/// episodes of one history may share.
/// </summary>
/// <remarks>
/// <para>
/// The store is one of three things, and which one is the whole trick of a linear fold:
/// </para>
/// <list type="bullet">
/// <item><description>
/// <b>Exact</b>: an array of exactly <see cref="Count"/> items, never written again. <see cref="Episode.Replay(IEnumerable{EpisodeEvent}, EpisodeRules)"/>
/// leaves every list exact (<see cref="Trim"/>), so <see cref="View"/> wraps it without copying.
/// </description></item>
/// <item><description>
/// <b>A builder's array</b>: pre-sized by <see cref="Presized"/> for a replay and written in place while it folds.
/// Only the replay's own fold ever holds one with room to spare: it trims every list before an episode sees it.
/// </description></item>
/// <item><description>
/// <b>A shared log</b> (<see cref="Log"/>): an array with room to spare and the number of slots claimed so far.
/// <see cref="Episode.Apply"/> copies its parent's fold, lists included (a struct copy: the arrays are shared), and
/// appends. When the parent's count is the log's claimed count, the next slot is free: the append claims it with
/// <see cref="Interlocked.CompareExchange(ref int, int, int)"/> and writes the item in place. Otherwise some other
/// episode of the same parent claimed it first (a branch: two events applied to one episode), and the append copies
/// the episode's items into a new log with twice the room. A slot below an episode's count is never written again,
/// so every episode sharing the log keeps seeing its own items, whatever is appended after them: episodes stay
/// immutable and safe to share between threads, and a chain of n applies copies O(n) items in all rather than O(n^2).
/// </description></item>
/// </list>
/// <para>
/// A list is a mutable struct: only a fold (a local, or the field of the episode that owns it) calls the mutating
/// members, and an episode calls only <see cref="View"/>, which may swap a shared log for an exact copy of the same
/// items (the count never changes, so a reader on another thread sees the same items either way).
/// </para>
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal struct FoldList<T>
{
    private const int FirstCapacity = 4;

    /// <summary>Null (no items), a <typeparamref name="T"/>[] (exact, or a replay builder's) or a <see cref="Log"/>.</summary>
    private object? _store;

    private int _count;

    /// <summary>Gets the number of items.</summary>
    internal readonly int Count => _count;

    /// <summary>Gets the items as a span, without copying.</summary>
    internal readonly ReadOnlySpan<T> Span => _store switch
    {
        null => default,
        Log log => new ReadOnlySpan<T>(log.Items, 0, _count),
        _ => new ReadOnlySpan<T>(Unsafe.As<T[]>(_store), 0, _count),
    };

    /// <summary>Gets an item.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    internal readonly T this[int index] => Span[index];

    /// <summary>A list for a replay: an array of exactly <paramref name="capacity"/> items, written in place by <see cref="Add"/>.</summary>
    /// <param name="capacity">How many items the replay will add at most.</param>
    internal static FoldList<T> Presized(int capacity) => new() { _store = capacity == 0 ? null : new T[capacity] };

    /// <summary>Appends an item (see the remarks).</summary>
    /// <param name="item">The item.</param>
    internal void Add(T item)
    {
        int count = _count;
        if (_store is Log log)
        {
            if (count < log.Items.Length && Interlocked.CompareExchange(ref log.Used, count + 1, count) == count)
            {
                log.Items[count] = item; // the slot is this list's alone: claimed above, below nobody else's count
                _count = count + 1;
                return;
            }

            Grow(log.Items, count, item);
            return;
        }

        T[]? array = Unsafe.As<T[]?>(_store);
        if (array is not null && count < array.Length)
        {
            // Room in a plain array only ever belongs to a replay's own fold: every list an episode holds is exact.
            array[count] = item;
            _count = count + 1;
            return;
        }

        Grow(array, count, item);
    }

    /// <summary>Makes the store exact, copying the items when the array has room to spare (a replay, before it hands out the episode).</summary>
    internal void Trim()
    {
        if (_count == 0)
        {
            _store = null;
        }
        else if (_store is Log log)
        {
            _store = log.Items.Length == _count ? log.Items : log.Items.AsSpan(0, _count).ToArray();
        }
        else if (Unsafe.As<T[]>(_store!).Length != _count)
        {
            _store = Unsafe.As<T[]>(_store!).AsSpan(0, _count).ToArray();
        }
    }

    /// <summary>The items as an immutable array: the exact array itself; once, a copy of a shared log's items, kept as this list's store.</summary>
    /// <returns>The items.</returns>
    internal ImmutableArray<T> View()
    {
        object? store = _store;
        if (store is null)
        {
            return [];
        }

        T[] items = store is Log log ? log.Items : Unsafe.As<T[]>(store);
        if (items.Length != _count)
        {
            items = items.AsSpan(0, _count).ToArray();
            _store = items; // same items, exact: one reference written, so a racing reader sees either store
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <summary>The items plus one more, in a new shared log with twice the room.</summary>
    private void Grow(T[]? from, int count, T item)
    {
        var items = new T[Math.Max(FirstCapacity, count * 2)];
        from.AsSpan(0, count).CopyTo(items);
        items[count] = item;
        _store = new Log(items, count + 1);
        _count = count + 1;
    }

    /// <summary>An array that several episodes share, and how many of its slots have been claimed.</summary>
    private sealed class Log(T[] items, int used)
    {
        internal readonly T[] Items = items;

        /// <summary>The slots claimed: only ever raised, by one compare-and-swap from an episode's count to the next.</summary>
        internal int Used = used;
    }
}
