using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// The limit for the dashboard benchmark: one hand-written loop that reads only the fields a PCN-and-quarter dashboard
/// needs (episodes, the three codes, closures, waits, ONS4 life satisfaction and anxiety change, PAM change and gains,
/// satisfaction) and sums them, with none of the library's generality.
/// </summary>
internal static class RawDashboard
{
    private static readonly SctId Offered = SocialPrescribingConcepts.Offered.Id;
    private static readonly SctId Declined = SocialPrescribingConcepts.Declined.Id;
    private static readonly SctId Referred = SocialPrescribingConcepts.ReferralToService.Id;

    internal static Dictionary<(OdsCode?, ReportingPeriod), Sums> For(IReadOnlyList<Episode> episodes, IReadOnlyDictionary<OdsCode, OdsCode> networks)
    {
        var groups = new Dictionary<(OdsCode?, ReportingPeriod), Sums>();
        for (int e = 0; e < episodes.Count; e++)
        {
            Episode episode = episodes[e];
            Referral? referral = episode.Referral;
            OdsCode? network = referral?.PrimaryCareNetwork ?? (networks.TryGetValue(episode.RegisteredPractice, out OdsCode n) ? n : null);
            LocalDate start = referral?.ReferredOn ?? episode.OfferedOn ?? episode.Events[0].On;
            var key = (network, ReportingPeriod.Containing(PeriodKind.Quarter, start));
            if (!groups.TryGetValue(key, out Sums? sums))
            {
                sums = new Sums();
                groups.Add(key, sums);
            }

            sums.Episodes++;
            var codes = episode.CodedEntries;
            for (int c = 0; c < codes.Count; c++)
            {
                SctId id = codes[c].Concept.Id;
                sums.Offered += id == Offered ? 1 : 0;
                sums.Declined += id == Declined ? 1 : 0;
                sums.Referred += id == Referred ? 1 : 0;
            }

            sums.Closed += episode.State == EpisodeState.Closed ? 1 : 0;
            if (episode.DaysToFirstContact is int wait)
            {
                sums.Waits[Math.Min(wait, sums.Waits.Length - 1)]++;
            }

            var ons4 = episode.Ons4Responses;
            if (ons4.Count > 1 && FollowUp(ons4[0].DateAsked, ons4, static r => r.DateAsked) is int f)
            {
                if (ons4[0].LifeSatisfaction.TryGetRating(out Ons4Rating a) && ons4[f].LifeSatisfaction.TryGetRating(out Ons4Rating b))
                {
                    sums.LifePairs++;
                    sums.LifeChange += b.Value - a.Value;
                }

                if (ons4[0].Anxiety.TryGetRating(out Ons4Rating x) && ons4[f].Anxiety.TryGetRating(out Ons4Rating y))
                {
                    sums.AnxietyPairs++;
                    sums.AnxietyChange += y.Value - x.Value;
                }
            }

            var pam = episode.PamAssessments;
            if (pam.Count > 1 && FollowUp(pam[0].On, pam, static p => p.On) is int g)
            {
                int change = pam[g].Score.Tenths - pam[0].Score.Tenths;
                sums.PamPairs++;
                sums.PamChange += change;
                sums.PamGains += change >= 30 ? 1 : 0;
            }

            if (episode.Satisfaction is SatisfactionRecorded s)
            {
                sums.Answered += s.Answer == FriendsAndFamilyAnswer.DontKnow ? 0 : 1;
                sums.Positive += s.Answer is FriendsAndFamilyAnswer.VeryGood or FriendsAndFamilyAnswer.Good ? 1 : 0;
            }
        }

        return groups;
    }

    // The first assessment is the baseline (the synthetic episodes record them in date order); the follow-up is the
    // one nearest 6 months after it within 3 to 9 months.
    private static int? FollowUp<T>(LocalDate baseline, IReadOnlyList<T> items, Func<T, LocalDate> dateOf)
    {
        LocalDate aim = baseline.PlusMonths(6), from = baseline.PlusMonths(3), to = baseline.PlusMonths(9);
        int? best = null;
        int bestDistance = int.MaxValue;
        for (int i = 1; i < items.Count; i++)
        {
            LocalDate d = dateOf(items[i]);
            int distance = Math.Abs(Period.DaysBetween(aim, d));
            if (d >= from && d <= to && distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }

    internal sealed class Sums
    {
        internal long Episodes;
        internal long Offered;
        internal long Declined;
        internal long Referred;
        internal long Closed;
        internal long[] Waits = new long[366];
        internal long LifePairs;
        internal long LifeChange;
        internal long AnxietyPairs;
        internal long AnxietyChange;
        internal long PamPairs;
        internal long PamChange;
        internal long PamGains;
        internal long Answered;
        internal long Positive;
    }
}
