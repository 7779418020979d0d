using System.Runtime.CompilerServices;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Numbers the distinct named members of an enumeration 0, 1, 2 ... in the enumeration's order, reading each value at
/// the enumeration's own width and sign, so members of any underlying type are told apart (docs/outcomes.md).
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal static class EnumIndex<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>The widest span of values looked up by offset in an array; wider enumerations use a dictionary.</summary>
    private const long MaxDenseSpan = 4096;

    private static readonly TypeCode Code = Type.GetTypeCode(Enum.GetUnderlyingType(typeof(TEnum)));
    private static readonly long Min;
    private static readonly int[] Dense;
    private static readonly Dictionary<long, int>? Sparse;

    static EnumIndex()
    {
        var distinct = new List<TEnum>();
        var seen = new HashSet<long>();
        foreach (TEnum member in Enum.GetValues<TEnum>())
        {
            if (seen.Add(ValueOf(member)))
            {
                distinct.Add(member);
            }
        }

        Members = [.. distinct];
        long min = seen.Count == 0 ? 0 : seen.Min();
        long max = seen.Count == 0 ? -1 : seen.Max();
        Min = min;
        if (seen.Count == 0 || unchecked((ulong)max - (ulong)min) < MaxDenseSpan)
        {
            Dense = new int[seen.Count == 0 ? 0 : (int)(max - min) + 1];
            Array.Fill(Dense, -1);
            for (int i = 0; i < Members.Length; i++)
            {
                Dense[(int)(ValueOf(Members[i]) - min)] = i;
            }
        }
        else
        {
            Dense = [];
            Sparse = [];
            for (int i = 0; i < Members.Length; i++)
            {
                Sparse.Add(ValueOf(Members[i]), i);
            }
        }
    }

    /// <summary>Gets the distinct named members, in the enumeration's order (the first name of a shared value).</summary>
    internal static TEnum[] Members { get; }

    /// <summary>Gets the number of distinct named members.</summary>
    internal static int Count => Members.Length;

    /// <summary>Gets the number of a member, or -1 for a value that is not a named member.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Of(TEnum member)
    {
        long value = ValueOf(member);
        if (Sparse is null)
        {
            ulong offset = unchecked((ulong)(value - Min));
            return offset < (ulong)Dense.Length ? Dense[offset] : -1;
        }

        return Sparse.TryGetValue(value, out int i) ? i : -1;
    }

    /// <summary>Reads a member's value at the enumeration's width and sign (an unsigned 64-bit value keeps its bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long ValueOf(TEnum member) => Code switch
    {
        TypeCode.SByte => Unsafe.As<TEnum, sbyte>(ref member),
        TypeCode.Byte => Unsafe.As<TEnum, byte>(ref member),
        TypeCode.Int16 => Unsafe.As<TEnum, short>(ref member),
        TypeCode.UInt16 => Unsafe.As<TEnum, ushort>(ref member),
        TypeCode.Int32 => Unsafe.As<TEnum, int>(ref member),
        TypeCode.UInt32 => Unsafe.As<TEnum, uint>(ref member),
        TypeCode.Char => Unsafe.As<TEnum, char>(ref member),
        _ => Unsafe.As<TEnum, long>(ref member),
    };
}
