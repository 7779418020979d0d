using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// The PCN-and-period dashboard of <see cref="EpisodeOutcomeAggregate.ToTable"/> (every column, per group and for all)
/// as a competent engineer writes it with LINQ and collections: <c>GroupBy</c> per (PCN, period), then one pass over each
/// group's episodes into mergeable sums (counts, sums of changes and of their squares, the waits themselves), and the
/// total row from merging the groups' sums. The dashboard benchmark's baseline; the tests check it against the library
/// cell for cell.
/// </summary>
/// <remarks>
/// Grouped by PCN and period whatever <see cref="EpisodeOutcomeOptions.Dimensions"/> says; the networks, period kind,
/// follow-up window and PAM level-4 rule come from the options. The t quantile of each interval is looked up once per
/// number of degrees of freedom, as anyone who profiled it once would.
/// </remarks>
internal static class LinqDashboard
{
    private static readonly ConcurrentDictionary<long, double> TQuantiles = new();
    private static readonly EpisodeState[] States = Enum.GetValues<EpisodeState>();
    private static readonly ClosureReason[] Closures = Enum.GetValues<ClosureReason>();
    private static readonly EscalationRecipient[] Recipients = [.. Enum.GetValues<EscalationRecipient>().Distinct()];
    private static readonly (Func<Ons4Response, Ons4Answer> Answer, bool LowerIsBetter)[] Items =
    [
        (r => r.LifeSatisfaction, false),
        (r => r.Worthwhile, false),
        (r => r.Happiness, false),
        (r => r.Anxiety, true),
    ];

    /// <summary>The dashboard of the episodes, grouped by PCN and period.</summary>
    internal static DashboardRows For(IEnumerable<Episode> episodes, EpisodeOutcomeOptions options)
    {
        Dictionary<OutcomeGroupKey, Sums> groups = episodes
            .GroupBy(e => KeyOf(e, options))
            .ToDictionary(g => g.Key, g => Sums.Of(g, options));
        Sums total = Sums.Merge(groups.Values);
        return new DashboardRows(groups.ToDictionary(g => g.Key, g => g.Value.Row()), total.Row());
    }

    private static OutcomeGroupKey KeyOf(Episode e, EpisodeOutcomeOptions options)
    {
        OdsCode? network = e.Referral?.PrimaryCareNetwork ?? (options.PracticeNetworks.TryGetValue(e.RegisteredPractice, out OdsCode n) ? n : null);
        LocalDate start = e.Referral?.ReferredOn ?? e.OfferedOn ?? e.Events[0].On;
        OutcomeDimensions d = options.Dimensions;
        PersonDemographics person = e.Demographics;
        return new OutcomeGroupKey(
            network,
            null,
            null,
            ReportingPeriod.Containing(options.PeriodKind, start),
            d.HasFlag(OutcomeDimensions.AgeBand) ? person.AgeBandOn(start) : null,
            d.HasFlag(OutcomeDimensions.StatedGender) ? person.StatedGender : null,
            deprivationQuintile: d.HasFlag(OutcomeDimensions.DeprivationQuintile) ? person.DeprivationDecile?.GetQuintile() : null);
    }

