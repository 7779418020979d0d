using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// The limit for the dashboard benchmark: every cell of <see cref="EpisodeOutcomeAggregate.ToTable"/> per PCN and period
/// and the total row (<see cref="DashboardRows"/>), from one hand-written loop that reads only the fields the dashboard
/// needs into plain counters per group, with none of the library's generality (fixed PCN-and-period grouping, no
/// referral sources, reasons or connections, which the library also counts). The total row merges the groups' counters.
/// The tests check it against the library cell for cell.
/// </summary>
/// <remarks>
/// Waits are counted per day in an array that grows to the longest wait, so the median, 90th percentile and longest are
/// exact for any wait; a wait below 0 or above <see cref="ValueCounts.MaxValue"/> days is counted out of range, as the
/// library counts it. The follow-up window and the PAM level-4 rule come from the options.
/// </remarks>
internal static class RawDashboard
{
    private const int States = 13;
    private const int Closures = 9;
    private static readonly ConcurrentDictionary<long, double> TQuantiles = new();

    internal static DashboardRows For(IReadOnlyList<Episode> episodes, EpisodeOutcomeOptions options)
    {
        var groups = new Dictionary<OutcomeGroupKey, Sums>();
        IReadOnlyDictionary<OdsCode, OdsCode> networks = options.PracticeNetworks;
        PeriodKind kind = options.PeriodKind;
        var rule = new Window(options);
        bool excludeLevel4 = options.ExcludePamLevel4AtBaseline;
        for (int e = 0; e < episodes.Count; e++)
        {
            Episode episode = episodes[e];
            Referral? referral = episode.Referral;
            OdsCode? network = referral?.PrimaryCareNetwork ?? (networks.TryGetValue(episode.RegisteredPractice, out OdsCode n) ? n : null);
            LocalDate start = referral?.ReferredOn ?? episode.OfferedOn ?? episode.Events[0].On;
            var key = new OutcomeGroupKey(network, null, null, ReportingPeriod.Containing(kind, start));
            if (!groups.TryGetValue(key, out Sums? sums))
            {
                sums = new Sums();
                groups.Add(key, sums);
            }

            sums.Add(episode, rule, excludeLevel4);
        }

        var total = new Sums();
        foreach (Sums sums in groups.Values)
        {
            total.Add(sums);
        }

        return new DashboardRows(groups.ToDictionary(g => g.Key, g => g.Value.Row()), total.Row());
    }

    /// <summary>The follow-up window's dates, from the options.</summary>
    private sealed class Window(EpisodeOutcomeOptions options)
    {
        internal Period Target { get; } = options.FollowUpTarget;

        internal Period Earliest { get; } = options.FollowUpEarliest;

        internal Period Latest { get; } = options.FollowUpLatest;
    }

    private sealed class Sums
    {
        private static readonly SctId Offered = SocialPrescribingConcepts.Offered.Id;
        private static readonly SctId Declined = SocialPrescribingConcepts.Declined.Id;
        private static readonly SctId Referred = SocialPrescribingConcepts.ReferralToService.Id;
        private static readonly EscalationRecipient[] Recipients = [.. Enum.GetValues<EscalationRecipient>().Distinct()];

        private readonly long[] _states = new long[States];
        private readonly long[] _closures = new long[Closures];
        private readonly long[] _ons4 = new long[4 * 7]; // per item: baselines, sum, in band, pairs, sum, sum of squares, improved
        private readonly long[] _escalationsTo = new long[Recipients.Max(r => (int)r) + 1];
        private long[] _waits = new long[64]; // episodes per day waited, grown to the longest wait
        private long _episodes, _offered, _declined, _referred, _closed, _contacts, _minutes, _escalations, _waitCount, _waitsOutOfRange;
        private long _pamPairs, _pamSum, _pamSquares, _pamGains, _answered, _positive;

