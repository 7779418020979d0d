using System.Diagnostics;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The thresholds a caseload uses where the seed names none.</summary>
/// <remarks>
/// <para>
/// <b>Not accepted within</b>, default 7 days (this library's choice). The seed asks for cover "to avoid a backlog of
/// referrals and reputational damage, where patients are left waiting too long" (section 7) and names no figure. A
/// referral is flagged once the threshold has passed: referred on day 0, it is not flagged on day 7 (accepted then, it
/// was accepted within 7 days) and is flagged from day 8. A week flags a referral that has waited through a link
/// worker's week of absence, and does not flag one waiting for a weekly triage.
/// </para>
/// <para>
/// <b>Connection follow-up after</b>, default 14 days (this library's choice). The seed asks the link worker to "follow
/// up to ensure they are happy, able to engage, included and receiving good support" (section 4, key tasks) with no
/// interval; two weeks leaves time for a weekly group to meet twice. Introduced on day 0 with no news, a connection is
/// listed from day 14.
/// </para>
/// <para>
/// Measures are due by the episode's measurement schedule and plan reviews by <see cref="Cadence.SixMonthly"/>'s due
/// window (<see cref="Cadence.DefaultDueWindow"/>, one month): no other period is defined here.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CaseloadOptions
{
    /// <summary>Creates options; each period defaults to this library's choice.</summary>
    /// <param name="notAcceptedWithin">How long a referral may wait to be accepted; it is flagged once this has passed (default 7 days: flagged from day 8).</param>
    /// <param name="connectionFollowUpAfter">How long after an introduction with no news a connection is flagged; default 14 days.</param>
    /// <exception cref="ArgumentException">A period is not positive or has time units.</exception>
    public CaseloadOptions(Period? notAcceptedWithin = null, Period? connectionFollowUpAfter = null)
    {
        NotAcceptedWithin = Check(notAcceptedWithin ?? Period.FromDays(7), nameof(notAcceptedWithin));
        ConnectionFollowUpAfter = Check(connectionFollowUpAfter ?? Period.FromDays(14), nameof(connectionFollowUpAfter));
    }

    /// <summary>Gets the default options.</summary>
    /// <value>7 days to accept, follow-up after 14 days.</value>
    public static CaseloadOptions Default { get; } = new();

    /// <summary>Gets how long a referral may wait to be accepted before it is flagged.</summary>
    /// <value>A positive period of date units; by default 7 days.</value>
    public Period NotAcceptedWithin { get; }

    /// <summary>Gets how long after an introduction with no news a connection is flagged.</summary>
    /// <value>A positive period of date units; by default 14 days.</value>
    public Period ConnectionFollowUpAfter { get; }

    /// <summary>Describes the options in ISO 8601 periods.</summary>
    /// <returns>For example <c>not accepted within P7D, follow up after P14D</c>.</returns>
    public override string ToString()
        => $"not accepted within {PeriodPattern.Roundtrip.Format(NotAcceptedWithin)}, follow up after {PeriodPattern.Roundtrip.Format(ConnectionFollowUpAfter)}";

    private static Period Check(Period period, string paramName)
    {
        bool valid = !period.HasTimeComponent
            && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
            && !period.Normalize().Equals(Period.Zero);
        Preconditions.CheckArgument(valid, paramName, ReferralsMessages.PeriodNotPositive);
        return period;
    }
}
