using System.Text.Json.Serialization;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Wire;

/// <summary>
/// An episode event on the wire (schema version 2; version 1 lacks the demographics): its kind as the discriminator <c>"kind"</c> (the wire name of
/// <see cref="EpisodeEventKind"/>, fixed for ever), its context (number, episode, instant, who, link worker), then its
/// own facts. <see cref="SchemaVersion"/> is written only when the event is a document on its own.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SocialPrescribingOfferedWire), "offered")]
[JsonDerivedType(typeof(ReferralMadeWire), "referred")]
[JsonDerivedType(typeof(PersonDeclinedWire), "declined")]
[JsonDerivedType(typeof(ReferralAcceptedWire), "accepted")]
[JsonDerivedType(typeof(ReferralNotAcceptedWire), "notAccepted")]
[JsonDerivedType(typeof(ContactRecordedWire), "contactRecorded")]
[JsonDerivedType(typeof(CarePlanAgreedWire), "planAgreed")]
[JsonDerivedType(typeof(ConnectionMadeWire), "connectionMade")]
[JsonDerivedType(typeof(ConnectionOutcomeRecordedWire), "connectionOutcomeRecorded")]
[JsonDerivedType(typeof(Ons4RecordedWire), "ons4Recorded")]
[JsonDerivedType(typeof(PamRecordedWire), "pamRecorded")]
[JsonDerivedType(typeof(PamEligibilityRecordedWire), "pamEligibilityRecorded")]
[JsonDerivedType(typeof(SatisfactionRecordedWire), "satisfactionRecorded")]
[JsonDerivedType(typeof(ChangesRecordedWire), "changesRecorded")]
[JsonDerivedType(typeof(ReviewStartedWire), "reviewStarted")]
[JsonDerivedType(typeof(ReviewCompletedWire), "reviewCompleted")]
[JsonDerivedType(typeof(EscalatedWire), "escalated")]
[JsonDerivedType(typeof(PersonalHealthBudgetExploredWire), "personalHealthBudgetExplored")]
[JsonDerivedType(typeof(ComplaintRecordedWire), "complaintRecorded")]
[JsonDerivedType(typeof(PermissionsRecordedWire), "permissionsRecorded")]
[JsonDerivedType(typeof(EpisodeReassignedWire), "reassigned")]
[JsonDerivedType(typeof(PutOnHoldWire), "putOnHold")]
[JsonDerivedType(typeof(EpisodeResumedWire), "resumed")]
[JsonDerivedType(typeof(EpisodeClosedWire), "closed")]
[JsonDerivedType(typeof(OfferLapsedWire), "offerLapsed")]
[JsonDerivedType(typeof(EscalationResolvedWire), "escalationResolved")]
[JsonDerivedType(typeof(UrgencyChangedWire), "urgencyChanged")]
[JsonDerivedType(typeof(EnteredInErrorWire), "enteredInError")]
[JsonDerivedType(typeof(NhsNumberTracedWire), "nhsNumberTraced")]
[JsonDerivedType(typeof(ConnectionSharingRecordedWire), "connectionSharingRecorded")]
[JsonDerivedType(typeof(ReferrerSharingRecordedWire), "referrerSharingRecorded")]
[JsonDerivedType(typeof(MeasuresNotTakenRecordedWire), "measuresNotTakenRecorded")]
[JsonDerivedType(typeof(DemographicsRecordedWire), "demographicsRecorded")]
internal abstract record EventWire : IVersioned
{
    [JsonPropertyOrder(-6)]
    public int? SchemaVersion { get; init; }

    [JsonPropertyOrder(-5)]
    [JsonRequired]
    public int Number { get; init; }

    [JsonPropertyOrder(-4)]
    [JsonRequired]
    public EpisodeId EpisodeId { get; init; }

    [JsonPropertyOrder(-3)]
    [JsonRequired]
    public Instant At { get; init; }

    [JsonPropertyOrder(-2)]
    [JsonRequired]
    public ActorRole By { get; init; }

    /// <summary>Gets the link worker of the context (who recorded it, or whom it concerns by default).</summary>
    [JsonPropertyOrder(-1)]
    public LinkWorkerId? LinkWorker { get; init; }

    private protected EventContext Context => new(EpisodeId, Number, At, By, LinkWorker);

