using MathNet.Numerics.Distributions;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// The dashboard of <see cref="EpisodeOutcomeAggregate.ToTable"/> (every column, per group and for all), written the
/// most literal way: LINQ <c>GroupBy</c>, then one query per column over the group's episodes, and the total row from
/// every episode again. The tests' independent oracle for the table; not a benchmark baseline (one pass per column is
/// not what a competent engineer writes: the benchmarks use <see cref="LinqDashboard"/>). Each row is the columns' values in the table's order: a count, a statistic rounded to 2
/// decimal places, or a percentage as the fraction numerator / denominator; <see langword="null"/> where the table has
/// "not applicable".
/// </summary>
internal static class ReferenceDashboard
{
    private static readonly (Ons4Item Item, Func<Ons4Response, Ons4Answer> Answer, Func<int, bool> InBand)[] Items =
    [
        (Ons4Item.LifeSatisfaction, r => r.LifeSatisfaction, v => v <= 4),
        (Ons4Item.Worthwhile, r => r.Worthwhile, v => v <= 4),
        (Ons4Item.Happiness, r => r.Happiness, v => v <= 4),
        (Ons4Item.Anxiety, r => r.Anxiety, v => v >= 6),
    ];

    /// <summary>The rows of the groups.</summary>
    internal static Dictionary<OutcomeGroupKey, decimal?[]> For(IReadOnlyList<Episode> episodes, EpisodeOutcomeOptions options)
        => episodes.GroupBy(e => ReferenceOutcomes.KeyOf(e, options)).ToDictionary(g => g.Key, g => Row([.. g], options));

    /// <summary>The total row.</summary>
    internal static decimal?[] Total(IReadOnlyList<Episode> episodes, EpisodeOutcomeOptions options) => Row(episodes, options);

    private static decimal?[] Row(IReadOnlyList<Episode> g, EpisodeOutcomeOptions options)
    {
        var row = new List<decimal?> { g.Count };
        row.AddRange(Enum.GetValues<EpisodeState>().Select(s => (decimal?)g.Count(e => e.State == s)));
        row.Add(g.Count(e => e.CodedEntries.Any(c => c.Concept == SocialPrescribingConcepts.Offered)));
        row.Add(g.Count(e => e.CodedEntries.Any(c => c.Concept == SocialPrescribingConcepts.Declined)));
        row.Add(g.Count(e => e.CodedEntries.Any(c => c.Concept == SocialPrescribingConcepts.ReferralToService)));
        row.Add(g.Count(e => e.ClosureReason is not null));
        row.AddRange(Enum.GetValues<ClosureReason>().Select(r => (decimal?)g.Count(e => e.ClosureReason == r)));
        row.Add(g.Sum(e => e.Contacts.Count(c => c.IsAttended)));
        row.Add(g.Sum(e => e.Contacts.Where(c => c.IsAttended).Sum(c => (long)c.Duration.TotalMinutes)));
        row.Add(g.Sum(e => e.Escalations.Length));
        row.AddRange(Enum.GetValues<EscalationRecipient>().Distinct().Select(r => (decimal?)g.Sum(e => e.Escalations.Count(x => x.To == r))));
        int[] waits = [.. g.Where(e => e.DaysToFirstContact is >= 0 and <= ValueCounts.MaxValue).Select(e => e.DaysToFirstContact!.Value).Order()];
        row.Add(waits.Length);
        row.Add(Percentile(waits, 50));
        row.Add(Percentile(waits, 90));
        row.Add(waits.Length == 0 ? null : waits.Max());
        row.Add(g.Count(e => e.DaysToFirstContact is < 0 or > ValueCounts.MaxValue));
        foreach ((Ons4Item item, Func<Ons4Response, Ons4Answer> answer, Func<int, bool> inBand) in Items)
        {
            int[] baselines = [.. g.Where(e => e.Ons4Responses.Length > 0)
                .Select(e => answer(e.Ons4Responses.OrderBy(r => r.DateAsked).First()).Rating)
                .Where(r => r is not null).Select(r => r!.Value.Value)];
            (int From, int To)[] pairs = [.. g.Select(e => ReferenceOutcomes.Ons4Pair(e, options, answer)).Where(p => p is not null).Select(p => p!.Value)];
            int band = baselines.Count(inBand);
            int improved = pairs.Count(p => item == Ons4Item.Anxiety ? p.To < p.From : p.To > p.From);
            row.Add(baselines.Length);
            row.Add(baselines.Length == 0 ? null : Round((decimal)baselines.Sum() / baselines.Length));
            row.Add(band);
            row.Add(Fraction(band, baselines.Length));
            AddChange(row, [.. pairs.Select(p => (decimal)(p.To - p.From))]);
            row.Add(improved);
            row.Add(Fraction(improved, pairs.Length));
        }

        decimal[] pam = [.. g.Select(e => ReferenceOutcomes.PamPair(e, options)).Where(p => p is not null).Select(p => (p!.Value.To - p.Value.From) / 10m)];
        AddChange(row, pam);
        int gains = pam.Count(c => c >= 3m);
        row.Add(gains);
        row.Add(Fraction(gains, pam.Length));
        FriendsAndFamilyAnswer[] answers = [.. g.Where(e => e.Satisfaction is not null).Select(e => e.Satisfaction!.Answer)];
        int answered = answers.Count(a => a != FriendsAndFamilyAnswer.DontKnow);
        int positive = answers.Count(a => a is FriendsAndFamilyAnswer.VeryGood or FriendsAndFamilyAnswer.Good);
        row.Add(answered);
        row.Add(positive);
        row.Add(Fraction(positive, answered));
        return [.. row];
    }

    private static void AddChange(List<decimal?> row, decimal[] changes)
    {
        row.Add(changes.Length);
        decimal? mean = changes.Length == 0 ? null : changes.Sum() / changes.Length;
        row.Add(mean is decimal m ? Round(m) : null);
        if (changes.Length < 2)
        {
            row.Add(null);
            row.Add(null);
            return;
        }

        double sd = Math.Sqrt(changes.Sum(c => (double)((c - mean!.Value) * (c - mean.Value))) / (changes.Length - 1));
        decimal half = (decimal)(StudentT.InvCDF(0, 1, changes.Length - 1, 0.975) * sd / Math.Sqrt(changes.Length));
        row.Add(Round(mean!.Value - half));
        row.Add(Round(mean.Value + half));
    }

    private static decimal? Percentile(int[] sorted, int percent)
    {
        if (sorted.Length == 0)
        {
            return null;
        }

        decimal h = (sorted.Length - 1) * percent / 100m;
        int i = (int)decimal.Floor(h);
        return Round(i + 1 < sorted.Length ? sorted[i] + ((h - i) * (sorted[i + 1] - sorted[i])) : sorted[i]);
    }

    private static decimal? Fraction(long numerator, long denominator) => denominator == 0 ? null : (decimal)numerator / denominator;

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
