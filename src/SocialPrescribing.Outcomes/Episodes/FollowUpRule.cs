using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes;

/// <summary>Finds the baseline and the follow-up nearest the target within the window (<see cref="EpisodeOutcomeOptions"/>), over a span of an episode's list: nothing is allocated per episode.</summary>
internal sealed class FollowUpRule(Period target, Period earliest, Period latest)
{
    /// <summary>The rule of a set of options.</summary>
    internal static FollowUpRule Of(EpisodeOutcomeOptions options) => new(options.FollowUpTarget, options.FollowUpEarliest, options.FollowUpLatest);

    /// <summary>The index of the earliest item (the first of equal dates).</summary>
    internal static int Earliest<T>(ReadOnlySpan<T> items, Func<T, LocalDate> dateOf)
    {
        int best = 0;
        for (int i = 1; i < items.Length; i++)
        {
            if (dateOf(items[i]) < dateOf(items[best]))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The baseline (the earliest item) and its follow-up (-1 when none): how every figure pairs a measure.</summary>
    internal (int Baseline, int FollowUp) Pair<T>(ReadOnlySpan<T> items, Func<T, LocalDate> dateOf)
    {
        int baseline = Earliest(items, dateOf);
        return (baseline, Find(items, baseline, dateOf));
    }

    /// <summary>
    /// A PAM pair: the baseline, its follow-up (-1 when none, or when the pair is left out), and whether it was left out
    /// because the baseline was at level 4 (<see cref="EpisodeOutcomeOptions.ExcludePamLevel4AtBaseline"/>).
    /// </summary>
    internal (int Baseline, int FollowUp, bool ExcludedAtLevel4) PairPam(ReadOnlySpan<PamRecorded> scores, bool excludeLevel4)
    {
        (int baseline, int followUp) = Pair(scores, static p => p.On);
        bool excluded = followUp >= 0 && excludeLevel4 && scores[baseline].Score.Level == PamLevel.Level4;
        return (baseline, excluded ? -1 : followUp, excluded);
    }

    /// <summary>The index of the follow-up nearest the target date within the window, the earlier on a tie; -1 when none.</summary>
    internal int Find<T>(ReadOnlySpan<T> items, int baseline, Func<T, LocalDate> dateOf)
    {
        if (items.Length < 2)
        {
            return -1; // the baseline alone: no follow-up, and no calendar arithmetic to do
        }

        LocalDate start = dateOf(items[baseline]);
        LocalDate aim = start.Plus(target);
        LocalDate from = start.Plus(earliest);
        LocalDate to = start.Plus(latest);
        int best = -1;
        int bestDistance = int.MaxValue;
        for (int i = 0; i < items.Length; i++)
        {
            LocalDate date = dateOf(items[i]);
            if (i == baseline || date < from || date > to)
            {
                continue;
            }

            int distance = Math.Abs(Period.DaysBetween(aim, date));
            if (distance < bestDistance || (distance == bestDistance && date < dateOf(items[best])))
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }
}
