namespace SocialPrescribing;

/// <summary>
/// The Verhoeff check digit scheme SNOMED CT uses for the last digit of every SCTID
/// (SNOMED CT Release File Specification, section 6.4 "Check-digit"): it catches every single-digit error and
/// every transposition of adjacent digits. One table, used by parsing and by <see cref="SctId.Create"/>.
/// </summary>
internal static class Verhoeff
{
    /// <summary>The multiplication table of the dihedral group D5, row-major 10 x 10.</summary>
    private static ReadOnlySpan<byte> Multiplication =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 2, 3, 4, 0, 6, 7, 8, 9, 5,
        2, 3, 4, 0, 1, 7, 8, 9, 5, 6,
        3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
        4, 0, 1, 2, 3, 9, 5, 6, 7, 8,
        5, 9, 8, 7, 6, 0, 4, 3, 2, 1,
        6, 5, 9, 8, 7, 1, 0, 4, 3, 2,
        7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
        8, 7, 6, 5, 9, 3, 2, 1, 0, 4,
        9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ];

    /// <summary>The position-dependent permutation, row-major 8 x 10 (row = position from the right, mod 8).</summary>
    private static ReadOnlySpan<byte> Permutation =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        1, 5, 7, 6, 2, 8, 3, 0, 9, 4,
        5, 8, 0, 3, 7, 9, 6, 1, 4, 2,
        8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
        9, 4, 5, 3, 1, 2, 6, 8, 7, 0,
        4, 2, 8, 6, 5, 7, 3, 9, 0, 1,
        2, 7, 9, 3, 8, 0, 6, 4, 1, 5,
        7, 0, 4, 6, 9, 1, 3, 2, 5, 8,
    ];

    /// <summary>The inverse of each element of D5.</summary>
    private static ReadOnlySpan<byte> Inverse => [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

    /// <summary>
    /// Folds one digit into the running check value. Digits must be folded from the right, each with its position
    /// counted from the right (the check digit itself is position 0): the product of D5 is not commutative. A full
    /// number is valid when the final value is 0.
    /// </summary>
    internal static int Step(int check, int digit, int positionFromRight)
        => Multiplication[(check * 10) + Permutation[((positionFromRight & 7) * 10) + digit]];

    /// <summary>Computes the check digit to append to <paramref name="payload"/> (a number of at least one digit).</summary>
    internal static int ComputeCheckDigit(ulong payload)
    {
        int check = 0;
        int position = 1;
        do
        {
            check = Step(check, (int)(payload % 10), position);
            payload /= 10;
            position++;
        }
        while (payload != 0);

        return Inverse[check];
    }
}