    /// <summary>The baseline (the earliest; the first of equal dates) and the follow-up nearest the target in the window (the earlier on a tie; -1 when none).</summary>
    private static (int Baseline, int FollowUp) Pair<T>(IReadOnlyList<T> items, Func<T, LocalDate> dateOf, EpisodeOutcomeOptions options)
    {
        int baseline = Enumerable.Range(0, items.Count).MinBy(i => dateOf(items[i]));
        LocalDate start = dateOf(items[baseline]);
        LocalDate aim = start.Plus(options.FollowUpTarget), from = start.Plus(options.FollowUpEarliest), to = start.Plus(options.FollowUpLatest);
        int followUp = Enumerable.Range(0, items.Count)
            .Where(i => i != baseline && dateOf(items[i]) >= from && dateOf(items[i]) <= to)
            .OrderBy(i => Math.Abs(Period.DaysBetween(aim, dateOf(items[i])))).ThenBy(i => dateOf(items[i]))
            .DefaultIfEmpty(-1)
            .First();
        return (baseline, followUp);
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal? Fraction(long numerator, long denominator) => denominator == 0 ? null : (decimal)numerator / denominator;

    /// <summary>Paired changes as sums: merge by adding.</summary>
    private sealed class Change
    {
        internal long Count { get; private set; }

        internal long Sum { get; private set; }

        internal long SumOfSquares { get; private set; }

        internal long Improved { get; private set; }

        internal long AtLeast { get; private set; }

        internal void Add(int from, int to, bool improved, bool atLeast)
        {
            long d = to - from;
            Count++;
            Sum += d;
            SumOfSquares += d * d;
            Improved += improved ? 1 : 0;
            AtLeast += atLeast ? 1 : 0;
        }

        internal void Add(Change other)
        {
            Count += other.Count;
            Sum += other.Sum;
            SumOfSquares += other.SumOfSquares;
            Improved += other.Improved;
            AtLeast += other.AtLeast;
        }

        /// <summary>Pairs, mean change and its 95% interval (t distribution), in points.</summary>
        internal IEnumerable<decimal?> Cells(int unitsPerPoint)
        {
            decimal? mean = Count == 0 ? null : (decimal)Sum / Count / unitsPerPoint;
            if (Count < 2)
            {
                return [Count, mean is decimal m ? Round(m) : null, null, null];
            }

            decimal n = Count;
            decimal sd = (decimal)Math.Sqrt((double)(((n * SumOfSquares) - ((decimal)Sum * Sum)) / (n * (n - 1)))) / unitsPerPoint;
            decimal half = (decimal)(TQuantiles.GetOrAdd(Count - 1, df => StudentT.InvCDF(0, 1, df, 0.975)) * (double)sd / Math.Sqrt(Count));
            return [Count, Round(mean!.Value), Round(mean.Value - half), Round(mean.Value + half)];
        }
    }

    /// <summary>One group's sums, filled in one pass over its episodes.</summary>
    private sealed class Sums
    {
        private readonly Dictionary<EpisodeState, long> _states = [];
        private readonly Dictionary<ClosureReason, long> _closures = [];
        private readonly Dictionary<EscalationRecipient, long> _escalations = [];
        private readonly List<int> _waits = [];
        private readonly (long Count, long Sum, long InBand)[] _baselines = new (long, long, long)[4];
        private readonly Change[] _ons4 = [new(), new(), new(), new()];
        private readonly Change _pam = new();
        private long _episodes, _offered, _declined, _referred, _contacts, _minutes, _waitsOutOfRange, _answered, _positive;

        internal static Sums Of(IEnumerable<Episode> episodes, EpisodeOutcomeOptions options)
        {
            var sums = new Sums();
            foreach (Episode episode in episodes)
            {
                sums.Add(episode, options);
            }

            return sums;
        }

        internal static Sums Merge(IEnumerable<Sums> parts)
        {
            var total = new Sums();
            foreach (Sums part in parts)
            {
                total.Add(part);
            }

            return total;
        }

        internal decimal?[] Row()
        {
            var row = new List<decimal?> { _episodes };
            row.AddRange(States.Select(s => (decimal?)_states.GetValueOrDefault(s)));
            row.AddRange([_offered, _declined, _referred, _closures.Values.Sum()]);
            row.AddRange(Closures.Select(r => (decimal?)_closures.GetValueOrDefault(r)));
            row.AddRange([_contacts, _minutes, _escalations.Values.Sum()]);
            row.AddRange(Recipients.Select(r => (decimal?)_escalations.GetValueOrDefault(r)));
            _waits.Sort();
            row.AddRange([_waits.Count, Percentile(_waits, 50), Percentile(_waits, 90), _waits.Count == 0 ? null : _waits[^1], _waitsOutOfRange]);
            for (int i = 0; i < Items.Length; i++)
            {
                (long count, long sum, long inBand) = _baselines[i];
                row.AddRange([count, count == 0 ? null : Round((decimal)sum / count), inBand, Fraction(inBand, count)]);
                row.AddRange(_ons4[i].Cells(1));
                row.AddRange([_ons4[i].Improved, Fraction(_ons4[i].Improved, _ons4[i].Count)]);
            }

            row.AddRange(_pam.Cells(10));
            row.AddRange([_pam.AtLeast, Fraction(_pam.AtLeast, _pam.Count), _answered, _positive, Fraction(_positive, _answered)]);
            return [.. row];
        }

        private static decimal? Percentile(List<int> sorted, int percent)
        {
            if (sorted.Count == 0)
            {
                return null;
            }

            decimal h = (sorted.Count - 1) * percent / 100m;
            int i = (int)decimal.Floor(h);
            return Round(h == i ? sorted[i] : sorted[i] + ((h - i) * (sorted[i + 1] - sorted[i])));
        }

        private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key)
            where TKey : notnull
            => counts[key] = counts.GetValueOrDefault(key) + 1;

        private void Add(Episode e, EpisodeOutcomeOptions options)
        {
            _episodes++;
            Increment(_states, e.State);
            _offered += e.CodedEntries.Count(c => c.Concept == SocialPrescribingConcepts.Offered);
            _declined += e.CodedEntries.Count(c => c.Concept == SocialPrescribingConcepts.Declined);
            _referred += e.CodedEntries.Count(c => c.Concept == SocialPrescribingConcepts.ReferralToService);
            if (e.ClosureReason is ClosureReason reason)
            {
                Increment(_closures, reason);
            }

            _contacts += e.AttendedContactCount;
            _minutes += (long)e.TimeWithPerson.TotalMinutes;
            foreach (Escalated escalation in e.Escalations)
            {
                Increment(_escalations, escalation.To);
            }

            switch (e.DaysToFirstContact)
            {
                case int wait and >= 0 and <= ValueCounts.MaxValue:
                    _waits.Add(wait);
                    break;
                case int:
                    _waitsOutOfRange++;
                    break;
            }

            if (e.Ons4Responses.Length > 0)
            {
                (int b, int f) = Pair(e.Ons4Responses, r => r.DateAsked, options);
                for (int i = 0; i < Items.Length; i++)
                {
                    (Func<Ons4Response, Ons4Answer> answer, bool lowerIsBetter) = Items[i];
                    if (answer(e.Ons4Responses[b]).Rating is not Ons4Rating from)
                    {
                        continue;
                    }

                    bool inBand = lowerIsBetter ? from.Value >= 6 : from.Value <= 4;
                    _baselines[i] = (_baselines[i].Count + 1, _baselines[i].Sum + from.Value, _baselines[i].InBand + (inBand ? 1 : 0));
                    if (f >= 0 && answer(e.Ons4Responses[f]).Rating is Ons4Rating to)
                    {
                        _ons4[i].Add(from.Value, to.Value, lowerIsBetter ? to.Value < from.Value : to.Value > from.Value, atLeast: false);
                    }
                }
            }

            if (e.PamAssessments.Length > 0)
            {
                (int b, int f) = Pair(e.PamAssessments, p => p.On, options);
                PamScore from = e.PamAssessments[b].Score;
                bool excluded = options.ExcludePamLevel4AtBaseline && from.Level == PamLevel.Level4;
                if (f >= 0 && !excluded)
                {
                    int to = e.PamAssessments[f].Score.Tenths;
                    _pam.Add(from.Tenths, to, to > from.Tenths, to - from.Tenths >= 30);
                }
            }

            if (e.Satisfaction is SatisfactionRecorded satisfaction)
            {
                _answered += satisfaction.Answer == FriendsAndFamilyAnswer.DontKnow ? 0 : 1;
                _positive += satisfaction.Answer is FriendsAndFamilyAnswer.VeryGood or FriendsAndFamilyAnswer.Good ? 1 : 0;
            }
        }

        private static void AddCounts<TKey>(Dictionary<TKey, long> into, Dictionary<TKey, long> from)
            where TKey : notnull
        {
            foreach ((TKey key, long count) in from)
            {
                into[key] = into.GetValueOrDefault(key) + count;
            }
        }

        private void Add(Sums other)
        {
            _episodes += other._episodes;
            _offered += other._offered;
            _declined += other._declined;
            _referred += other._referred;
            _contacts += other._contacts;
            _minutes += other._minutes;
            _waitsOutOfRange += other._waitsOutOfRange;
            _answered += other._answered;
            _positive += other._positive;
            AddCounts(_states, other._states);
            AddCounts(_closures, other._closures);
            AddCounts(_escalations, other._escalations);
            _waits.AddRange(other._waits);
            for (int i = 0; i < Items.Length; i++)
            {
                _baselines[i] = (_baselines[i].Count + other._baselines[i].Count, _baselines[i].Sum + other._baselines[i].Sum, _baselines[i].InBand + other._baselines[i].InBand);
                _ons4[i].Add(other._ons4[i]);
            }

            _pam.Add(other._pam);
        }
    }
}
