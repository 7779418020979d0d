using System.Buffers;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The next ONS4 and PAM an episode's measurement schedule gives on any date, worked out once per episode without
/// building the schedule, as segments between <em>breakpoints</em>.
/// </summary>
/// <remarks>
/// <para>
/// On a date, the schedule (<see cref="Episode.Ons4On"/>, <see cref="Episode.PamOn"/>) counts only the assessments taken
/// on or before it, so between two breakpoints (the first attended contact, every date an assessment was taken or support
/// was taken up, and the date a closed episode's schedule ended) it sees the same assessments and gives the same next
/// assessment; only its status (due, overdue) moves with the date, and <see cref="Caseload"/> works that out with the
/// cadence. The segments are built in one walk over the breakpoints in order, taking each measure's assessments as the
/// walk reaches them, with the schedule's rules (<see cref="MeasureDefaults"/>): the baseline is due at the start, each
/// next one an interval after the last that counted, until one counts on or after the end of the measurement year or the
/// schedule ends; a PAM counts when taken an interval after the previous one, or early (but not before the early
/// minimum) once support was taken up after it. Consecutive segments with the same answers are kept as one.
/// </para>
/// <para>
/// <c>CaseloadTests.Summary_NextAssessments_AreTheSchedulesOnEveryDay</c> compares the segments with the schedule on
/// every day. Building them allocates only the exact array of segments (a few for a usual episode).
/// </para>
/// </remarks>
internal static class MeasureSegments
{
    /// <summary>How many dates fit the stack; more are rented.</summary>
    private const int StackDates = 64;

    /// <summary>Builds the segments of an episode with a first attended contact.</summary>
    /// <param name="f">The episode's fold.</param>
    /// <returns>The segments, the first from the first attended contact.</returns>
    internal static MeasureSegment[] Build(in EpisodeFold f)
    {
        LocalDate start = f.FirstContact!.On;
        LocalDate? end = f.ClosedOn is null ? null : f.FollowUpEnd(start);
        ReadOnlySpan<Ons4Response> ons4 = f.Ons4Responses.Span;
        ReadOnlySpan<PamRecorded> pam = f.PamAssessments.Span;
        ReadOnlySpan<ConnectionOutcomeRecorded> outcomes = f.ConnectionOutcomes.Span;
        int total = ons4.Length + pam.Length + outcomes.Length;

        // Room for each measure's dates and the support dates, then the breakpoints (those dates, the start and the end).
        int size = (2 * total) + 2;
        LocalDate[]? rentedDates = size > 2 * StackDates ? ArrayPool<LocalDate>.Shared.Rent(size) : null;
        MeasureSegment[]? rentedSegments = total + 2 > StackDates ? ArrayPool<MeasureSegment>.Shared.Rent(total + 2) : null;
        try
        {
            Span<LocalDate> buffer = rentedDates is null ? stackalloc LocalDate[2 * StackDates] : rentedDates;
            Span<MeasureSegment> segments = rentedSegments is null ? stackalloc MeasureSegment[StackDates] : rentedSegments;

            Span<LocalDate> ons4Dates = buffer[..ons4.Length];
            for (int i = 0; i < ons4.Length; i++)
            {
                ons4Dates[i] = ons4[i].DateAsked;
            }

            Span<LocalDate> pamDates = buffer.Slice(ons4.Length, pam.Length);
            for (int i = 0; i < pam.Length; i++)
            {
                pamDates[i] = pam[i].On;
            }

            int supportCount = 0;
            Span<LocalDate> support = buffer.Slice(ons4.Length + pam.Length, outcomes.Length);
            foreach (ConnectionOutcomeRecorded outcome in outcomes)
            {
                if (outcome.Outcome is ConnectionOutcome.Attended or ConnectionOutcome.Engaged)
                {
                    support[supportCount++] = outcome.On;
                }
            }

            support = support[..supportCount];
            ons4Dates = SortDistinct(ons4Dates);
            pamDates = SortDistinct(pamDates);
            support = SortDistinct(support);

            Span<LocalDate> breakpoints = buffer.Slice(total, total + 2);
            ons4Dates.CopyTo(breakpoints);
            pamDates.CopyTo(breakpoints[ons4Dates.Length..]);
            support.CopyTo(breakpoints[(ons4Dates.Length + pamDates.Length)..]);
            int breakpointCount = ons4Dates.Length + pamDates.Length + support.Length;
            breakpoints[breakpointCount++] = start;
            if (end is LocalDate last)
            {
                breakpoints[breakpointCount++] = last;
            }

            breakpoints = SortDistinct(breakpoints[..breakpointCount]);
            int count = Walk(start, end, ons4Dates, pamDates, support, PamEligibilities.For(f.PamEligibility).Outcome != PamEligibilityOutcome.NotSuitable, breakpoints, segments);
            return segments[..count].ToArray();
        }
        finally
        {
            if (rentedDates is not null)
            {
                ArrayPool<LocalDate>.Shared.Return(rentedDates);
            }

            if (rentedSegments is not null)
            {
                ArrayPool<MeasureSegment>.Shared.Return(rentedSegments);
            }
        }
    }

