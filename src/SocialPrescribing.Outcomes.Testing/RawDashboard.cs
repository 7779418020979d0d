using MathNet.Numerics.Distributions;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// The limit for the dashboard benchmark: the figures of <see cref="ReferenceDashboard"/> (the columns of
/// <see cref="EpisodeOutcomeAggregate.ToTable"/>) from one hand-written loop that reads only the fields they need into
/// plain counters per group, with none of the library's generality (fixed PCN-and-period grouping, no merge, no
/// options beyond the follow-up window's defaults).
/// </summary>
internal static class RawDashboard
{
    private const int States = 13;
    private const int Closures = 9;

    internal static Dictionary<(OdsCode?, ReportingPeriod), decimal?[]> For(IReadOnlyList<Episode> episodes, IReadOnlyDictionary<OdsCode, OdsCode> networks, PeriodKind kind)
    {
        var groups = new Dictionary<(OdsCode?, ReportingPeriod), Sums>();
        for (int e = 0; e < episodes.Count; e++)
        {
            Episode episode = episodes[e];
            Referral? referral = episode.Referral;
            OdsCode? network = referral?.PrimaryCareNetwork ?? (networks.TryGetValue(episode.RegisteredPractice, out OdsCode n) ? n : null);
            LocalDate start = referral?.ReferredOn ?? episode.OfferedOn ?? episode.Events[0].On;
            var key = (network, ReportingPeriod.Containing(kind, start));
            if (!groups.TryGetValue(key, out Sums? sums))
            {
                sums = new Sums();
                groups.Add(key, sums);
            }

            sums.Add(episode);
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.Row());
    }

    private sealed class Sums
    {
        private static readonly SctId Offered = SocialPrescribingConcepts.Offered.Id;
        private static readonly SctId Declined = SocialPrescribingConcepts.Declined.Id;
        private static readonly SctId Referred = SocialPrescribingConcepts.ReferralToService.Id;

        private readonly long[] _states = new long[States];
        private readonly long[] _closures = new long[Closures];
        private readonly long[] _waits = new long[4000];
        private readonly long[] _ons4 = new long[4 * 7]; // per item: baselines, sum, in band, pairs, sum, sum of squares, improved
        private static readonly EscalationRecipient[] Recipients = [.. Enum.GetValues<EscalationRecipient>().Distinct()];
        private readonly long[] _escalationsTo = new long[Recipients.Max(r => (int)r) + 1];
        private long _episodes, _offered, _declined, _referred, _closed, _contacts, _minutes, _escalations, _waitCount, _waitsOutOfRange;
        private long _pamPairs, _pamSum, _pamSquares, _pamGains, _answered, _positive;

        internal void Add(Episode episode)
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

            if (episode.DaysToFirstContact is int outside && (outside < 0 || outside > ValueCounts.MaxValue))
            {
                _waitsOutOfRange++;
            }
            else if (episode.DaysToFirstContact is int wait)
            {
                _waits[Math.Min(wait, _waits.Length - 1)]++;
                _waitCount++;
            }

            var ons4 = episode.Ons4Responses;
            if (ons4.Length > 0)
            {
                int b = Baseline(ons4, static r => r.DateAsked);
                int f = FollowUp(ons4, b, static r => r.DateAsked);
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
                int b = Baseline(pam, static p => p.On);
                int f = FollowUp(pam, b, static p => p.On);
                if (f >= 0)
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

        internal decimal?[] Row()
        {
            var row = new List<decimal?> { _episodes };
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

            double sd = Math.Sqrt((double)(((decimal)n * squares) - ((decimal)sum * sum)) / (n * (n - 1))) / units;
            decimal half = (decimal)(StudentT.InvCDF(0, 1, n - 1, 0.975) * sd / Math.Sqrt(n));
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

            return _waits.Length - 1;
        }

        private static int Baseline<T>(IReadOnlyList<T> items, Func<T, LocalDate> dateOf)
        {
            int best = 0;
            for (int i = 1; i < items.Count; i++)
            {
                best = dateOf(items[i]) < dateOf(items[best]) ? i : best;
            }

            return best;
        }

        private static int FollowUp<T>(IReadOnlyList<T> items, int baseline, Func<T, LocalDate> dateOf)
        {
            LocalDate start = dateOf(items[baseline]);
            LocalDate aim = start.PlusMonths(6), from = start.PlusMonths(3), to = start.PlusMonths(9);
            int best = -1, bestDistance = int.MaxValue;
            for (int i = 0; i < items.Count; i++)
            {
                LocalDate d = dateOf(items[i]);
                int distance = Math.Abs(Period.DaysBetween(aim, d));
                if (i != baseline && d >= from && d <= to && (distance < bestDistance || (distance == bestDistance && d < dateOf(items[best]))))
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