        internal void Add(Episode episode, Window rule, bool excludePamLevel4)
        {
            _episodes++;
            _states[(int)episode.State]++;
            var codes = episode.CodedEntries;
            for (int c = 0; c < codes.Length; c++)
            {
                SctId id = codes[c].Concept.Id;
                _offered += id == Offered ? 1 : 0;
                _declined += id == Declined ? 1 : 0;
                _referred += id == Referred ? 1 : 0;
            }

            if (episode.ClosureReason is ClosureReason reason)
            {
                _closed++;
                _closures[(int)reason]++;
            }

            _contacts += episode.AttendedContactCount;
            _minutes += (long)episode.TimeWithPerson.TotalMinutes;
            var escalations = episode.Escalations;
            _escalations += escalations.Length;
            for (int e = 0; e < escalations.Length; e++)
            {
                _escalationsTo[(int)escalations[e].To]++;
            }

            if (episode.DaysToFirstContact is int wait)
            {
                if (wait is < 0 or > ValueCounts.MaxValue)
                {
                    _waitsOutOfRange++;
                }
                else
                {
                    if (wait >= _waits.Length)
                    {
                        Array.Resize(ref _waits, Math.Max(wait + 1, _waits.Length * 2));
                    }

                    _waits[wait]++;
                    _waitCount++;
                }
            }

            var ons4 = episode.Ons4Responses;
            if (ons4.Length > 0)
            {
                int b = Baseline(ons4.AsSpan(), static r => r.DateAsked);
                int f = FollowUp(ons4.AsSpan(), b, static r => r.DateAsked, rule);
                for (int i = 0; i < 4; i++)
                {
                    Ons4Item item = (Ons4Item)((int)Ons4Item.LifeSatisfaction + i);
                    if (!ons4[b][item].TryGetRating(out Ons4Rating from))
                    {
                        continue;
                    }

                    int o = i * 7;
                    _ons4[o]++;
                    _ons4[o + 1] += from.Value;
                    _ons4[o + 2] += (i == 3 ? from.Value >= 6 : from.Value <= 4) ? 1 : 0;
                    if (f >= 0 && ons4[f][item].TryGetRating(out Ons4Rating to))
                    {
                        int d = to.Value - from.Value;
                        _ons4[o + 3]++;
                        _ons4[o + 4] += d;
                        _ons4[o + 5] += d * d;
                        _ons4[o + 6] += (i == 3 ? d < 0 : d > 0) ? 1 : 0;
                    }
                }
            }

            var pam = episode.PamAssessments;
            if (pam.Length > 1)
            {
                int b = Baseline(pam.AsSpan(), static p => p.On);
                int f = FollowUp(pam.AsSpan(), b, static p => p.On, rule);
                if (f >= 0 && !(excludePamLevel4 && pam[b].Score.Level == PamLevel.Level4))
                {
                    int d = pam[f].Score.Tenths - pam[b].Score.Tenths;
                    _pamPairs++;
                    _pamSum += d;
                    _pamSquares += (long)d * d;
                    _pamGains += d >= 30 ? 1 : 0;
                }
            }

            if (episode.Satisfaction is SatisfactionRecorded s)
            {
                _answered += s.Answer == FriendsAndFamilyAnswer.DontKnow ? 0 : 1;
                _positive += s.Answer is FriendsAndFamilyAnswer.VeryGood or FriendsAndFamilyAnswer.Good ? 1 : 0;
            }
        }

        /// <summary>Adds another group's counters (for the total row).</summary>
        internal void Add(Sums other)
        {
            Sum(_states, other._states);
            Sum(_closures, other._closures);
            Sum(_ons4, other._ons4);
            Sum(_escalationsTo, other._escalationsTo);
            if (other._waits.Length > _waits.Length)
            {
                Array.Resize(ref _waits, other._waits.Length);
            }

            Sum(_waits, other._waits);
            _episodes += other._episodes;
            _offered += other._offered;
            _declined += other._declined;
            _referred += other._referred;
            _closed += other._closed;
            _contacts += other._contacts;
            _minutes += other._minutes;
            _escalations += other._escalations;
            _waitCount += other._waitCount;
            _waitsOutOfRange += other._waitsOutOfRange;
            _pamPairs += other._pamPairs;
            _pamSum += other._pamSum;
            _pamSquares += other._pamSquares;
            _pamGains += other._pamGains;
            _answered += other._answered;
            _positive += other._positive;
        }