    /// <summary>The index of the segment a date falls in: the latest that starts on or before it; only for a date on or after the first attended contact.</summary>
    /// <param name="segments">The episode's segments.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The index.</returns>
    internal static int Find(ReadOnlySpan<MeasureSegment> segments, LocalDate asOf)
    {
        int low = 0;
        int high = segments.Length - 1;
        while (low < high)
        {
            int middle = low + ((high - low + 1) / 2);
            if (segments[middle].From <= asOf)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Walks the breakpoints in order, keeping each measure's schedule as it stands (see the remarks); writes one segment per change.</summary>
    private static int Walk(LocalDate start, LocalDate? end, ReadOnlySpan<LocalDate> ons4, ReadOnlySpan<LocalDate> pam, ReadOnlySpan<LocalDate> support, bool pamSuits, ReadOnlySpan<LocalDate> breakpoints, Span<MeasureSegment> segments)
    {
        LocalDate measuredThrough = start.Plus(MeasureDefaults.MinimumDuration);
        Measure ons4Schedule = default, pamSchedule = default;
        int nextOns4 = 0, nextPam = 0, count = 0;
        foreach (LocalDate breakpoint in breakpoints)
        {
            if (breakpoint < start || (end is LocalDate after && breakpoint > after))
            {
                continue; // before the schedule, nothing is asked; after its end, nothing is due
            }

            for (; nextOns4 < ons4.Length && ons4[nextOns4] <= breakpoint; nextOns4++)
            {
                if (ons4[nextOns4] >= start)
                {
                    ons4Schedule.Count(ons4[nextOns4], measuredThrough);
                }
            }

            for (; nextPam < pam.Length && pam[nextPam] <= breakpoint; nextPam++)
            {
                if (pam[nextPam] >= start && (pamSchedule.Previous is not LocalDate previous || PamCounts(pam[nextPam], previous, support)))
                {
                    pamSchedule.Count(pam[nextPam], measuredThrough);
                }
            }

            bool ended = end is LocalDate e && e <= breakpoint;
            var segment = new MeasureSegment(
                breakpoint,
                ons4Schedule.NextDue(start),
                ended || ons4Schedule.Complete ? -1 : ons4Schedule.Counted,
                pamSchedule.NextDue(start),
                ended || pamSchedule.Complete || !pamSuits ? -1 : pamSchedule.Counted);
            if (count == 0 || !segment.SameAnswers(segments[count - 1]))
            {
                segments[count++] = segment;
            }
        }

        return count;
    }

    /// <summary>Whether a PAM on <paramref name="on"/> counts after the previous counted PAM (Appendix 6; <see cref="MeasurementSchedule.CanReassessPam"/>).</summary>
    private static bool PamCounts(LocalDate on, LocalDate previous, ReadOnlySpan<LocalDate> support)
    {
        LocalDate regular = previous.Plus(MeasureDefaults.Cadence.Interval);
        if (on >= regular)
        {
            return true;
        }

        LocalDate earlyMinimum = previous.Plus(MeasureDefaults.EarlyReassessmentMinimum);
        if (on < earlyMinimum)
        {
            return false;
        }

        foreach (LocalDate taken in support)
        {
            if (taken > previous)
            {
                // The first support taken up after the previous PAM (the dates are sorted).
                return on >= LocalDate.Min(regular, LocalDate.Max(earlyMinimum, taken));
            }
        }

        return false;
    }

    /// <summary>Sorts the dates and keeps each once.</summary>
    private static Span<LocalDate> SortDistinct(Span<LocalDate> dates)
    {
        if (dates.Length < 2)
        {
            return dates;
        }

        dates.Sort();
        int kept = 1;
        for (int i = 1; i < dates.Length; i++)
        {
            if (dates[i] != dates[kept - 1])
            {
                dates[kept++] = dates[i];
            }
        }

        return dates[..kept];
    }

    /// <summary>One measure's schedule as the walk has it: the last assessment that counted, how many did, and whether the year is measured.</summary>
    private struct Measure
    {
        internal LocalDate? Previous;
        internal int Counted;
        internal bool Complete;

        internal void Count(LocalDate taken, LocalDate measuredThrough)
        {
            Previous = taken;
            Counted++;
            Complete |= taken >= measuredThrough;
        }

        internal readonly LocalDate NextDue(LocalDate start) => Previous is LocalDate previous ? MeasureDefaults.Cadence.NextDueAfter(previous) : start;
    }
}
