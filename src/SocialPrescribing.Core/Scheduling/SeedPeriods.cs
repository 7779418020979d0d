using NodaTime;

namespace SocialPrescribing;

/// <summary>The periods the seed guide names, in one place: every schedule in the family takes its defaults from here.</summary>
/// <remarks>
/// <para>
/// NHS England, <i>Getting started with social prescribing link workers</i> (2019). See <c>docs/scheduling.md</c>.
/// </para>
/// </remarks>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class SeedPeriods
{
    /// <summary>Gets six months: "at least every 6 months".</summary>
    /// <value>6 months.</value>
    /// <remarks>
    /// ONS4 and PAM follow-ups (section 11 table, Appendix 6), catch-ups with a group "at least every 6 months" (section 9,
    /// process step 7), and the community group confidence survey "every six months" (section 12).
    /// </remarks>
    public static Period SixMonths { get; } = Period.FromMonths(6);

    /// <summary>Gets one year: measuring "for one year" and reviewing the QA process "annually".</summary>
    /// <value>12 months.</value>
    /// <remarks>Section 11 table ("for one year", "for a minimum of one year"); section 9, process step 6 ("reviewed annually").</remarks>
    public static Period OneYear { get; } = Period.FromMonths(12);

    /// <summary>Gets three months: the soonest a PAM reassessment may follow the previous PAM.</summary>
    /// <value>3 months.</value>
    /// <remarks>Appendix 6: "sooner than six months (but no less than three months)".</remarks>
    public static Period ThreeMonths { get; } = Period.FromMonths(3);
}
