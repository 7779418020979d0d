using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Which personalised care and support plan the episode follows: its id, when it was agreed and when it is next reviewed.</summary>
/// <remarks>
/// <para>
/// The episode refers to the plan; it never copies it (the plan itself lives in SocialPrescribing.CarePlans or the
/// service's own system). Plans are reviewed "at regular, agreed intervals, to assess progress and make changes" (seed
/// section 5 item 3; PRSB "Care and support plan - Planned review date/interval"): a completed review sets the next
/// review date. The id is 1 to 64 characters with no white space; the next review date is after the agreed date.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record CarePlanReference : System.Numerics.IEqualityOperators<CarePlanReference, CarePlanReference, bool>
{
    /// <summary>Creates a reference to an agreed plan.</summary>
    /// <param name="planId">The plan's id in the system that holds it.</param>
    /// <param name="agreedOn">The date the plan was agreed.</param>
    /// <param name="nextReviewOn">The date agreed for the next review; after <paramref name="agreedOn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="planId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="planId"/> is not an id, or <paramref name="nextReviewOn"/> is not after <paramref name="agreedOn"/>.</exception>
    public CarePlanReference(string planId, LocalDate agreedOn, LocalDate nextReviewOn)
    {
        PlanId = Texts.Id(planId, nameof(planId));
        Preconditions.CheckArgument(nextReviewOn > agreedOn, nameof(nextReviewOn), ReferralsMessages.NextReviewNotAfter);
        AgreedOn = agreedOn;
        NextReviewOn = nextReviewOn;
    }

    /// <summary>Gets the plan's id.</summary>
    /// <value>1 to 64 characters.</value>
    public string PlanId { get; }

    /// <summary>Gets the date the plan was agreed.</summary>
    /// <value>A calendar date.</value>
    public LocalDate AgreedOn { get; }

    /// <summary>Gets the date of the next review.</summary>
    /// <value>After <see cref="AgreedOn"/>; later reviews move it on.</value>
    public LocalDate NextReviewOn { get; }

    /// <summary>Describes the reference by id and dates.</summary>
    /// <returns>For example <c>Plan P-1 agreed 2026-01-05, next review 2026-04-05</c>.</returns>
    public override string ToString() => $"Plan {PlanId} agreed {Texts.Iso(AgreedOn)}, next review {Texts.Iso(NextReviewOn)}";

    /// <summary>The same plan with a new next review date (set by a completed review).</summary>
    internal CarePlanReference WithNextReviewOn(LocalDate nextReviewOn) => new(PlanId, AgreedOn, nextReviewOn);
}
