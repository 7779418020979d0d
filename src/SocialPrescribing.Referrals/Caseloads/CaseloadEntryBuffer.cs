using System.Buffers;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The entries of a caseload being built, on arrays rented from the shared pool: growing it allocates nothing, so a
/// caseload allocates its entries and the one array it returns (a <see cref="List{T}"/> of thousands of entries would
/// allocate twice as many slots again, past the large-object threshold).
/// </summary>
internal sealed class CaseloadEntryBuffer : IDisposable
{
    private CaseloadEntry[] _items = ArrayPool<CaseloadEntry>.Shared.Rent(256);
    private int _count;

    /// <summary>The entries added, in the order added.</summary>
    internal ReadOnlySpan<CaseloadEntry> Entries => _items.AsSpan(0, _count);

    internal void Add(CaseloadEntry entry)
    {
        if (_count == _items.Length)
        {
            CaseloadEntry[] larger = ArrayPool<CaseloadEntry>.Shared.Rent(_items.Length * 2);
            Entries.CopyTo(larger);
            ArrayPool<CaseloadEntry>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[_count++] = entry;
    }

    /// <summary>Returns the array to the pool, cleared so that it holds on to no entry.</summary>
    public void Dispose()
    {
        ArrayPool<CaseloadEntry>.Shared.Return(_items, clearArray: true);
        _items = [];
        _count = 0;
    }
}
