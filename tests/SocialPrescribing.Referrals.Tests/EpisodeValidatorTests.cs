using SocialPrescribing.Tests.Shared;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>The intake and closure rule sets: each rule's failure names the field, the rule and a stable code, and never the person.</summary>
public class EpisodeValidatorTests
{
    // One validator per test (xunit makes an instance per test): its rules are built when it is constructed.
    private readonly EpisodeValidator _validator = new();
    private static readonly EpisodeId Id = Journeys.Id;
    private static readonly Instant At = Instant.FromUtc(2026, 1, 5, 9, 0);

    private ValidationResult Intake(Episode episode) => _validator.ValidateReferral(episode);

    private ValidationResult Closure(Episode episode) => _validator.ValidateClosure(episode);

    private static Episode Referred(Referral referral) => Episode.Start(new ReferralMade(new EventContext(Id, 1, At, ActorRole.Referrer), referral)).Episode!;

    private static Referral Referral(Referrer referrer, ReferralMethod method = ReferralMethod.Electronic, PersonIdentifier? person = null, Urgency urgency = Urgency.Routine, string? why = null, OdsCode? pcn = null)
        => new(Journeys.ReferredOn, referrer, method, person ?? PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice, [ReferralReason.Housing], urgency: urgency, urgencyReason: why, primaryCareNetwork: pcn ?? Journeys.Pcn);