        internal decimal?[] Row()
        {
            var row = new List<decimal?>(100) { _episodes };
            for (int s = 1; s < States; s++)
            {
                row.Add(_states[s]);
            }

            row.Add(_offered);
            row.Add(_declined);
            row.Add(_referred);
            row.Add(_closed);
            for (int c = 1; c < Closures; c++)
            {
                row.Add(_closures[c]);
            }

            row.Add(_contacts);
            row.Add(_minutes);
            row.Add(_escalations);
            foreach (EscalationRecipient r in Recipients)
            {
                row.Add(_escalationsTo[(int)r]);
            }

            row.Add(_waitCount);
            row.Add(Percentile(50));
            row.Add(Percentile(90));
            row.Add(Percentile(100));
            row.Add(_waitsOutOfRange);
            for (int i = 0; i < 4; i++)
            {
                int o = i * 7;
                row.Add(_ons4[o]);
                row.Add(_ons4[o] == 0 ? null : Round((decimal)_ons4[o + 1] / _ons4[o]));
                row.Add(_ons4[o + 2]);
                row.Add(_ons4[o] == 0 ? null : (decimal)_ons4[o + 2] / _ons4[o]);
                Change(row, _ons4[o + 3], _ons4[o + 4], _ons4[o + 5], 1);
                row.Add(_ons4[o + 6]);
                row.Add(_ons4[o + 3] == 0 ? null : (decimal)_ons4[o + 6] / _ons4[o + 3]);
            }

            Change(row, _pamPairs, _pamSum, _pamSquares, 10);
            row.Add(_pamGains);
            row.Add(_pamPairs == 0 ? null : (decimal)_pamGains / _pamPairs);
            row.Add(_answered);
            row.Add(_positive);
            row.Add(_answered == 0 ? null : (decimal)_positive / _answered);
            return [.. row];
        }

        private static void Sum(long[] into, long[] from)
        {
            for (int i = 0; i < from.Length; i++)
            {
                into[i] += from[i];
            }
        }

        private static void Change(List<decimal?> row, long n, long sum, long squares, int units)
        {
            row.Add(n);
            decimal? mean = n == 0 ? null : (decimal)sum / n / units;
            row.Add(mean is decimal m ? Round(m) : null);
            if (n < 2)
            {
                row.Add(null);
                row.Add(null);
                return;
            }

            decimal count = n;
            decimal sd = (decimal)Math.Sqrt((double)(((count * squares) - ((decimal)sum * sum)) / (count * (count - 1)))) / units;
            decimal half = (decimal)(TQuantiles.GetOrAdd(n - 1, static df => StudentT.InvCDF(0, 1, df, 0.975)) * (double)sd / Math.Sqrt(n));
            row.Add(Round(mean!.Value - half));
            row.Add(Round(mean.Value + half));
        }

        private decimal? Percentile(int percent)
        {
            if (_waitCount == 0)
            {
                return null;
            }

            decimal h = (_waitCount - 1) * percent / 100m;
            long i = (long)decimal.Floor(h);
            int below = ValueAt(i);
            return Round(h == i ? below : below + ((h - i) * (ValueAt(i + 1) - below)));
        }

        private int ValueAt(long rank)
        {
            long seen = 0;
            for (int v = 0; v < _waits.Length; v++)
            {
                seen += _waits[v];
                if (seen > rank)
                {
                    return v;
                }
            }

            throw new InvalidOperationException("rank beyond the counts");
        }

        private static int Baseline<T>(ReadOnlySpan<T> items, Func<T, LocalDate> dateOf)
        {
            int best = 0;
            for (int i = 1; i < items.Length; i++)
            {
                best = dateOf(items[i]) < dateOf(items[best]) ? i : best;
            }

            return best;
        }

        private static int FollowUp<T>(ReadOnlySpan<T> items, int baseline, Func<T, LocalDate> dateOf, Window rule)
        {
            if (items.Length < 2)
            {
                return -1;
            }

            LocalDate start = dateOf(items[baseline]);
            LocalDate aim = start.Plus(rule.Target), from = start.Plus(rule.Earliest), to = start.Plus(rule.Latest);
            int best = -1, bestDistance = int.MaxValue;
            for (int i = 0; i < items.Length; i++)
            {
                LocalDate d = dateOf(items[i]);
                if (i == baseline || d < from || d > to)
                {
                    continue;
                }

                int distance = Math.Abs(Period.DaysBetween(aim, d));
                if (distance < bestDistance || (distance == bestDistance && d < dateOf(items[best])))
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            return best;
        }

        private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
    }
}
