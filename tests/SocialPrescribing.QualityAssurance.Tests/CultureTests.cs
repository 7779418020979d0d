using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.QualityAssurance.Tests;

/// <summary>Every text the package produces is the same under tr-TR, ar-SA and en-GB as under the invariant culture.</summary>
public class CultureTests
{
    private static void AssertSameInEveryCulture<T>(Func<T> compute) => Assert.Empty(TestCultures.Differences(compute));

    [Property]
    public void Checks_Describe(QualityAssuranceCheck check)
    {
        LocalDate on = check.InitialDiscussionOn;
        QualityAssuranceCheck agreed = check.Decide(ConnectionDecision.ConnectWithAgreedActions, on)
            .Sign(new AgreementToConnect(new Signature("P. Manager", on), new Signature("G. Leader", on.PlusDays(1)), ["Add a first aider"]));
        AssertSameInEveryCulture(() => string.Join(
            "|",
            check.ToString(),
            agreed.ToString(),
            $"{agreed.AgreementToConnect}",
            agreed.AgreementToConnect!.PcnRepresentative.ToString(),
            new LineManagerGuidance("PCN line manager", on, "Go ahead").ToString(),
            string.Join(",", check.Results.Values.Select(r => r.ToString())),
            string.Join(",", new QualityAssuranceCheckValidator().Validate(check).Errors.Select(e => e.ErrorMessage))));
    }

    [Property]
    public void Schedules_AndDueItems_Describe(GroupSchedule schedule, ushort days)
    {
        LocalDate asOf = schedule.SignedOn.PlusDays(days % 800);
        AssertSameInEveryCulture(() => string.Join(
            "|",
            schedule.ToString(),
            string.Join(",", schedule.DueOn(asOf).Select(d => d.ToString())),
            new CommunityGroup(schedule.GroupId, "Walking group", OrganisationKind.SmallVolunteerLedGroup, [ConnectionCategoryKind.ArtsBasedActivities], "Tuesdays", "Ask at reception").ToString()));
    }

    [Fact]
    public void FormValidator_Messages_AreTheSame()
        => AssertSameInEveryCulture(() => string.Join("|", new AgreementToConnectFormValidator().Validate(new AgreementToConnectForm()).Errors.Select(e => e.ErrorMessage)));

    [Fact]
    public void ToStrings_UseIsoDates()
    {
        var on = new LocalDate(2026, 2, 5);
        Assert.Equal("G-12 signed 2026-02-05, review due 2027-02-05", GroupSchedule.Create("G-12", on).ToString());
        Assert.Equal("Agreement to connect signed 2026-02-06, 1 actions", new AgreementToConnect(new Signature("P", on), new Signature("G", on.PlusDays(1)), ["x"]).ToString());
        Assert.Equal("Quality assurance check of G-12 (SmallVolunteerLedGroup): InProgress, 0 of 8 items", QualityAssuranceCheck.Start("G-12", OrganisationKind.SmallVolunteerLedGroup, on).ToString());
    }
}
