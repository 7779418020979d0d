using SocialPrescribing.Utility;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The words this package writes for people in place of its codes: in refusals, the message back, tables and samples
/// ("first contact made", not <c>FirstContactMade</c>).
/// </summary>
/// <remarks>British English, sentence case, invariant across cultures. The words are for reading; store and compare the codes.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class Wording
{
    /// <summary>Gives the words for a state of an episode.</summary>
    /// <param name="state">The state.</param>
    /// <returns>For example "first contact made"; lower case, to follow "State: ".</returns>
    public static string Of(EpisodeState state) => state switch
    {
        EpisodeState.Offered => "offered",
        EpisodeState.Declined => "declined",
        EpisodeState.Referred => "referred",
        EpisodeState.Accepted => "accepted",
        EpisodeState.NotAccepted => "not accepted",
        EpisodeState.FirstContactMade => "first contact made",
        EpisodeState.PlanAgreed => "plan agreed",
        EpisodeState.Connected => "connected",
        EpisodeState.UnderReview => "under review",
        EpisodeState.OnHold => "on hold",
        EpisodeState.Closed => "closed",
        EpisodeState.Lapsed => "lapsed",
        _ => Unknown(state),
    };

    /// <summary>Gives the words for a kind of event.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>For example "contact recorded"; lower case.</returns>
    public static string Of(EpisodeEventKind kind) => kind switch
    {
        EpisodeEventKind.Offered => "social prescribing offered",
        EpisodeEventKind.Referred => "referral made",
        EpisodeEventKind.Declined => "person declined",
        EpisodeEventKind.Accepted => "referral accepted",
        EpisodeEventKind.NotAccepted => "referral not accepted",
        EpisodeEventKind.ContactRecorded => "contact recorded",
        EpisodeEventKind.PlanAgreed => "care and support plan agreed",
        EpisodeEventKind.ConnectionMade => "connection made",
        EpisodeEventKind.ConnectionOutcomeRecorded => "connection news recorded",
        EpisodeEventKind.Ons4Recorded => "ONS4 recorded",
        EpisodeEventKind.PamRecorded => "PAM recorded",
        EpisodeEventKind.PamEligibilityRecorded => "PAM suitability recorded",
        EpisodeEventKind.SatisfactionRecorded => "satisfaction recorded",
        EpisodeEventKind.ChangesRecorded => "what changed recorded",
        EpisodeEventKind.ReviewStarted => "review started",
        EpisodeEventKind.ReviewCompleted => "review completed",
        EpisodeEventKind.Escalated => "concern escalated",
        EpisodeEventKind.PersonalHealthBudgetExplored => "personal health budget explored",
        EpisodeEventKind.ComplaintRecorded => "complaint recorded",
        EpisodeEventKind.PermissionsRecorded => "sharing permissions recorded",
        EpisodeEventKind.Reassigned => "episode reassigned",
        EpisodeEventKind.PutOnHold => "put on hold",
        EpisodeEventKind.Resumed => "support resumed",
        EpisodeEventKind.Closed => "episode closed",
        EpisodeEventKind.OfferLapsed => "offer lapsed",
        EpisodeEventKind.EscalationResolved => "escalation resolved",
        EpisodeEventKind.UrgencyChanged => "urgency changed",
        EpisodeEventKind.EnteredInError => "entered in error",
        EpisodeEventKind.NhsNumberTraced => "NHS number traced",
        EpisodeEventKind.ConnectionSharingRecorded => "sharing with a connection recorded",
        EpisodeEventKind.ReferrerSharingRecorded => "sharing with the referrer recorded",
        EpisodeEventKind.MeasuresNotTakenRecorded => "why measures were not taken recorded",
        EpisodeEventKind.DemographicsRecorded => "demographics recorded",
        _ => Unknown(kind),
    };

    /// <summary>Gives the words for a closure reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>A sentence fragment starting with a capital, for example "Goals met".</returns>
    public static string Of(ClosureReason reason) => reason switch
    {
        ClosureReason.GoalsMet => "Goals met",
        ClosureReason.PersonDeclinedFurtherSupport => "The person declined further support",
        ClosureReason.NoContactAfterAttempts => "No contact after the service's attempts",
        ClosureReason.Disengaged => "The person disengaged",
        ClosureReason.MovedAway => "The person moved away",
        ClosureReason.ReferredBackToClinician => "Referred back to a clinician: the need is beyond the link worker's scope",
        ClosureReason.Died => "The person died",
        ClosureReason.Other => "Other",
        _ => Unknown(reason),
    };

    /// <summary>Gives the words for how a person was introduced to a group.</summary>
    /// <param name="how">How.</param>
    /// <returns>For example "went on their own".</returns>
    public static string Of(IntroductionMethod how) => how switch
    {
        IntroductionMethod.LinkWorkerWentToFirstSession => "the link worker went to the first session",
        IntroductionMethod.VolunteerBuddyWent => "a volunteer buddy went with them",
        IntroductionMethod.PersonWentAlone => "went on their own",
        _ => Unknown(how),
    };

    /// <summary>Gives the words for why a concern was escalated.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>For example "Safeguarding concern".</returns>
    public static string Of(EscalationReason reason) => reason switch
    {
        EscalationReason.SafeguardingConcern => "Safeguarding concern",
        EscalationReason.AbuseOrDomesticViolence => "Abuse or domestic violence",
        EscalationReason.MentalHealthNeedRequiringQualifiedPractitioner => "Mental health need requiring a qualified practitioner",
        EscalationReason.OtherClinicalConcern => "Other clinical concern",
        _ => Unknown(reason),
    };

    /// <summary>Gives the words for whom a concern was escalated to.</summary>
    /// <param name="to">The recipient.</param>
    /// <returns>For example "the GP supervisor".</returns>
    public static string Of(EscalationRecipient to) => to switch
    {
        EscalationRecipient.GpSupervisor => "the GP supervisor",
        EscalationRecipient.Gp => "the GP",
        EscalationRecipient.OtherHealthProfessional => "another health professional",
        EscalationRecipient.IdentifiedIndividual => "an identified individual",
        EscalationRecipient.LocalAuthoritySafeguardingTeam => "the local authority safeguarding team",
        EscalationRecipient.EmergencyServices => "the emergency services",
        _ => Unknown(to),
    };

    /// <summary>Gives the words for an ONS4 item (SocialPrescribing.Measures' <see cref="MeasuresDisplayNames"/>).</summary>
    /// <param name="item">The item.</param>
    /// <returns>For example "Life satisfaction".</returns>
    public static string Of(Ons4Item item) => item.GetDisplayName();

    /// <summary>Gives the words for the direction of a change (SocialPrescribing.Measures' <see cref="MeasuresDisplayNames"/>).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>For example "improved".</returns>
    public static string Of(ChangeDirection direction) => direction.GetDisplayName();

    /// <summary>Gives the words for a connection category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The seed's name of the category, or "Other: " and its description.</returns>
    public static string Of(ConnectionCategory category) => category.OtherDescription is string described ? "Other: " + described : category.ToString();

    private static string Unknown<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => throw new ArgumentOutOfRangeException(nameof(value), value, Preconditions.EnumValueNotDefined);
}