    private static void AssertFailures(ValidationResult result, params (string Property, string Code)[] expected)
    {
        Assert.Equal(expected.OrderBy(e => e.Code, StringComparer.Ordinal), result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).OrderBy(e => e.ErrorCode, StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Null(e.AttemptedValue));
        Assert.All(result.Errors, e => Assert.EndsWith(".", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void Referral_CompleteReferrals_AreValid()
    {
        Assert.True(Intake(Journeys.Closed(Journeys.Gp, SharingPermissions.NoneAsked)).IsValid);
        var self = new Referrer(ReferralSourceKind.SelfReferral);
        Assert.True(Intake(Referred(Referral(self, ReferralMethod.SelfReferral, PersonIdentifier.Create(null, "LOCAL-1")))).IsValid);
    }

    [Fact]
    public void Referral_OnlyOffered_HasNoReferral()
    {
        var offered = new SocialPrescribingOffered(new EventContext(Id, 1, At, ActorRole.GpSupervisor), Journeys.ReferredOn, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice);
        AssertFailures(Intake(Episode.Start(offered).Episode!), ("Referral", ReferralsErrorCodes.ReferralMissing));
    }

    [Fact]
    public void Referral_FromAnAgencyWithoutNhsNumberOrOrganisation_FailsBoth()
    {
        var police = new Referrer(ReferralSourceKind.Police);
        AssertFailures(
            Intake(Referred(Referral(police, person: PersonIdentifier.Create(null, "LOCAL-1")))),
            ("Referral.Person.NhsNumber", ReferralsErrorCodes.NhsNumberMissing),
            ("Referral.Referrer.Organisation", ReferralsErrorCodes.ReferrerOrganisationMissing));
        Assert.True(Intake(Referred(Referral(new Referrer(ReferralSourceKind.Police, service: "Neighbourhood policing team")))).IsValid);
    }

    /// <summary>PRSB has NHS number 0..1 R (required when known): a referral with only a local key has a warning and no error.</summary>
    [Fact]
    public void Referral_WithOnlyALocalKey_IsAWarningNotAnError()
    {
        var police = new Referrer(ReferralSourceKind.Police, service: "Neighbourhood policing team");
        ValidationResult result = Intake(Referred(Referral(police, person: PersonIdentifier.Create(null, "LOCAL-1"))));
        ValidationFailure warning = Assert.Single(result.Errors);
        Assert.Equal((ReferralsErrorCodes.NhsNumberMissing, Severity.Warning), (warning.ErrorCode, warning.Severity));
        Assert.Equal(ReferralsMessages.ValidationNhsNumberMissing, warning.ErrorMessage);
        Assert.DoesNotContain(_validator.Validate(Referred(Referral(police, person: PersonIdentifier.Create(null, "LOCAL-1")))).Errors, e => e.Severity == Severity.Error);
        Assert.All(Intake(Referred(Referral(new Referrer(ReferralSourceKind.Police)))).Errors.Where(e => e.ErrorCode != ReferralsErrorCodes.NhsNumberMissing), e => Assert.Equal(Severity.Error, e.Severity));
    }

    [Theory]
    [InlineData(ReferralSourceKind.SelfReferral, ReferralMethod.Phone)]
    [InlineData(ReferralSourceKind.GpPractice, ReferralMethod.SelfReferral)]
    public void Referral_MethodAndSourceDisagreeOnSelfReferral(ReferralSourceKind source, ReferralMethod method)
    {
        var referrer = new Referrer(source, source == ReferralSourceKind.SelfReferral ? null : Journeys.Practice);
        AssertFailures(Intake(Referred(Referral(referrer, method))), ("Referral.Method", ReferralsErrorCodes.MethodInconsistent));
    }

    [Fact]
    public void Referral_UrgentWithoutWhy_AndNoPcn()
    {
        Referral urgent = new(Journeys.ReferredOn, Journeys.Gp, ReferralMethod.Electronic, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice, [ReferralReason.Housing], urgency: Urgency.Urgent);
        AssertFailures(
            Intake(Referred(urgent)),
            ("Referral.UrgencyReason", ReferralsErrorCodes.UrgencyReasonMissing),
            ("Referral.PrimaryCareNetwork", ReferralsErrorCodes.PrimaryCareNetworkMissing));
        Assert.True(Intake(Referred(Referral(Journeys.Gp, urgency: Urgency.Urgent, why: "Lives alone"))).IsValid);
    }

    [Fact]
    public void Closure_AWholeEpisode_IsValid()
        => Assert.True(Closure(Journeys.Closed(Journeys.Gp, SharingPermissions.NoneAsked)).IsValid);

    [Fact]
    public void Closure_NotClosed_HasNoClosureReason()
    {
        Episode open = Episode.Replay(Journeys.Events(Journeys.Gp, SharingPermissions.NoneAsked, close: false));
        AssertFailures(Closure(open), ("ClosureReason", ReferralsErrorCodes.ClosureReasonMissing));
        Assert.True(Intake(open).IsValid); // rule sets are separate
    }

    private static Episode ClosedWithout(EpisodeEventKind dropped, MeasuresNotTakenReason? why = null)
    {
        List<EpisodeEvent> events = Journeys.Events(Journeys.Gp, SharingPermissions.NoneAsked, close: false);
        int last = events.FindLastIndex(e => e.Kind == dropped);
        events.RemoveAt(last);
        events.Add(new EpisodeClosed(new EventContext(Id, events.Count + 1, events[^1].At, ActorRole.LinkWorker, Journeys.Lw), new LocalDate(2026, 7, 20), ClosureReason.MovedAway, measuresNotTaken: why));
        return Episode.Replay(Journeys.Renumbered(events));
    }

    /// <summary>The measures or the reason are asked for only once the measurement year has ended: the day after <see cref="Episode.FollowUpEndsOn"/>.</summary>
    [Fact]
    public void Closure_WithoutAFollowUpOns4OrPam_NeedsTheReasonOnceTheYearHasEnded()
    {
        Episode withoutOns4 = ClosedWithout(EpisodeEventKind.Ons4Recorded);
        LocalDate ends = withoutOns4.FollowUpEndsOn!.Value;
        Assert.Equal(new LocalDate(2027, 2, 12), ends);
        Assert.True(Closure(withoutOns4).IsValid); // at closure, measures may still come
        Assert.True(_validator.ValidateClosure(withoutOns4, ends).IsValid);
        AssertFailures(_validator.ValidateClosure(withoutOns4, ends.PlusDays(1)), ("Ons4Responses", ReferralsErrorCodes.Ons4OutcomeMissing));
        AssertFailures(_validator.ValidateClosure(ClosedWithout(EpisodeEventKind.PamRecorded), ends.PlusDays(1)), ("PamAssessments", ReferralsErrorCodes.PamOutcomeMissing));
        Assert.True(_validator.ValidateClosure(ClosedWithout(EpisodeEventKind.Ons4Recorded, MeasuresNotTakenReason.PersonDeclined), ends.PlusDays(1)).IsValid);
        Assert.True(_validator.ValidateClosure(ClosedWithout(EpisodeEventKind.PamRecorded, MeasuresNotTakenReason.EndedBeforeFollowUpDue), ends.PlusDays(1)).IsValid);

        // The reason may come after closure, once the year has ended without the measures.
        var events = withoutOns4.Events.ToList();
        events.Add(new MeasuresNotTakenRecorded(new EventContext(Id, events.Count + 1, events[^1].At + Duration.FromDays(210), ActorRole.LinkWorker, Journeys.Lw), ends, MeasuresNotTakenReason.NoContactPossible));
        Assert.True(_validator.ValidateClosure(Episode.Replay(events), ends.PlusDays(1)).IsValid);
    }

    /// <summary>When the follow-up ends at closure (the person died), the measures or the reason are asked for at closure.</summary>
    [Fact]
    public void Closure_FollowUpEndingAtClosure_NeedsTheReasonAtClosure()
    {
        List<EpisodeEvent> events = Journeys.Events(Journeys.Gp, SharingPermissions.NoneAsked, close: false);
        events.RemoveAt(events.FindLastIndex(e => e.Kind == EpisodeEventKind.Ons4Recorded));
        events.Add(new EpisodeClosed(new EventContext(Id, events.Count + 1, events[^1].At, ActorRole.LinkWorker, Journeys.Lw), new LocalDate(2026, 7, 20), ClosureReason.Died));
        Episode died = Episode.Replay(Journeys.Renumbered(events));
        Assert.Equal(died.ClosedOn, died.FollowUpEndsOn);
        AssertFailures(Closure(died), ("Ons4Responses", ReferralsErrorCodes.Ons4OutcomeMissing));
        AssertFailures(_validator.Validate(died), ("Ons4Responses", ReferralsErrorCodes.Ons4OutcomeMissing));
    }

    [Fact]
    public void Closure_PamNotSuitable_OrNoFirstContact_AsksForNoPam()
    {
        List<EpisodeEvent> events = Journeys.Events(Journeys.Gp, SharingPermissions.NoneAsked);
        int eligibility = events.FindIndex(e => e.Kind == EpisodeEventKind.PamEligibilityRecorded);
        events[eligibility] = new PamEligibilityRecorded(new EventContext(Id, eligibility + 1, events[eligibility].At, ActorRole.LinkWorker, Journeys.Lw), events[eligibility].On, PamEligibilityOutcome.NotSuitable);
        events.RemoveAll(e => e.Kind == EpisodeEventKind.PamRecorded);
        Assert.True(Closure(Episode.Replay(Journeys.Renumbered(events))).IsValid);

        Episode closedWhileWaiting = Referred(Referral(Journeys.Gp)).Apply(new EpisodeClosed(new EventContext(Id, 2, At, ActorRole.LinkWorker), Journeys.ReferredOn.PlusDays(3), ClosureReason.Died)).Episode!;
        Assert.True(Closure(closedWhileWaiting).IsValid);
    }

    [Fact]
    public void RuleSetsByName_AreTheSameAsTheShortcuts()
    {
        Episode episode = Referred(Referral(new Referrer(ReferralSourceKind.Police), urgency: Urgency.Urgent));
        Assert.Equal(
            Intake(episode).Errors.Select(e => e.ErrorCode),
            _validator.Validate(episode, o => o.IncludeRuleSets(EpisodeValidator.ReferralRuleSet)).Errors.Select(e => e.ErrorCode));
        Assert.Equal(
            Closure(episode).Errors.Select(e => e.ErrorCode),
            _validator.Validate(episode, o => o.IncludeRuleSets(EpisodeValidator.ClosureRuleSet)).Errors.Select(e => e.ErrorCode));
        Assert.Throws<ArgumentNullException>(() => _validator.ValidateReferral(null!));
    }

    /// <summary>The plain call checks what applies to the episode as it stands: the referral once there is one, the closure once closed.</summary>
    [Fact]
    public void Validate_Plain_ChecksWhatApplies()
    {
        Episode incomplete = Referred(Referral(new Referrer(ReferralSourceKind.Police), urgency: Urgency.Urgent));
        Assert.False(_validator.Validate(incomplete).IsValid);
        Assert.Equal(Intake(incomplete).Errors.Select(e => e.ErrorCode), _validator.Validate(incomplete).Errors.Select(e => e.ErrorCode));

        var offered = new SocialPrescribingOffered(new EventContext(Id, 1, At, ActorRole.GpSupervisor), Journeys.ReferredOn, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice);
        Assert.True(_validator.Validate(Episode.Start(offered).Episode!).IsValid); // an offer has no referral yet

        Episode closedIncomplete = Episode.Replay([.. incomplete.Events, new EpisodeClosed(new EventContext(Id, 2, At, ActorRole.LinkWorker), Journeys.ReferredOn.PlusDays(3), ClosureReason.MovedAway)]);
        Assert.Equal(Intake(closedIncomplete).Errors.Select(e => e.ErrorCode), _validator.Validate(closedIncomplete).Errors.Select(e => e.ErrorCode));
        Assert.True(_validator.Validate(Journeys.Closed(Journeys.Gp, SharingPermissions.NoneAsked)).IsValid);
    }

    /// <summary>Drives every failure with an NHS number, a local key and free text about the person; none appears in a message, an attempted value or a placeholder.</summary>
    [Fact]
    public void Failures_NeverShowThePerson()
    {
        var person = PersonIdentifier.Create(null, "MRN-9990000026-JANE");
        Referral referral = new(Journeys.ReferredOn, new Referrer(ReferralSourceKind.Police, role: "Jane's neighbourhood officer"), ReferralMethod.SelfReferral, person, Journeys.Practice,
            [ReferralReason.Other], otherReasonText: "Jane Example, diabetes", urgency: Urgency.Urgent);
        Episode episode = Referred(referral);
        var failures = Intake(episode).Errors.Concat(Closure(episode).Errors).ToList();
        Assert.Equal(6, failures.Count);
        Assert.All(failures, f => Assert.Null(f.AttemptedValue));
        ValidationFailureChecks.AssertShowNone(failures, "Jane", "diabetes", "0026");

        ValidationException thrown = Assert.Throws<ValidationException>(() => _validator.Validate(episode, o => o.IncludeRuleSets(EpisodeValidator.ReferralRuleSet).ThrowOnFailures()));
        Assert.DoesNotContain("Jane", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0026", thrown.Message, StringComparison.Ordinal);
    }
}
