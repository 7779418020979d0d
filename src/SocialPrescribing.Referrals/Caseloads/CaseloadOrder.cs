using System.Buffers;
using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>
/// Puts caseload entries in the documented order (<c>docs/referrals.md</c>, "Caseload"): by reason; urgent first; by
/// date; then by episode id and connection or escalation number.
/// </summary>
/// <remarks>
/// A sort that compares entries field by field costs about 200 ns an entry for a caseload of thousands (most of a
/// caseload's time). Instead each entry gets one number whose order is that of its reason, urgency and date, with the
/// entry's position in the low bits; the numbers are sorted by a radix sort, and only the entries that share a reason,
/// urgency and date (few, usually one) are then compared by episode id and connection number.
/// </remarks>
internal static class CaseloadOrder
{
    /// <summary>The low bits of a key hold the entry's position: room for 2^32 entries, more than an array holds.</summary>
    private const int PositionBits = 32;

    private const long PositionMask = (1L << PositionBits) - 1;

    /// <summary>The key above the position is 30 bits (see <see cref="Key"/>): four passes of a byte.</summary>
    private const int Passes = 4;

    /// <summary>Returns the entries in order.</summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <returns>A new array, in order.</returns>
    internal static CaseloadEntry[] Sort(ReadOnlySpan<CaseloadEntry> entries)
    {
        var sorted = new CaseloadEntry[entries.Length];
        long[] keys = ArrayPool<long>.Shared.Rent(sorted.Length);
        long[] spare = ArrayPool<long>.Shared.Rent(sorted.Length);
        try
        {
            Span<long> span = keys.AsSpan(0, sorted.Length);
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = (Key(entries[i]) << PositionBits) | (long)i;
            }

            span = RadixSortAbovePosition(span, spare.AsSpan(0, sorted.Length));
            for (int i = 0; i < span.Length; i++)
            {
                sorted[i] = entries[(int)(span[i] & PositionMask)];
            }

            int end;
            for (int start = 0; start < span.Length; start = end)
            {
                long shared = span[start] >> PositionBits;
                for (end = start + 1; end < span.Length && span[end] >> PositionBits == shared; end++)
                {
                }

                // Entries that share a reason, urgency and date: usually one, and sorting one changes nothing.
                sorted.AsSpan(start, end - start).Sort(ByEpisodeAndConnection); // a static method group: the delegate is cached
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<long>.Shared.Return(spare);
        }

        return sorted;
    }

    /// <summary>
    /// Sorts the keys by their bits above the position, a byte at a time from the least significant (a stable
    /// counting sort per byte), so keys equal there stay in position order.
    /// </summary>
    /// <returns>Whichever of the two spans holds the sorted keys.</returns>
    private static Span<long> RadixSortAbovePosition(Span<long> keys, Span<long> spare)
    {
        Span<int> starts = stackalloc int[257];
        for (int pass = 0; pass < Passes; pass++)
        {
            int shift = PositionBits + (8 * pass);
            starts.Clear();
            foreach (long key in keys)
            {
                starts[(int)((key >> shift) & 0xFF) + 1]++;
            }

            for (int digit = 1; digit < starts.Length; digit++)
            {
                starts[digit] += starts[digit - 1];
            }

            foreach (long key in keys)
            {
                spare[starts[(int)((key >> shift) & 0xFF)]++] = key;
            }

            Span<long> done = spare;
            spare = keys;
            keys = done;
        }

        return keys;
    }

    /// <summary>
    /// Reason (4 bits), urgency rank (2 bits: urgent 0, routine 1, none 2) and date (24 bits: year, month, day), most
    /// significant first: 30 bits, ordered as the entries are.
    /// </summary>
    private static long Key(CaseloadEntry entry)
    {
        long reason = (int)entry.Reason - 1; // a named member, 1 to 10
        long urgency = 2 - (int)entry.Urgency.GetValueOrDefault();
        return (reason << 26) | (urgency << 24) | DateKey(entry.Date);
    }

    /// <summary>A date as a number below 2^24 in the order of dates: year from -9998 (15 bits), month (4 bits), day (5 bits).</summary>
    private static long DateKey(LocalDate date) => ((long)(date.Year + 9999) << 9) | ((long)date.Month << 5) | (long)date.Day;

    /// <summary>The order of entries with the same reason, urgency and date: by episode id, then connection or escalation number (an entry has at most one).</summary>
    private static int ByEpisodeAndConnection(CaseloadEntry a, CaseloadEntry b)
    {
        int c = EpisodeId.CompareOrdinal(a.EpisodeId, b.EpisodeId);
        return c != 0 ? c : Number(a).CompareTo(Number(b));
    }

    private static int Number(CaseloadEntry entry) => entry.ConnectionNumber ?? entry.EscalationNumber ?? 0;
}
