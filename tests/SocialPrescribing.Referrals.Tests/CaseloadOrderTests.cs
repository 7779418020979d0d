using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>The caseload's order (docs/referrals.md, "Caseload"), against the same order written as a LINQ sort.</summary>
public class CaseloadOrderTests
{
    private static readonly EpisodeId[] FewIds = [.. Enumerable.Range(1, 4).Select(n => EpisodeId.Create(new Guid(n, (short)(n * 7), 0, 0, 0, 0, 0, 0, 0, 0, (byte)n)))];

    /// <summary>
    /// Entries of every reason and urgency, with dates from the whole calendar or from a few days (so that many share a
    /// reason, urgency and date), from few episodes and few connections (so that ties go down to the connection number);
    /// now and then mostly one long run of entries that share a reason and date.
    /// </summary>
    public static Arbitrary<CaseloadEntry[]> Entries()
    {
        Gen<LocalDate> anyDate = Gen.Choose(-4_371_222, 2_932_896).Select(d => new LocalDate(1970, 1, 1).PlusDays(d)); // -9998-01-01 to 9999-12-31
        Gen<LocalDate> fewDates = Gen.Elements(new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 1), new LocalDate(2027, 1, 1));
        Gen<CaseloadEntry> entry =
            from reason in Gen.Elements(Enum.GetValues<CaseloadReason>())
            from urgency in Gen.Elements<Urgency?>(Urgency.Routine, Urgency.Urgent, null)
            from date in Gen.Frequency((1, anyDate), (3, fewDates))
            from id in Gen.Elements(FewIds)
            from number in Gen.Elements<int?>(null, 1, 2, 3)
            select reason == CaseloadReason.UnresolvedEscalation
                ? new CaseloadEntry(id, reason, null, date, urgency: urgency, escalationNumber: number)
                : new CaseloadEntry(id, reason, null, date, urgency: urgency, connectionNumber: number);
        // One long run: a reason and date shared by up to 40 episodes, with several connections each.
        Gen<CaseloadEntry> sameReasonAndDate =
            from id in Gen.Choose(1, 40).Select(n => EpisodeId.Create(new Guid(n * 7919 % 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)n)))
            from connection in Gen.Elements<int?>(null, 1, 2, 3)
            select new CaseloadEntry(id, CaseloadReason.ConnectionToFollowUp, null, new LocalDate(2026, 3, 1), connectionNumber: connection);

        // A caseload never holds two entries equal in every part of the order (one entry per episode and reason, or per connection).
        return Gen.Frequency((3, Gen.ArrayOf(entry)), (1, Gen.ArrayOf(Gen.Frequency((1, entry), (9, sameReasonAndDate)))))
            .Select(all => all.DistinctBy(OrderKey).ToArray())
            .ToArbitrary();
    }

    /// <summary>The parts of the order, most significant first: reason, urgency (every reason), date, episode id, connection or escalation number.</summary>
    private static (CaseloadReason Reason, Urgency Urgency, LocalDate Date, Guid Id, int Connection) OrderKey(CaseloadEntry e)
        => (e.Reason, e.Urgency.GetValueOrDefault(), e.Date, e.EpisodeId.Value, e.ConnectionNumber ?? e.EscalationNumber ?? 0);

    [Property(MaxTest = 500, Arbitrary = [typeof(CaseloadOrderTests)])]
    public void Sort_IsTheDocumentedOrder(CaseloadEntry[] entries)
    {
        CaseloadEntry[] expected = [.. entries
            .OrderBy(e => OrderKey(e).Reason)
            .ThenByDescending(e => OrderKey(e).Urgency) // urgent first
            .ThenBy(e => OrderKey(e).Date)
            .ThenBy(e => OrderKey(e).Id)
            .ThenBy(e => OrderKey(e).Connection)];

        CaseloadEntry[] sorted = CaseloadOrder.Sort([.. entries]);

        Assert.Equal(expected, sorted); // the same instances, in the same order
    }

    [Fact]
    public void Sort_EarliestAndLatestDates_FirstUrgentThenRoutine_InEveryReason()
    {
        EpisodeId id = FewIds[0];
        CaseloadEntry latest = new(id, CaseloadReason.WaitingForFirstContact, null, new LocalDate(9999, 12, 31), urgency: Urgency.Routine);
        CaseloadEntry earliest = new(id, CaseloadReason.WaitingForFirstContact, null, new LocalDate(-9998, 1, 1), urgency: Urgency.Routine);
        CaseloadEntry urgent = new(id, CaseloadReason.WaitingForFirstContact, null, new LocalDate(9999, 12, 31), urgency: Urgency.Urgent);
        CaseloadEntry cover = new(id, CaseloadReason.HeldByCover, null, new LocalDate(-9998, 1, 1), urgency: Urgency.Routine);
        CaseloadEntry ons4 = new(id, CaseloadReason.Ons4Due, null, new LocalDate(2026, 1, 1), ScheduleStatus.Due, urgency: Urgency.Routine);
        CaseloadEntry urgentOns4 = new(id, CaseloadReason.Ons4Due, null, new LocalDate(2026, 6, 1), ScheduleStatus.Due, urgency: Urgency.Urgent);
        CaseloadEntry escalation = new(id, CaseloadReason.UnresolvedEscalation, null, new LocalDate(9999, 12, 31), urgency: Urgency.Routine, escalationNumber: 2);
        CaseloadEntry handBack = new(id, CaseloadReason.HandBackDue, null, new LocalDate(-9998, 1, 1), urgency: Urgency.Urgent);

        Assert.Equal([escalation, urgent, earliest, latest, urgentOns4, ons4, cover, handBack], CaseloadOrder.Sort([handBack, cover, latest, ons4, earliest, urgentOns4, escalation, urgent]));
        Assert.Empty(CaseloadOrder.Sort([]));
    }
}
