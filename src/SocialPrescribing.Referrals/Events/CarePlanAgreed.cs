using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>A personalised care and support plan was agreed with the person (seed section 8; section 5 item 3): the episode refers to it by id.</summary>
/// <remarks>
/// Allowed in <see cref="EpisodeState.FirstContactMade"/> (which becomes <see cref="EpisodeState.PlanAgreed"/>), and in
/// <see cref="EpisodeState.Connected"/> or <see cref="EpisodeState.UnderReview"/> when no plan was agreed yet (the state
/// stays). An episode has one plan; a review moves its next review date (<see cref="ReviewCompleted"/>). The event's
/// date is the plan's agreed date.
/// <para>
/// <b>The person's answers on the plan form</b> (Appendix 4 part two, items 9 to 11, and the need-to-know permission)
/// travel with the event (<see cref="Permissions"/>): when the plan is agreed, the episode takes the answers the form
/// gives and keeps its earlier answers to the questions the form leaves unasked, as for any recording of permissions
/// (seed section 5 item 5). The episode owns the person's answers over time; the plan holds what the form said on the
/// day. <see cref="From"/> makes the event from an agreed SocialPrescribing.CarePlans plan (<c>docs/referrals.md</c>,
/// "Consent").
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CarePlanAgreed : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="plan">The plan: id, agreed date and next review date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    /// <param name="permissions">The person's answers on the plan form; none asked by default.</param>
    public CarePlanAgreed(EventContext context, CarePlanReference plan, SharingPermissions permissions = default)
        : base(context, Preconditions.CheckNotNull(plan, nameof(plan)).AgreedOn)
    {
        Plan = plan;
        Permissions = permissions;
    }

    /// <summary>Gets the plan agreed.</summary>
    /// <value>A reference by id and dates.</value>
    public CarePlanReference Plan { get; }

    /// <summary>Gets the person's answers to the sharing permissions on the plan form.</summary>
    /// <value>Answers; the ones not asked leave the episode's earlier answers as they were.</value>
    public SharingPermissions Permissions { get; }

    /// <summary>Makes the event from a plan agreed in SocialPrescribing.CarePlans: its agreed date, its review date and the person's answers on the form.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="planId">The plan's id in the service's records (1 to 64 characters, no white space).</param>
    /// <param name="plan">The agreed plan, with its review date set.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planId"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="context"/> is the default value; <paramref name="planId"/> is not an id; or <paramref name="plan"/>
    /// is not agreed, has no review date, or its review date is not after its agreed date.
    /// </exception>
    public static CarePlanAgreed From(EventContext context, string planId, CarePlans.CarePlan plan)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckArgument(plan.AgreedOn is not null && plan.ReviewDate is not null, nameof(plan), ReferralsMessages.CarePlanNotAgreed);
        Preconditions.CheckArgument(plan.ReviewDate > plan.AgreedOn, nameof(plan), ReferralsMessages.NextReviewNotAfter);
        return new CarePlanAgreed(context, new CarePlanReference(planId, plan.AgreedOn!.Value, plan.ReviewDate!.Value), plan.Permissions);
    }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.PlanAgreed;
}
