using System.Text.RegularExpressions;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Testing;

/// <summary>
/// The rules of Core's identifiers written the obvious way, with strings, regular expressions and LINQ, and with
/// their own copies of the tables.
/// </summary>
/// <remarks>
/// <para>
/// They serve twice: as independent oracles that property tests compare the fast parsers with, and as the baselines
/// the benchmarks measure the fast parsers against. Being independent is the point: a typo in a shared table would
/// pass a test that used the same table, so these are deliberately written apart from Core. They favour clarity over
/// speed and allocate freely.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static partial class ReferenceImplementations
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
    public static bool IsValidNhsNumber(string text)
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
    public static int NhsNumberCheckDigit(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        int sum = nineDigits.Select((c, i) => (c - '0') * (10 - i)).Sum();
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /// <summary>Tests whether text is a valid SCTID: 6-18 digits, no leading zero, partition, namespace length, Verhoeff.</summary>
    /// <param name="text">The text to test.</param>
    /// <returns><see langword="true"/> when the text is a valid SCTID.</returns>
    public static bool IsValidSctId(string text)
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
    public static bool VerhoeffIsValid(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return VerhoeffFold(digits, firstPosition: 0) == 0;
    }

    /// <summary>Computes the Verhoeff check digit to append to a string of digits.</summary>
    /// <param name="digits">ASCII digits without a check digit.</param>
    /// <returns>The check digit.</returns>
    public static int VerhoeffCheckDigit(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return VerhoeffInv[VerhoeffFold(digits, firstPosition: 1)];
    }

    /// <summary>The textbook Verhoeff fold, from the rightmost digit, which stands at <paramref name="firstPosition"/>.</summary>
    private static int VerhoeffFold(string digits, int firstPosition)
        => digits.Reverse().Select((ch, i) => (Digit: ch - '0', Position: i + firstPosition)).Aggregate(0, (acc, d) => VerhoeffD[acc][VerhoeffP[d.Position % 8][d.Digit]]);

    private static readonly (bool Anxiety, int Min, int Max, string Band)[] Ons4BandTable =
    [
        (false, 0, 4, "Low"), (false, 5, 6, "Medium"), (false, 7, 8, "High"), (false, 9, 10, "VeryHigh"),
        (true, 0, 1, "VeryLow"), (true, 2, 3, "Low"), (true, 4, 5, "Medium"), (true, 6, 10, "High"),
    ];

    private static readonly (decimal Min, PamLevel Level)[] PamLevelTable =
        [(0.0m, PamLevel.Level1), (47.1m, PamLevel.Level2), (55.2m, PamLevel.Level3), (67.1m, PamLevel.Level4)];

    /// <summary>Finds the ONS threshold band of a rating by searching a table of ranges, as docs/measures.md writes it.</summary>
    /// <param name="item">The item rated.</param>
    /// <param name="rating">The rating, 0 to 10.</param>
    /// <returns>The band.</returns>
    public static Ons4Band Ons4BandOf(Ons4Item item, int rating)
    {
        bool anxiety = item == Ons4Item.Anxiety;
        string band = Ons4BandTable.First(t => t.Anxiety == anxiety && rating >= t.Min && rating <= t.Max).Band;
        return Enum.Parse<Ons4Band>(band);
    }

    /// <summary>Describes the change between two ONS4 responses item by item, with a dictionary and LINQ.</summary>
    /// <param name="from">The earlier response.</param>
    /// <param name="to">The later response.</param>
    /// <returns>Per item: the difference, whether it improved, and the bands (null where an item is unrated).</returns>
    public static Dictionary<Ons4Item, (int? Difference, bool Improved, Ons4Band? FromBand, Ons4Band? ToBand)> Ons4ChangeOf(Ons4Response from, Ons4Response to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return Enum.GetValues<Ons4Item>().ToDictionary(
            item => item,
            item =>
            {
                int? a = from[item].Rating?.Value;
                int? b = to[item].Rating?.Value;
                int? difference = b - a;
                bool improved = difference is int d && (item == Ons4Item.Anxiety ? d < 0 : d > 0);
                return (difference, improved, a is int x ? Ons4BandOf(item, x) : (Ons4Band?)null, b is int y ? Ons4BandOf(item, y) : (Ons4Band?)null);
            });
    }

    /// <summary>Finds the PAM level of a score by searching a table of lower bounds, as docs/measures.md writes it.</summary>
    /// <param name="score">The score, 0.0 to 100.0.</param>
    /// <returns>The level.</returns>
    public static PamLevel PamLevelOf(decimal score) => PamLevelTable.Last(l => score >= l.Min).Level;

    [GeneratedRegex("^[1-9][0-9]{5,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex SctIdShape();
}
