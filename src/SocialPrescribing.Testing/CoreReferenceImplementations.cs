using System.Text.RegularExpressions;

namespace SocialPrescribing.Testing;

/// <summary>
/// The rules of Core's identifiers (NHS number modulus 11, SCTID shape, partition and Verhoeff check) written the
/// obvious way, with strings, regular expressions and LINQ, and with their own copies of the tables.
/// </summary>
/// <remarks>
/// <para>
/// They serve twice: as independent oracles that property tests compare the fast parsers with, and as the baselines
/// the benchmarks measure the fast parsers against. Being independent is the point: a typo in a shared table would
/// pass a test that used the same table, so these are deliberately written apart from Core. They favour clarity over
/// speed and allocate freely.
/// </para>
/// <para>
/// Internal: they are test oracles and benchmark baselines, not part of the package's public API. Visible to
/// SocialPrescribing.Core.Tests and SocialPrescribing.Benchmarks (see the project file).
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static partial class CoreReferenceImplementations
{
    private static readonly int[][] VerhoeffD =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];

    private static readonly int[][] VerhoeffP =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];

    private static readonly int[] VerhoeffInv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

    /// <summary>Tests whether text is a valid NHS number: 10 digits or 3-3-4 with single spaces, modulus 11.</summary>
    /// <param name="text">The text to test.</param>
    /// <returns><see langword="true"/> when the text is a valid NHS number.</returns>
    internal static bool IsValidNhsNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string digits = text.Length == 12 && text[3] == ' ' && text[7] == ' ' ? text.Replace(" ", string.Empty, StringComparison.Ordinal) : text;
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        int check = NhsNumberCheckDigit(digits[..9]);
        return check >= 0 && check == digits[9] - '0';
    }

    /// <summary>Computes the modulus 11 check digit for the first nine digits of an NHS number.</summary>
    /// <param name="nineDigits">Nine ASCII digits.</param>
    /// <returns>The check digit, or -1 when no check digit makes a valid number (remainder gives 10).</returns>
    internal static int NhsNumberCheckDigit(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        int sum = nineDigits.Select((c, i) => (c - '0') * (10 - i)).Sum();
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /// <summary>Tests whether text is a valid SCTID: 6-18 digits, no leading zero, partition, namespace length, Verhoeff.</summary>
    /// <param name="text">The text to test.</param>
    /// <returns><see langword="true"/> when the text is a valid SCTID.</returns>
    internal static bool IsValidSctId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!SctIdShape().IsMatch(text))
        {
            return false;
        }

        string partition = text.Substring(text.Length - 3, 2);
        string[] valid = ["00", "01", "02", "10", "11", "12"];
        if (!valid.Contains(partition))
        {
            return false;
        }

        if (partition[0] == '1' && text.Length < 11)
        {
            return false;
        }

        return VerhoeffIsValid(text);
    }

    /// <summary>Tests a string of digits with the Verhoeff scheme, written from its textbook definition.</summary>
    /// <param name="digits">ASCII digits, the last being the check digit.</param>
    /// <returns><see langword="true"/> when the check digit matches.</returns>
    internal static bool VerhoeffIsValid(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return VerhoeffFold(digits, firstPosition: 0) == 0;
    }

    /// <summary>Computes the Verhoeff check digit to append to a string of digits.</summary>
    /// <param name="digits">ASCII digits without a check digit.</param>
    /// <returns>The check digit.</returns>
    internal static int VerhoeffCheckDigit(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return VerhoeffInv[VerhoeffFold(digits, firstPosition: 1)];
    }

    /// <summary>The textbook Verhoeff fold, from the rightmost digit, which stands at <paramref name="firstPosition"/>.</summary>
    private static int VerhoeffFold(string digits, int firstPosition)
        => digits.Reverse().Select((ch, i) => (Digit: ch - '0', Position: i + firstPosition)).Aggregate(0, (acc, d) => VerhoeffD[acc][VerhoeffP[d.Position % 8][d.Digit]]);

    [GeneratedRegex("^[1-9][0-9]{5,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex SctIdShape();
}
