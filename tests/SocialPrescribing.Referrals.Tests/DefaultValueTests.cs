using FsCheck.Xunit;
using System.Reflection;
using NodaTime;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// The documented <c>default</c> rule (docs/conventions.md) for every public struct of Referrals: a value that exists is
/// valid, <c>default</c> is told apart by <c>IsDefault</c>, its parts throw <see cref="InvalidOperationException"/>, and
/// equality, hashing and <c>ToString</c> never throw.
/// </summary>
public class DefaultValueTests
{
    private static readonly LocalDate On = new(2026, 1, 5);

    /// <summary>Every public struct of the package, found by reflection, so a new one is checked without being listed.</summary>
    public static TheoryData<Type> PublicStructs()
    {
        var data = new TheoryData<Type>();
        foreach (Type type in typeof(Episode).Assembly.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void PublicStructs_AreTheKnownOnes()
        => Assert.Equal(
            ["Assignment", "CodedEntry", "ConnectionUpdate", "EpisodeId", "EventContext", "LinkWorkerId", "PersonIdentifier"],
            PublicStructs().Select(row => row.Data.Name));

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void Default_IsToldApart_AndItsPartsThrow(Type type)
    {
        object value = Activator.CreateInstance(type)!;
        Assert.True((bool)type.GetProperty("IsDefault")!.GetValue(value)!);
        Assert.True(value.Equals(Activator.CreateInstance(type)));
        Assert.Equal(Activator.CreateInstance(type)!.GetHashCode(), value.GetHashCode());
        Assert.Contains("default", value.ToString(), StringComparison.Ordinal);
        Assert.Contains(type.Name, value.ToString(), StringComparison.Ordinal);
        if (type == typeof(EventContext))
        {
            return; // its parts document their default values (0, the default id), and every event refuses it
        }

        foreach (PropertyInfo part in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "IsDefault"))
        {
            TargetInvocationException thrown = Assert.Throws<TargetInvocationException>(() => part.GetValue(value));
            Assert.IsType<InvalidOperationException>(thrown.InnerException);
        }
    }

    [Fact]
    public void CodedEntry_HoldsOnlyASocialPrescribingCode()
    {
        var entry = new CodedEntry(SocialPrescribingConcepts.ReferralToService, On);
        Assert.True(entry.Concept == SocialPrescribingConcepts.ReferralToService);
        Assert.Equal(On, entry.On);
        Assert.False(entry.IsDefault);
        Assert.NotEqual(default, entry);
        Assert.Equal("concept", Assert.Throws<ArgumentNullException>(() => new CodedEntry(null!, On)).ParamName);
        var other = new SnomedConcept(SctId.Parse("22298006"), "Myocardial infarction", "disorder");
        ArgumentException thrown = Assert.Throws<ArgumentException>(() => new CodedEntry(other, On));
        Assert.Equal("concept", thrown.ParamName);
        Assert.StartsWith(ReferralsMessages.CodedEntryConcept, thrown.Message, StringComparison.Ordinal);
        Assert.Equal(ReferralsMessages.CodedEntryDefault, Assert.Throws<InvalidOperationException>(() => default(CodedEntry).Concept).Message);
        Assert.Equal("CodedEntry(default)", default(CodedEntry).ToString());
    }

    [Fact]
    public void ConnectionUpdate_HoldsANamedOutcome()
    {
        var update = new ConnectionUpdate(ConnectionOutcome.Stopped, On);
        Assert.Equal((ConnectionOutcome.Stopped, On, false), (update.Outcome, update.On, update.IsSupportTakenUp));
        Assert.Equal("outcome", Assert.Throws<ArgumentOutOfRangeException>(() => new ConnectionUpdate(0, On)).ParamName);
        Assert.Equal(ReferralsMessages.ConnectionUpdateDefault, Assert.Throws<InvalidOperationException>(() => default(ConnectionUpdate).IsSupportTakenUp).Message);
        Assert.Equal("ConnectionUpdate(default)", default(ConnectionUpdate).ToString());
    }

    [Fact]
    public void Assignment_NamesALinkWorker()
    {
        var assignment = new Assignment(Journeys.Lw, On, ReassignmentReason.Cover);
        Assert.Equal((Journeys.Lw, On, (ReassignmentReason?)ReassignmentReason.Cover), (assignment.LinkWorker, assignment.From, assignment.Reason));
        Assert.Equal("linkWorker", Assert.Throws<ArgumentException>(() => new Assignment(default, On, null)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentOutOfRangeException>(() => new Assignment(Journeys.Lw, On, (ReassignmentReason)99)).ParamName);
        Assert.Equal(ReferralsMessages.AssignmentDefault, Assert.Throws<InvalidOperationException>(() => default(Assignment).Reason).Message);
        Assert.Equal("Assignment(default)", default(Assignment).ToString());
    }

    [Fact]
    public void PersonIdentifier_Default_KnowsNeither()
    {
        Assert.Equal(ReferralsMessages.PersonDefault, Assert.Throws<InvalidOperationException>(() => default(PersonIdentifier).NhsNumber).Message);
        Assert.Throws<InvalidOperationException>(() => default(PersonIdentifier).LocalKey);
        Assert.Null(PersonIdentifier.Create(null, "K").NhsNumber);
        Assert.Null(PersonIdentifier.Create(Journeys.Nhs).LocalKey);
    }

    /// <summary>Equal parts make equal values with equal hash codes; a different part makes a different value.</summary>
    [Property]
    public bool Equality_FollowsTheParts(bool referral, int days, bool engaged)
    {
        SnomedConcept concept = referral ? SocialPrescribingConcepts.ReferralToService : SocialPrescribingConcepts.Offered;
        LocalDate on = On.PlusDays(days % 1000);
        var a = new CodedEntry(concept, on);
        var b = new CodedEntry(concept, on);
        ConnectionOutcome outcome = engaged ? ConnectionOutcome.Engaged : ConnectionOutcome.DidNotAttend;
        return a == b && a.GetHashCode() == b.GetHashCode() && a != new CodedEntry(concept, on.PlusDays(1)) && a != default
            && new ConnectionUpdate(outcome, on) == new ConnectionUpdate(outcome, on)
            && new ConnectionUpdate(outcome, on).IsSupportTakenUp == engaged
            && new Assignment(Journeys.Lw, on, null) != new Assignment(Journeys.Lw, on, ReassignmentReason.Handover);
    }
}
