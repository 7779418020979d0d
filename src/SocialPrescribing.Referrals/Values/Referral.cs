using System.Collections.ObjectModel;
using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The details of a referral to the link worker (seed section 10, "Date referred to link worker", "Who made the
/// referral", "Reasons for referral"; PRSB "Referral details"): when, who, how, why, how urgent, who for, and their
/// registered GP practice and PCN.
/// </summary>
/// <remarks>
/// <para>
/// A value that exists is valid: at least one reason (listed once each, in the order given); the "other" reason
/// (<see cref="ReferralReason.Other"/>) carries <see cref="OtherReasonText"/> and the text is given only with it;
/// <see cref="UrgencyReason"/> is given only for an urgent referral. Free text is trimmed and at most 150 characters
/// (PRSB's bound). Completeness beyond that (an NHS number for a referral from a professional, the PCN, why it is
/// urgent) is the intake rule set of <see cref="EpisodeValidator"/>.
/// </para>
/// <para>
/// PRSB records the date and time of a referral; the seed asks for the date ("for indication of waiting times"), so
/// the date is what waiting time counts from. Urgency is not in the PRSB standard (v1.1): this library's choice,
/// after seed section 4 ("any urgent support required").
/// </para>
/// <para><see cref="ToString"/> never shows the person, their demographics, the referrer's case reference, the reasons' text or the referrer's free text.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Referral : System.Numerics.IEqualityOperators<Referral, Referral, bool>
{
    /// <summary>Creates the details of a referral. Use named arguments for the optional parts.</summary>
    /// <param name="referredOn">The date of the referral.</param>
    /// <param name="referrer">Who made it.</param>
    /// <param name="method">How it was sent.</param>
    /// <param name="person">Who was referred.</param>
    /// <param name="registeredPractice">The ODS code of the person's registered GP practice (PRSB "GP practice identifier", mandatory).</param>
    /// <param name="reasons">Why: at least one reason; repeats are dropped.</param>
    /// <param name="otherReasonText">What the other reason is; given exactly when <paramref name="reasons"/> holds <see cref="ReferralReason.Other"/>.</param>
    /// <param name="urgency">How urgent; routine unless given.</param>
    /// <param name="urgencyReason">Why it is urgent; only for an urgent referral.</param>
    /// <param name="primaryCareNetwork">The ODS code of the practice's PCN, when known.</param>
    /// <param name="referrerCaseReference">The referring agency's own reference for the person's case, when it gave one: 1 to 64 characters with no white space or control characters.</param>
    /// <param name="demographics">The person's demographics as the referral gives them (<c>docs/demographics.md</c>); <see langword="null"/> for none.</param>
    /// <param name="needsAndConcerns">The person's needs and concerns as SNOMED CT concepts, where the referrer has the codes (the minimum dataset's needs and concerns; <c>docs/demographics.md</c>); repeats are dropped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="referrer"/> or <paramref name="reasons"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/>, <paramref name="urgency"/> or a reason is not a named member.</exception>
    /// <exception cref="ArgumentException">
    /// There is no reason; the other reason's text is missing or given without it; an urgency reason is given for a
    /// routine referral; a text is blank or longer than 150 characters; <paramref name="referrerCaseReference"/> is not an
    /// id (1 to 64 characters, no white space or control characters); <paramref name="person"/> or an ODS code is the
    /// default value; the date of birth in <paramref name="demographics"/> is after <paramref name="referredOn"/>; a need
    /// or concern is the default value or not a concept identifier.
    /// </exception>
    public Referral(
        LocalDate referredOn,
        Referrer referrer,
        ReferralMethod method,
        PersonIdentifier person,
        OdsCode registeredPractice,
        IEnumerable<ReferralReason> reasons,
        string? otherReasonText = null,
        Urgency urgency = Urgency.Routine,
        string? urgencyReason = null,
        OdsCode? primaryCareNetwork = null,
        string? referrerCaseReference = null,
        PersonDemographics? demographics = null,
        IEnumerable<SctId>? needsAndConcerns = null)
    {
        Preconditions.CheckNotNull(referrer, nameof(referrer));
        Preconditions.CheckDefined(method, nameof(method));
        Preconditions.CheckArgument(!person.IsDefault, nameof(person), ReferralsMessages.PersonDefault);
        Preconditions.CheckArgument(registeredPractice != default, nameof(registeredPractice), ReferralsMessages.OdsCodeDefault);
        Preconditions.CheckArgument(primaryCareNetwork is null || primaryCareNetwork.Value != default, nameof(primaryCareNetwork), ReferralsMessages.OdsCodeDefault);
        Preconditions.CheckNotNull(reasons, nameof(reasons));
        var distinct = new List<ReferralReason>();
        foreach (ReferralReason reason in reasons)
        {
            Preconditions.CheckDefined(reason, nameof(reasons));
            if (!distinct.Contains(reason))
            {
                distinct.Add(reason);
            }
        }

        Preconditions.CheckArgument(distinct.Count > 0, nameof(reasons), ReferralsMessages.ReasonsEmpty);
        bool other = distinct.Contains(ReferralReason.Other);
        Preconditions.CheckArgument(other == (otherReasonText is not null), nameof(otherReasonText), ReferralsMessages.OtherReasonText);
        Preconditions.CheckDefined(urgency, nameof(urgency));
        Preconditions.CheckArgument(urgencyReason is null || urgency == Urgency.Urgent, nameof(urgencyReason), ReferralsMessages.UrgencyReasonOnlyWhenUrgent);

        ReferredOn = referredOn;
        Referrer = referrer;
        Method = method;
        Person = person;
        RegisteredPractice = registeredPractice;
        PrimaryCareNetwork = primaryCareNetwork;
        Reasons = distinct.AsReadOnly();
        OtherReasonText = Texts.Optional(otherReasonText, nameof(otherReasonText));
        Urgency = urgency;
        UrgencyReason = Texts.Optional(urgencyReason, nameof(urgencyReason));
        ReferrerCaseReference = Texts.OptionalId(referrerCaseReference, nameof(referrerCaseReference));
        Demographics = demographics ?? PersonDemographics.None;
        NeedsAndConcerns = SnomedCodes.Distinct(needsAndConcerns, nameof(needsAndConcerns));
        Preconditions.CheckArgument(!(Demographics.DateOfBirth > referredOn), nameof(demographics), ReferralsMessages.BornAfterStart);
    }

    /// <summary>Gets the date of the referral, from which waiting time counts.</summary>
    /// <value>A calendar date.</value>
    public LocalDate ReferredOn { get; }

    /// <summary>Gets who made the referral.</summary>
    /// <value>The referrer.</value>
    public Referrer Referrer { get; }

    /// <summary>Gets how the referral was sent.</summary>
    /// <value>A named member of <see cref="ReferralMethod"/>.</value>
    public ReferralMethod Method { get; }

    /// <summary>Gets who was referred.</summary>
    /// <value>The NHS number when known, and/or a local key.</value>
    public PersonIdentifier Person { get; }

    /// <summary>Gets the ODS code of the person's registered GP practice.</summary>
    /// <value>An ODS code.</value>
    public OdsCode RegisteredPractice { get; }

    /// <summary>Gets the ODS code of the practice's primary care network.</summary>
    /// <value>An ODS code, or <see langword="null"/> when not known.</value>
    public OdsCode? PrimaryCareNetwork { get; }

    /// <summary>Gets why the person was referred.</summary>
    /// <value>At least one reason, each once, in the order given.</value>
    public ReadOnlyCollection<ReferralReason> Reasons { get; }

    /// <summary>Gets what the other reason is.</summary>
    /// <value>1 to 150 characters when <see cref="Reasons"/> holds <see cref="ReferralReason.Other"/>; otherwise <see langword="null"/>.</value>
    public string? OtherReasonText { get; }

    /// <summary>Gets how urgent the referral is.</summary>
    /// <value>Routine or urgent.</value>
    public Urgency Urgency { get; }

    /// <summary>Gets why the referral is urgent.</summary>
    /// <value>1 to 150 characters, or <see langword="null"/>; never given for a routine referral.</value>
    public string? UrgencyReason { get; }

    /// <summary>Gets the referring agency's own reference for the person's case, which its copy of the message back carries so it can file it (<see cref="MessageBack.CaseReference"/>).</summary>
    /// <value>1 to 64 characters with no white space or control characters, or <see langword="null"/> when the referrer gave none.</value>
    /// <remarks>It may identify the person within the agency, so it is never in <see cref="ToString"/>. Not a PRSB element: this library's choice (<c>docs/referrals.md</c>).</remarks>
    public string? ReferrerCaseReference { get; }

    /// <summary>Gets the person's demographics as the referral gives them.</summary>
    /// <value><see cref="PersonDemographics.None"/> when the referral gave none; a date of birth is never after <see cref="ReferredOn"/>.</value>
    /// <remarks>Personal data: never in <see cref="ToString"/>. The episode's own record, updated by later events, is <see cref="Episode.Demographics"/>.</remarks>
    public PersonDemographics Demographics { get; }

    /// <summary>Gets the person's needs and concerns as SNOMED CT concepts, beside the seed's <see cref="Reasons"/>.</summary>
    /// <value>Concept identifiers, each once, in the order given; empty when the referrer gave none. Check them against the minimum dataset's reference set with <see cref="MinimumDatasetValidator"/>.</value>
    public ReadOnlyCollection<SctId> NeedsAndConcerns { get; }

    /// <summary>Compares two referrals field by field, the reasons in order.</summary>
    /// <param name="other">The referral to compare with.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public bool Equals(Referral? other)
        => other is not null
            && ReferredOn == other.ReferredOn
            && Referrer == other.Referrer
            && Method == other.Method
            && Person == other.Person
            && RegisteredPractice == other.RegisteredPractice
            && Nullable.Equals(PrimaryCareNetwork, other.PrimaryCareNetwork)
            && Reasons.SequenceEqual(other.Reasons)
            && string.Equals(OtherReasonText, other.OtherReasonText, StringComparison.Ordinal)
            && Urgency == other.Urgency
            && string.Equals(UrgencyReason, other.UrgencyReason, StringComparison.Ordinal)
            && string.Equals(ReferrerCaseReference, other.ReferrerCaseReference, StringComparison.Ordinal)
            && Demographics == other.Demographics
            && NeedsAndConcerns.SequenceEqual(other.NeedsAndConcerns);

    /// <summary>Returns a hash code consistent with <see cref="Equals(Referral)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(ReferredOn, Referrer, Method, Person, RegisteredPractice, Reasons.Count, Urgency);

    /// <summary>Describes the referral by date, source, method, number of reasons and urgency.</summary>
    /// <returns>For example <c>Referral 2026-01-05 from GpPractice A81001, Electronic, 2 reasons, Urgent</c>.</returns>
    public override string ToString()
        => Texts.Invariant($"Referral {Texts.Iso(ReferredOn)} from {Referrer}, {Method}, {Reasons.Count} reason{(Reasons.Count == 1 ? string.Empty : "s")}, {Urgency}");
}