    /// <summary>The wire form of an event.</summary>
    /// <param name="e">The event.</param>
    /// <returns>Its wire form, with its context.</returns>
    internal static EventWire From(EpisodeEvent e)
    {
        EventWire wire = e switch
        {
            SocialPrescribingOffered x => new SocialPrescribingOfferedWire(x.On, PersonWire.From(x.Person), x.RegisteredPractice, x.PreviousEpisodeId, DemographicsWire.From(x.Demographics)),
            ReferralMade x => new ReferralMadeWire(ReferralWire.From(x.Referral), x.PreviousEpisodeId),
            PersonDeclined x => new PersonDeclinedWire(x.On),
            ReferralAccepted x => new ReferralAcceptedWire(x.On, x.LinkWorker!.Value),
            ReferralNotAccepted x => new ReferralNotAcceptedWire(x.On, x.Reason, x.RedirectedTo),
            ContactRecorded x => new ContactRecordedWire(x.When, x.Method, x.Duration, x.Attendance, x.Location, x.Outcome),
            CarePlanAgreed x => new CarePlanAgreedWire(CarePlanReferenceWire.From(x.Plan), PermissionsWire.From(x.Permissions)),
            ConnectionMade x => new ConnectionMadeWire(x.On, CategoryWire.From(x.Category), x.How, x.GroupId, x.GroupName, x.NeedToKnowNote, x.SupportCode),
            ConnectionOutcomeRecorded x => new ConnectionOutcomeRecordedWire(x.On, x.ConnectionNumber, x.Outcome),
            Ons4Recorded x => new Ons4RecordedWire(Ons4ResponseWire.From(x.Response)),
            PamRecorded x => new PamRecordedWire(x.On, x.Score),
            PamEligibilityRecorded x => new PamEligibilityRecordedWire(x.On, x.Outcome),
            SatisfactionRecorded x => new SatisfactionRecordedWire(x.On, x.Answer, x.InPersonsWords),
            ChangesRecorded x => new ChangesRecordedWire(x.On, x.InPersonsWords, x.OutcomeCodes.Count == 0 ? null : [.. x.OutcomeCodes]),
            ReviewStarted x => new ReviewStartedWire(x.On),
            ReviewCompleted x => new ReviewCompletedWire(x.On, x.NextReviewOn),
            Escalated x => new EscalatedWire(x.On, x.Reason, x.To, x.Urgency, x.ClosesEpisode),
            PersonalHealthBudgetExplored x => new PersonalHealthBudgetExploredWire(x.On, x.Outcome),
            ComplaintRecorded x => new ComplaintRecordedWire(x.On, x.Handling, x.ResolvedOn),
            PermissionsRecorded x => new PermissionsRecordedWire(x.On, PermissionsWire.From(x.Permissions)),
            EpisodeReassigned x => new EpisodeReassignedWire(x.On, x.LinkWorker!.Value, x.Reason),
            PutOnHold x => new PutOnHoldWire(x.On, x.Reason, x.ExpectedResumeOn),
            EpisodeResumed x => new EpisodeResumedWire(x.On),
            EpisodeClosed x => new EpisodeClosedWire(x.On, x.Reason, x.OtherReason, x.MeasuresNotTaken),
            OfferLapsed x => new OfferLapsedWire(x.On),
            EscalationResolved x => new EscalationResolvedWire(x.On, x.EscalationNumber, x.Outcome),
            UrgencyChanged x => new UrgencyChangedWire(x.On, x.Urgency, x.Reason),
            EnteredInError x => new EnteredInErrorWire(x.On, x.EventNumber, x.Reason),
            NhsNumberTraced x => new NhsNumberTracedWire(x.On, x.NhsNumber),
            ConnectionSharingRecorded x => new ConnectionSharingRecordedWire(x.On, x.ConnectionNumber, x.Answer),
            ReferrerSharingRecorded x => new ReferrerSharingRecordedWire(x.On, x.Answer),
            MeasuresNotTakenRecorded x => new MeasuresNotTakenRecordedWire(x.On, x.Reason),
            DemographicsRecorded x => new DemographicsRecordedWire(x.On, DemographicsWire.From(x.Demographics)!),
            // Stryker disable once all : unreachable: the hierarchy's constructor is private protected, so every kind is listed above.
            _ => throw new ArgumentException("An event of a kind this library does not define cannot be written.", nameof(e)),
        };
        EventContext c = e.Context;
        return wire with { Number = c.Number, EpisodeId = c.EpisodeId, At = c.At, By = c.By, LinkWorker = c.LinkWorker };
    }

