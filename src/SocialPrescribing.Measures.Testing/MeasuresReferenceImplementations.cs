namespace SocialPrescribing.Measures.Testing;

/// <summary>
/// The ONS4 threshold bands, ONS4 change and PAM levels written the obvious way, as tables searched with LINQ, with
/// their own copies of the thresholds.
/// </summary>
/// <remarks>
/// <para>
/// They serve twice: as independent oracles that property tests compare the package with, and as the baselines the
/// benchmarks measure it against. Being independent is the point: a typo in a shared table would pass a test that
/// used the same table, so these are deliberately written apart from SocialPrescribing.Measures, from the tables of
/// docs/measures.md. They favour clarity over speed and allocate freely.
/// </para>
/// <para>
/// Internal: they are test oracles and benchmark baselines, not part of the package's public API. Visible to
/// SocialPrescribing.Measures.Tests and SocialPrescribing.Benchmarks (see the project file).
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static class MeasuresReferenceImplementations
{
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
    internal static Ons4Band Ons4BandOf(Ons4Item item, int rating)
    {
        bool anxiety = item == Ons4Item.Anxiety;
        string band = Ons4BandTable.First(t => t.Anxiety == anxiety && rating >= t.Min && rating <= t.Max).Band;
        return Enum.Parse<Ons4Band>(band);
    }

    /// <summary>Describes the change between two ONS4 responses item by item, with a dictionary and LINQ.</summary>
    /// <param name="from">The earlier response.</param>
    /// <param name="to">The later response.</param>
    /// <returns>Per item: the difference, whether it improved, and the bands (null where an item is unrated).</returns>
    internal static Dictionary<Ons4Item, (int? Difference, bool Improved, Ons4Band? FromBand, Ons4Band? ToBand)> Ons4ChangeOf(Ons4Response from, Ons4Response to)
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
    internal static PamLevel PamLevelOf(decimal score) => PamLevelTable.Last(l => score >= l.Min).Level;
}
