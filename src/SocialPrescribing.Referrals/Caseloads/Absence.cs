using System.Diagnostics;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>A link worker's absence and who covers it: a service-level record given to <see cref="Caseload.For"/>, not an event of any episode (seed section 7: "agree cover for when the social prescribing link worker is absent").</summary>
/// <remarks>
/// <para>
/// The absence runs from <see cref="From"/> to <see cref="To"/>, both days included; with no end date it has not ended.
/// While it runs, every entry of an episode the absent link worker holds (their open episodes, the referrals assigned to
/// them at triage, and what remains of their closed ones) is on the covering link worker's caseload, marked
/// <see cref="CaseloadEntry.CoveredBy"/>. Nothing is recorded in the episodes: a reassignment
/// (<see cref="EpisodeReassigned"/> with <see cref="ReassignmentReason.Cover"/>) is recorded only when the covering link
/// worker acts on one, and once the absence has ended that episode is listed <see cref="CaseloadReason.HandBackDue"/>
/// (this library's choice; the seed asks for cover "to avoid a backlog of referrals and reputational damage, where
/// patients are left waiting too long" and says no more).
/// </para>
/// <para><see cref="ToString"/> shows the staff codes and dates only: nothing about any person supported.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Absence : System.Numerics.IEqualityOperators<Absence, Absence, bool>
{
    /// <summary>Creates an absence.</summary>
    /// <param name="absentLinkWorker">The link worker who is away.</param>
    /// <param name="from">The first day of the absence.</param>
    /// <param name="to">The last day of the absence (included); <see langword="null"/> while its end is not known.</param>
    /// <param name="coveredBy">The link worker who covers; not the absent one.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="absentLinkWorker"/> or <paramref name="coveredBy"/> is the default value, <paramref name="coveredBy"/>
    /// is <paramref name="absentLinkWorker"/>, or <paramref name="to"/> is before <paramref name="from"/>.
    /// </exception>
    public Absence(LinkWorkerId absentLinkWorker, LocalDate from, LocalDate? to, LinkWorkerId coveredBy)
    {
        Preconditions.CheckArgument(!absentLinkWorker.IsDefault, nameof(absentLinkWorker), ReferralsMessages.LinkWorkerIdDefault);
        Preconditions.CheckArgument(!coveredBy.IsDefault, nameof(coveredBy), ReferralsMessages.LinkWorkerIdDefault);
        Preconditions.CheckArgument(coveredBy != absentLinkWorker, nameof(coveredBy), ReferralsMessages.AbsenceCoveredBySelf);
        Preconditions.CheckArgument(to is null || to.Value >= from, nameof(to), ReferralsMessages.AbsenceEndsBeforeStart);
        AbsentLinkWorker = absentLinkWorker;
        From = from;
        To = to;
        CoveredBy = coveredBy;
    }

    /// <summary>Gets the link worker who is away.</summary>
    /// <value>A link worker.</value>
    public LinkWorkerId AbsentLinkWorker { get; }

    /// <summary>Gets the first day of the absence.</summary>
    /// <value>A calendar date.</value>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the absence.</summary>
    /// <value>On or after <see cref="From"/>, or <see langword="null"/> while the end is not known (the absence has not ended).</value>
    public LocalDate? To { get; }

    /// <summary>Gets the link worker who covers.</summary>
    /// <value>A link worker other than <see cref="AbsentLinkWorker"/>.</value>
    public LinkWorkerId CoveredBy { get; }

    /// <summary>Gets whether the absence runs on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> from <see cref="From"/> to <see cref="To"/>, both included.</returns>
    public bool IsOn(LocalDate date) => From <= date && (To is null || date <= To.Value);

    /// <summary>Describes the absence by staff codes and dates.</summary>
    /// <returns>For example <c>LW-01 absent 2026-01-05 to 2026-01-16, covered by LW-02</c>.</returns>
    public override string ToString()
        => $"{AbsentLinkWorker} absent {Texts.Iso(From)} to {(To is LocalDate to ? Texts.Iso(to) : "an open end")}, covered by {CoveredBy}";

    /// <summary>Whether two absences of the same link worker share a day.</summary>
    internal bool Overlaps(Absence other)
        => other.AbsentLinkWorker == AbsentLinkWorker
            && (To is null || other.From <= To.Value)
            && (other.To is null || From <= other.To.Value);
}
