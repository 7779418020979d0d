using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.QualityAssurance;
using SocialPrescribing.QualityAssurance.Testing;
using SocialPrescribing.Testing;
using static SocialPrescribing.Json.Tests.DocumentChecks;

namespace SocialPrescribing.Json.Tests;

public sealed class QualityAssuranceJsonTests
{
    /// <summary>Checks at every stage: undecided (QualityAssuranceGenerators), referred, with guidance, decided either way, signed.</summary>
    private static Arbitrary<QualityAssuranceCheck> Checks { get; } = (
        from kind in Gen.Elements(Enum.GetValues<OrganisationKind>())
        from undecided in QualityAssuranceGenerators.UndecidedChecksOf(kind)
        from stage in Gen.Choose(0, 5)
        from referred in Gen.Elements(true, false)
        from days in Gen.ArrayOf(Gen.Choose(0, 40), 4)
        from decision in Gen.Elements(ConnectionDecision.Connect, ConnectionDecision.ConnectWithAgreedActions)
        from actions in Gen.Choose(0, 2)
        select Staged(undecided, stage, referred, days, decision, actions)).ToArbitrary();

    /// <summary>Schedules built through their own members, renewals included (a renewal keeps the last catch-up and survey, which may then come before the signing date).</summary>
    private static Gen<GroupSchedule> Schedules { get; } =
        from id in Gen.Choose(1, 999)
        from signed in CoreGenerators.Dates
        from actions in Gen.Elements(true, false)
        from review in QualityAssuranceGenerators.DueWindows
        from sixMonthly in QualityAssuranceGenerators.DueWindows
        from steps in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 3), Gen.Choose(0, 200)), n))
        select steps.Aggregate(
            (Schedule: GroupSchedule.Create($"G-{id}", signed, actions, Cadence.Annual.WithDueWindow(review), Cadence.SixMonthly.WithDueWindow(sixMonthly), Cadence.SixMonthly), On: signed),
            (s, step) =>
            {
                LocalDate date = s.On.PlusDays(step.Item2);
                GroupSchedule next = step.Item1 switch
                {
                    0 => s.Schedule.WithCatchUp(date),
                    1 => s.Schedule.WithSurvey(date),
                    2 => s.Schedule.WithLeadershipChange(date),
                    _ => s.Schedule.Renewed(date, !s.Schedule.WithAgreedActions),
                };
                return (next, date);
            }).Schedule;

    private static Arbitrary<GroupSchedule> ScheduleArbitrary { get; } = Schedules.ToArbitrary();

    /// <summary>Groups of every state (QualityAssuranceGenerators), some with a renewed schedule or a capacity of so many places.</summary>
    private static Arbitrary<CommunityGroup> Groups { get; } = (
        from g in QualityAssuranceGenerators.Groups
        from schedule in Schedules
        from replace in Gen.Elements(true, false)
        from places in Gen.Elements<int?>(null, 0, 3)
        from source in Gen.Elements(Enum.GetValues<CapacitySource>())
        let scheduled = replace && g.Schedule is not null ? g.WithSchedule(schedule) : g
        select places is int p ? scheduled.WithCapacity(new CapacityReport(p > 1, p, new LocalDate(2025, 6, 30), source)) : scheduled).ToArbitrary();

    [Property]
    public Property QualityAssuranceCheck_RoundTrips() => Prop.ForAll(Checks, c => RoundTrips(c, Describe));

    [Property]
    public Property QualityAssuranceCheck_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(Checks, WrittenTwiceTheSame);

    [Fact]
    public void QualityAssuranceCheck_UnknownOutcome_IsRefused()
        => Refused<QualityAssuranceCheck>(
            Quoted("{'schemaVersion':1,'groupId':'G-1','kind':'smallVolunteerLedGroup','initialDiscussionOn':'2025-10-08','results':{'G1':{'outcome':'probably'}}}"),
            "$.results.G1.outcome",
            "probably");

    [Fact]
    public void QualityAssuranceCheck_ResultRepeated_IsRefused()
        => Refused<QualityAssuranceCheck>(
            Quoted("{'schemaVersion':1,'groupId':'G-1','kind':'smallVolunteerLedGroup','initialDiscussionOn':'2025-10-08','results':{'G1':{'outcome':'evidenceSeen'},'G1':{'outcome':'notApplicable','notes':'Meets in a private home'}}}"),
            "$.results.G1",
            "Meets in a private home");

    [Fact]
    public void QualityAssuranceCheck_GuidanceWithoutReferral_IsRefused()
    {
        JsonException e = Refused<QualityAssuranceCheck>(
            Quoted("{'schemaVersion':1,'groupId':'G-1','kind':'smallVolunteerLedGroup','initialDiscussionOn':'2025-10-08','results':{},'guidance':{'givenBy':'Jo','givenOn':'2025-10-09','text':'Call the group lead'}}"),
            "$",
            "Call the group lead");
        Assert.Contains("guidance: Line manager guidance is recorded only after the link worker referred the check", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QualityAssuranceCheck_DecisionWithoutDate_IsRefused()
        => Assert.Contains(
            "decidedOn",
            Refused<QualityAssuranceCheck>(Quoted("{'schemaVersion':1,'groupId':'G-1','kind':'vcseOrganisation','initialDiscussionOn':'2025-10-08','results':{},'decision':'connect'}"), "$", "G-1").Message,
            StringComparison.Ordinal);

    [Property]
    public Property GroupSchedule_RoundTrips() => Prop.ForAll(ScheduleArbitrary, s => RoundTrips(s, Describe));

    [Property]
    public Property GroupSchedule_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(ScheduleArbitrary, WrittenTwiceTheSame);

    [Fact]
    public void GroupSchedule_RenewedAfterACatchUp_RoundTrips()
    {
        GroupSchedule renewed = GroupSchedule.Create("G-1", new LocalDate(2025, 1, 6)).WithCatchUp(new LocalDate(2025, 7, 1)).WithSurvey(new LocalDate(2025, 7, 2))
            .Renewed(new LocalDate(2026, 1, 5), withAgreedActions: true).WithLeadershipChange(new LocalDate(2026, 2, 1));
        Assert.Equal(
            Quoted("{'schemaVersion':2,'groupId':'G-1','signedOn':'2026-01-05','withAgreedActions':true,'reviewCadence':{'interval':'P12M','dueWindow':'P1M'},'catchUpCadence':{'interval':'P6M','dueWindow':'P1M'},'surveyCadence':{'interval':'P6M','dueWindow':'P1M'},'leadershipChanges':['2026-02-01'],'lastCatchUpOn':'2025-07-01','lastSurveyOn':'2025-07-02'}"),
            SocialPrescribingJson.Serialize(renewed));
        RoundTrips(renewed, Describe);
    }

    [Fact]
    public void GroupSchedule_LeadershipChangeBeforeSigning_IsRefused()
    {
        JsonException e = Refused<GroupSchedule>(
            Quoted("{'schemaVersion':1,'groupId':'G-1','signedOn':'2026-01-05','withAgreedActions':false,'reviewCadence':{'interval':'P1Y','dueWindow':'P1M'},'catchUpCadence':{'interval':'P6M','dueWindow':'P1M'},'surveyCadence':{'interval':'P6M','dueWindow':'P1M'},'leadershipChanges':['2025-12-31']}"),
            "$",
            "2025-12-31");
        Assert.Contains("leadershipChanges[0]: A change of group leadership should not be dated before the agreement was signed.", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property CommunityGroup_RoundTrips() => Prop.ForAll(Groups, g => RoundTrips(g, Describe));

    [Property]
    public Property CommunityGroup_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(Groups, WrittenTwiceTheSame);

    [Fact]
    public void CommunityGroup_InACheckAndNotConnecting_IsRefused()
        => Refused<CommunityGroup>(
            Quoted("{'schemaVersion':1,'id':'G-1','name':'Tuesday walkers','kind':'smallVolunteerLedGroup','categories':['physicalActivitySupport'],'whereAndWhen':'Tuesdays','contact':'Sam','checkInProgress':true,'notConnecting':true}"),
            "$",
            "Tuesday walkers");

    [Fact]
    public void CommunityGroup_NoCategory_IsRefused()
        => Assert.Contains(
            "A group should serve at least one connection category.",
            Refused<CommunityGroup>(Quoted("{'schemaVersion':1,'id':'G-1','name':'Tuesday walkers','kind':'smallVolunteerLedGroup','categories':[],'whereAndWhen':'Tuesdays','contact':'Sam'}"), "$", "Tuesday walkers").Message,
            StringComparison.Ordinal);

    [Property]
    public bool CommunityGroupMenu_RoundTrips(CommunityGroupMenu menu) => RoundTrips(menu, Describe);

    [Property]
    public bool CommunityGroupMenu_WrittenTwice_GivesIdenticalBytes(CommunityGroupMenu menu) => WrittenTwiceTheSame(menu);

    [Fact]
    public void CommunityGroupMenu_GroupTwice_IsRefused()
    {
        const string group = "{'id':'G-42','name':'Tuesday walkers','kind':'smallVolunteerLedGroup','categories':['physicalActivitySupport'],'whereAndWhen':'Tuesdays','contact':'Sam'}";
        JsonException e = Refused<CommunityGroupMenu>(Quoted("{'schemaVersion':1,'groups':[" + group + "," + group + "]}"), "$", "G-42");
        Assert.Contains("Group ids should be unique in a menu.", e.Message, StringComparison.Ordinal);
    }

    private static QualityAssuranceCheck Staged(QualityAssuranceCheck check, int stage, bool referred, int[] days, ConnectionDecision decision, int actions)
    {
        LocalDate on = check.InitialDiscussionOn;
        bool refer = stage is 1 or 2 || (stage >= 3 && referred);
        if (refer)
        {
            on = on.PlusDays(days[0]);
            check = check.ReferToLineManager(on);
            if (stage != 1)
            {
                on = on.PlusDays(days[1]);
                check = check.RecordGuidance(new LineManagerGuidance("PCN line manager", on, "Talk through the safeguarding scenarios again"));
            }
        }

        on = on.PlusDays(days[2]);
        check = stage switch
        {
            4 => check.DecideNotToConnect("No safeguarding policy yet", ["Write a safeguarding policy", "Name a safeguarding lead"], on),
            3 or 5 => check.Decide(decision, on),
            _ => check,
        };
        return stage != 5 ? check : check.Sign(new AgreementToConnect(
            new Signature("Jo Smith, PCN", on.PlusDays(days[3])),
            new Signature("Pat Lee, group lead", on.PlusDays(days[3] + 1)),
            new[] { "Share the safeguarding policy", "Name a first-aider" }.Take(actions)));
    }

    private static string Describe(QualityAssuranceCheck c)
    {
        var text = new StringBuilder();
        text.AppendJoin(" | ", c.GroupId, c.Kind, Iso(c.InitialDiscussionOn), c.Status, Iso(c.ReferredOn), c.Decision?.ToString() ?? "-", Iso(c.DecidedOn), c.NotConnectingReason ?? "-").AppendLine();
        text.AppendJoin(" | ", c.ActionsThatWouldChangeIt).AppendLine();
        foreach ((string id, PromptItemResult r) in c.Results.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.AppendJoin(" | ", id, r.ItemId, r.Outcome, r.Notes ?? "-", r.AgreedAction ?? "-").AppendLine();
        }

        if (c.Guidance is LineManagerGuidance g)
        {
            text.AppendJoin(" | ", "guidance", g.GivenBy, Iso(g.GivenOn), g.Text).AppendLine();
        }

        if (c.AgreementToConnect is AgreementToConnect a)
        {
            text.AppendJoin(" | ", "agreement", a.PcnRepresentative.Name, Iso(a.PcnRepresentative.SignedOn), a.GroupRepresentative.Name, Iso(a.GroupRepresentative.SignedOn), string.Join(", ", a.ActionsAgreed)).AppendLine();
        }

        return text.ToString();
    }

    private static string Describe(GroupSchedule s)
        => string.Join(
            " | ",
            s.GroupId,
            Iso(s.SignedOn),
            s.WithAgreedActions,
            string.Join(",", s.LeadershipChanges.Select(d => Iso(d))),
            Iso(s.LastCatchUpOn),
            Iso(s.LastSurveyOn),
            s.ReviewCadence,
            s.CatchUpCadence,
            s.SurveyCadence,
            Iso(s.ReviewDueOn),
            Iso(s.CatchUpDueOn),
            Iso(s.SurveyDueOn));

    private static string Describe(CommunityGroup g)
        => string.Join(
            " | ",
            g.Id,
            g.Name,
            g.Kind,
            string.Join(",", g.Categories.Order()),
            g.WhereAndWhen,
            g.Contact,
            g.AccessibilityNotes ?? "-",
            g.Schedule is GroupSchedule s ? Describe(s) : "-",
            g.CheckInProgress,
            g.NotConnecting,
            g.Capacity is CapacityReport c ? $"{c.CanTakeNewPeople} {c.Places} {Iso(c.ReportedOn)} {c.Source}" : "-");

    private static string Describe(CommunityGroupMenu m) => string.Join(Environment.NewLine, m.Groups.Select(Describe));

    private static string Iso(LocalDate? date) => date is LocalDate d ? LocalDatePattern.Iso.Format(d) : "-";
}
