using NodaTime;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// Makes a synthetic GP system extract of coded rows, the same for the same seed: for testing coded-activity pipelines
/// and for benchmarks (docs/outcomes.md, "Coded GP activity").
/// </summary>
/// <remarks>
/// The practices of <see cref="SyntheticEpisodes.PracticeNetworks"/>, weighted like the episodes (PCN sizes falling off as
/// 1/rank); one person for every three rows (keys <c>SYN-</c> and a number), so people have several rows; codes: about
/// 55% referral (871731000000106), 25% offered (871691000000100), 12% declined (871711000000103) and 8% another code (22298006);
/// dates over the financial years 2024/25 and 2025/26.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SyntheticCodedRows
{
    private static readonly LocalDate FirstDay = new(2024, 4, 1);
    private static readonly SctId Other = SctId.Parse("22298006");

    /// <summary>Makes synthetic coded rows, lazily, the same for the same seed.</summary>
    /// <param name="count">How many rows; 0 or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IEnumerable<CodedActivityRow> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Make(count, seed);
    }

    private static IEnumerable<CodedActivityRow> Make(int count, int seed)
    {
        var random = new Random(seed);
        OdsCode[] practices = [.. SyntheticEpisodes.PracticeNetworks.Keys];
        int people = Math.Max(1, count / 3);
        string[] keys = [.. Enumerable.Range(0, people).Select(p => "SYN-" + p.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        for (int i = 0; i < count; i++)
        {
            int person = random.Next(people);
            string key = keys[person];

            // A person keeps a practice: the practice follows from the person's number, skewed towards the large PCNs.
            OdsCode practice = practices[(int)(practices.Length * Math.Pow((person * 2654435761u % 1000) / 1000.0, 2))];
            double c = random.NextDouble();
            SctId code = c < 0.55 ? SocialPrescribingConcepts.ReferralToService.Id
                : c < 0.80 ? SocialPrescribingConcepts.Offered.Id
                : c < 0.92 ? SocialPrescribingConcepts.Declined.Id
                : Other;
            yield return CodedActivityRow.Create(practice, key, code, FirstDay.PlusDays(random.Next(730)));
        }
    }
}