    /// <summary>Builds the event through its own constructor.</summary>
    /// <returns>The event.</returns>
    internal abstract EpisodeEvent ToModel();
}

internal sealed record SocialPrescribingOfferedWire(LocalDate On, PersonWire Person, OdsCode RegisteredPractice, EpisodeId? PreviousEpisodeId = null, DemographicsWire? Demographics = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new SocialPrescribingOffered(Context, On, Person.ToModel(), RegisteredPractice, PreviousEpisodeId, Demographics?.ToModel());
}

internal sealed record ReferralMadeWire(ReferralWire Referral, EpisodeId? PreviousEpisodeId = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new ReferralMade(Context, Referral.ToModel(), PreviousEpisodeId);
}

internal sealed record PersonDeclinedWire(LocalDate On) : EventWire
{
    internal override EpisodeEvent ToModel() => new PersonDeclined(Context, On);
}

/// <summary>A referral accepted by <see cref="AcceptedBy"/> (who holds the episode from then).</summary>
internal sealed record ReferralAcceptedWire(LocalDate On, LinkWorkerId AcceptedBy) : EventWire
{
    internal override EpisodeEvent ToModel() => new ReferralAccepted(Context, AcceptedBy, On);
}

internal sealed record ReferralNotAcceptedWire(LocalDate On, NotAcceptedReason Reason, string? RedirectedTo = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new ReferralNotAccepted(Context, On, Reason, RedirectedTo);
}

internal sealed record ContactRecordedWire(ZonedDateTime When, ConsultationMethod Method, Duration Duration, ContactAttendance Attendance, ContactLocation? Location = null, string? Outcome = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new ContactRecorded(Context, When, Method, Location, Duration, Attendance, Outcome);
}

internal sealed record CarePlanAgreedWire(CarePlanReferenceWire Plan, PermissionsWire Permissions) : EventWire
{
    internal override EpisodeEvent ToModel() => new CarePlanAgreed(Context, Plan.ToModel(), Permissions.ToModel());
}

internal sealed record ConnectionMadeWire(LocalDate On, CategoryWire Category, IntroductionMethod How, string? GroupId = null, string? GroupName = null, string? NeedToKnowNote = null, SctId? SupportCode = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new ConnectionMade(Context, On, Category.ToModel(), How, GroupId, GroupName, NeedToKnowNote, SupportCode);
}

internal sealed record ConnectionOutcomeRecordedWire(LocalDate On, int ConnectionNumber, ConnectionOutcome Outcome) : EventWire
{
    internal override EpisodeEvent ToModel() => new ConnectionOutcomeRecorded(Context, On, ConnectionNumber, Outcome);
}

internal sealed record Ons4RecordedWire(Ons4ResponseWire Response) : EventWire
{
    internal override EpisodeEvent ToModel() => new Ons4Recorded(Context, Response.ToModel());
}

internal sealed record PamRecordedWire(LocalDate On, PamScore Score) : EventWire
{
    internal override EpisodeEvent ToModel() => new PamRecorded(Context, On, Score);
}

internal sealed record PamEligibilityRecordedWire(LocalDate On, PamEligibilityOutcome Outcome) : EventWire
{
    internal override EpisodeEvent ToModel() => new PamEligibilityRecorded(Context, On, Outcome);
}

internal sealed record SatisfactionRecordedWire(LocalDate On, FriendsAndFamilyAnswer Answer, string? InPersonsWords = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new SatisfactionRecorded(Context, On, Answer, InPersonsWords);
}

internal sealed record ChangesRecordedWire(LocalDate On, string InPersonsWords, SctId[]? OutcomeCodes = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new ChangesRecorded(Context, On, InPersonsWords, OutcomeCodes);
}

internal sealed record ReviewStartedWire(LocalDate On) : EventWire
{
    internal override EpisodeEvent ToModel() => new ReviewStarted(Context, On);
}

internal sealed record ReviewCompletedWire(LocalDate On, LocalDate NextReviewOn) : EventWire
{
    internal override EpisodeEvent ToModel() => new ReviewCompleted(Context, On, NextReviewOn);
}

