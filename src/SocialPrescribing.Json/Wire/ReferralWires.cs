using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Wire;

// The wire forms (schema version 2; docs/json.md, "Versions") of the values inside episode events. Each is a plain record the source generator
// reads and writes; From gives the wire form of a model, ToModel builds the model through its own validating
// constructor, so a document that breaks a rule of the model is refused there (docs/json.md, "Two kinds of rule").

/// <summary>Who an episode is for: the NHS number in full and/or the local key.</summary>
internal sealed record PersonWire(NhsNumber? NhsNumber = null, string? LocalKey = null)
{
    internal static PersonWire From(PersonIdentifier person) => new(person.NhsNumber, person.LocalKey);

    internal PersonIdentifier ToModel() => PersonIdentifier.Create(NhsNumber, LocalKey);
}

/// <summary>Who referred the person.</summary>
internal sealed record ReferrerWire(ReferralSourceKind Kind, OdsCode? Organisation = null, string? Service = null, string? Role = null)
{
    internal static ReferrerWire From(Referrer referrer) => new(referrer.Kind, referrer.Organisation, referrer.Service, referrer.Role);

    internal Referrer ToModel() => new(Kind, Organisation, Service, Role);
}

/// <summary>A referral's details.</summary>
internal sealed record ReferralWire(
    LocalDate ReferredOn,
    ReferrerWire Referrer,
    ReferralMethod Method,
    PersonWire Person,
    OdsCode RegisteredPractice,
    ReferralReason[] Reasons,
    Urgency Urgency,
    string? OtherReasonText = null,
    string? UrgencyReason = null,
    OdsCode? PrimaryCareNetwork = null,
    string? ReferrerCaseReference = null,
    DemographicsWire? Demographics = null,
    SctId[]? NeedsAndConcerns = null)
{
    internal static ReferralWire From(Referral r)
        => new(r.ReferredOn, ReferrerWire.From(r.Referrer), r.Method, PersonWire.From(r.Person), r.RegisteredPractice, [.. r.Reasons],
            r.Urgency, r.OtherReasonText, r.UrgencyReason, r.PrimaryCareNetwork, r.ReferrerCaseReference, DemographicsWire.From(r.Demographics), r.NeedsAndConcerns.Count == 0 ? null : [.. r.NeedsAndConcerns]);

    internal Referral ToModel()
        => new(ReferredOn, Referrer.ToModel(), Method, Person.ToModel(), RegisteredPractice,
            Reasons, OtherReasonText, Urgency, UrgencyReason, PrimaryCareNetwork, ReferrerCaseReference, Demographics?.ToModel(), NeedsAndConcerns);
}

/// <summary>
/// The person's demographics (schema version 2 on): each field optional, coded by the NHS Data Dictionary's codes
/// (<c>"A"</c> ... <c>"99"</c> for the ethnic category, <c>"1"</c>, <c>"2"</c>, <c>"9"</c>, <c>"X"</c> for the stated gender),
/// the age band by its words (<c>"40-44"</c>), the deprivation decile by its number as a string. Nothing recorded is not written.
/// </summary>
internal sealed record DemographicsWire(
    LocalDate? DateOfBirth = null,
    AgeBand? AgeBand = null,
    StatedGender? StatedGender = null,
    GenderIdentity? GenderIdentity = null,
    EthnicCategory? EthnicCategory = null,
    DeprivationDecile? DeprivationDecile = null)
{
    internal static DemographicsWire? From(PersonDemographics d)
        => d.IsEmpty ? null : new(d.DateOfBirth, d.AgeBand, d.StatedGender, d.GenderIdentity, d.EthnicCategory, d.DeprivationDecile);

    internal PersonDemographics ToModel() => new(DateOfBirth, AgeBand, StatedGender, GenderIdentity, EthnicCategory, DeprivationDecile);

    /// <summary>Names the wire form only: a record's generated text would print the date of birth.</summary>
    /// <returns><c>DemographicsWire</c>.</returns>
    public override string ToString() => nameof(DemographicsWire);
}

/// <summary>The person's answers to the four sharing permissions; an answer not given is <c>"notAsked"</c>.</summary>
internal sealed record PermissionsWire(ConsentAnswer ShareMyStory, ConsentAnswer SatisfactionSurvey, ConsentAnswer OngoingDataCollectionAndEvaluation, ConsentAnswer NeedToKnowSharingWithConnectedServices)
{
    internal static PermissionsWire From(SharingPermissions p)
        => new(
            p.AnswerFor(SharingPermission.ShareMyStory),
            p.AnswerFor(SharingPermission.SatisfactionSurvey),
            p.AnswerFor(SharingPermission.OngoingDataCollectionAndEvaluation),
            p.AnswerFor(SharingPermission.NeedToKnowSharingWithConnectedServices));

    internal SharingPermissions ToModel()
        => SharingPermissions.NoneAsked
            .With(SharingPermission.ShareMyStory, ShareMyStory)
            .With(SharingPermission.SatisfactionSurvey, SatisfactionSurvey)
            .With(SharingPermission.OngoingDataCollectionAndEvaluation, OngoingDataCollectionAndEvaluation)
            .With(SharingPermission.NeedToKnowSharingWithConnectedServices, NeedToKnowSharingWithConnectedServices);
}

/// <summary>A group or service's category: one of the section 10 kinds, or "other" with its description.</summary>
internal sealed record CategoryWire(ConnectionCategoryKind Kind, string? OtherDescription = null)
{
    internal static CategoryWire From(ConnectionCategory c) => new(c.Kind, c.OtherDescription);

    internal ConnectionCategory ToModel()
        => Kind == ConnectionCategoryKind.Other ? ConnectionCategory.CreateOther(OtherDescription ?? throw new ArgumentException("The category \"other\" carries a description."))
            : OtherDescription is null ? ConnectionCategory.Create(Kind)
            : throw new ArgumentException("Only the category \"other\" carries a description.");
}

/// <summary>An agreed care plan, by reference.</summary>
internal sealed record CarePlanReferenceWire(string PlanId, LocalDate AgreedOn, LocalDate NextReviewOn)
{
    internal static CarePlanReferenceWire From(CarePlanReference plan) => new(plan.PlanId, plan.AgreedOn, plan.NextReviewOn);

    internal CarePlanReference ToModel() => new(PlanId, AgreedOn, NextReviewOn);
}

/// <summary>One ONS4 response: the four answers, each a rating 0 to 10, "refused" or "notAsked".</summary>
internal sealed record Ons4ResponseWire(LocalDate DateAsked, AssessmentOccasion Occasion, Ons4Answer LifeSatisfaction, Ons4Answer Worthwhile, Ons4Answer Happiness, Ons4Answer Anxiety)
{
    internal static Ons4ResponseWire From(Ons4Response r) => new(r.DateAsked, r.Occasion, r.LifeSatisfaction, r.Worthwhile, r.Happiness, r.Anxiety);

    internal Ons4Response ToModel() => new(DateAsked, Occasion, LifeSatisfaction, Worthwhile, Happiness, Anxiety);
}