internal sealed record EscalatedWire(LocalDate On, EscalationReason Reason, EscalationRecipient To, Urgency Urgency, bool ClosesEpisode) : EventWire
{
    internal override EpisodeEvent ToModel() => new Escalated(Context, On, Reason, To, Urgency, ClosesEpisode);
}

internal sealed record PersonalHealthBudgetExploredWire(LocalDate On, PersonalHealthBudgetOutcome Outcome) : EventWire
{
    internal override EpisodeEvent ToModel() => new PersonalHealthBudgetExplored(Context, On, Outcome);
}

internal sealed record ComplaintRecordedWire(LocalDate On, ComplaintHandling Handling, LocalDate? ResolvedOn = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new ComplaintRecorded(Context, On, Handling, ResolvedOn);
}

internal sealed record PermissionsRecordedWire(LocalDate On, PermissionsWire Permissions) : EventWire
{
    internal override EpisodeEvent ToModel() => new PermissionsRecorded(Context, On, Permissions.ToModel());
}

/// <summary>The episode passed to <see cref="AssignedTo"/>.</summary>
internal sealed record EpisodeReassignedWire(LocalDate On, LinkWorkerId AssignedTo, ReassignmentReason Reason) : EventWire
{
    internal override EpisodeEvent ToModel() => new EpisodeReassigned(Context, AssignedTo, On, Reason);
}

internal sealed record PutOnHoldWire(LocalDate On, OnHoldReason Reason, LocalDate ExpectedResumeOn) : EventWire
{
    internal override EpisodeEvent ToModel() => new PutOnHold(Context, On, Reason, ExpectedResumeOn);
}

internal sealed record EpisodeResumedWire(LocalDate On) : EventWire
{
    internal override EpisodeEvent ToModel() => new EpisodeResumed(Context, On);
}

internal sealed record EpisodeClosedWire(LocalDate On, ClosureReason Reason, string? OtherReason = null, MeasuresNotTakenReason? MeasuresNotTaken = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new EpisodeClosed(Context, On, Reason, OtherReason, MeasuresNotTaken);
}

internal sealed record OfferLapsedWire(LocalDate On) : EventWire
{
    internal override EpisodeEvent ToModel() => new OfferLapsed(Context, On);
}

internal sealed record EscalationResolvedWire(LocalDate On, int EscalationNumber, EscalationOutcome Outcome) : EventWire
{
    internal override EpisodeEvent ToModel() => new EscalationResolved(Context, On, EscalationNumber, Outcome);
}

internal sealed record UrgencyChangedWire(LocalDate On, Urgency Urgency, string? Reason = null) : EventWire
{
    internal override EpisodeEvent ToModel() => new UrgencyChanged(Context, On, Urgency, Reason);
}

internal sealed record EnteredInErrorWire(LocalDate On, int EventNumber, ErrorReason Reason) : EventWire
{
    internal override EpisodeEvent ToModel() => new EnteredInError(Context, On, EventNumber, Reason);
}

internal sealed record NhsNumberTracedWire(LocalDate On, NhsNumber NhsNumber) : EventWire
{
    internal override EpisodeEvent ToModel() => new NhsNumberTraced(Context, On, NhsNumber);
}

internal sealed record ConnectionSharingRecordedWire(LocalDate On, int ConnectionNumber, ConsentAnswer Answer) : EventWire
{
    internal override EpisodeEvent ToModel() => new ConnectionSharingRecorded(Context, On, ConnectionNumber, Answer);
}

internal sealed record ReferrerSharingRecordedWire(LocalDate On, ConsentAnswer Answer) : EventWire
{
    internal override EpisodeEvent ToModel() => new ReferrerSharingRecorded(Context, On, Answer);
}

internal sealed record MeasuresNotTakenRecordedWire(LocalDate On, MeasuresNotTakenReason Reason) : EventWire
{
    internal override EpisodeEvent ToModel() => new MeasuresNotTakenRecorded(Context, On, Reason);
}

/// <summary>Schema version 2 on.</summary>
internal sealed record DemographicsRecordedWire(LocalDate On, DemographicsWire Demographics) : EventWire
{
    internal override EpisodeEvent ToModel() => new DemographicsRecorded(Context, On, Demographics.ToModel());
}

/// <summary>A whole episode on the wire: its events, in order; everything else derives from them.</summary>
internal sealed record EpisodeWire(EventWire[] Events) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }
}
