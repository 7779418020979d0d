using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// What a caseload needs of one episode, read from its fold as the caseload asks: nothing is allocated per episode
/// scanned, whether the episode is fresh from a store or has been asked before.
/// </summary>
/// <remarks>
/// <para>
/// Everything but the measures is a field of the fold or a short walk over a list (the escalations, the connections).
/// The next ONS4 and PAM come from the episode's <see cref="MeasureSegments"/>: computed by the replay that built the
/// episode (or, for an episode built event by event, on first use), and found for a date by binary search.
/// </para>
/// </remarks>
internal readonly struct CaseloadSummary(Episode episode)
{
    private readonly Episode _episode = episode;

    internal EpisodeId Id => F.Id;

    internal EpisodeState State => F.State;

    internal LinkWorkerId? LinkWorker => F.LinkWorker;

    internal LocalDate? ReferredOn => F.Referral?.ReferredOn;

    /// <summary>Gets the episode's urgency as it stands (<see cref="Episode.Urgency"/>): it orders every reason.</summary>
    internal Urgency? Urgency => F.Urgency;

    internal bool IsWaiting => F.State is EpisodeState.Referred or EpisodeState.Accepted;

    /// <summary>Gets a value indicating whether measures may be due: working with the person, or closed after a first contact (the follow-up after closure).</summary>
    internal bool IsMeasured => IsMeasuredFold(in F);

    /// <summary>Gets the first attended contact: before it, no measure is due. Only for a measured episode.</summary>
    internal LocalDate ScheduleStart => F.FirstContact!.On;

    /// <summary>Gets the schedule's interval and due window.</summary>
    internal static Cadence Cadence => MeasureDefaults.Cadence;

    /// <summary>Gets a value indicating whether a PAM due awaits confirmation that PAM suits the person.</summary>
    internal bool PamNeedsConfirmation => PamEligibilities.For(F.PamEligibility).Outcome == PamEligibilityOutcome.NeedsConfirmation;

    internal LocalDate? PlanReviewOn => F.State is EpisodeState.PlanAgreed or EpisodeState.Connected ? F.CarePlan?.NextReviewOn : null;

    internal LocalDate? ResumeOn => F.State == EpisodeState.OnHold ? F.Hold!.ExpectedResumeOn : null;

    /// <summary>Gets the date cover began, for an open episode held by cover.</summary>
    internal LocalDate? CoverFrom => EpisodeTransitions.IsOpen(F.State) && F.IsHeldByCover ? F.Assignments[F.Assignments.Count - 1].From : null;

    /// <summary>Gets the link worker who held the episode before, for an episode held by cover (whom it would be handed back to).</summary>
    internal LinkWorkerId? CoveredFor => CoverFrom is not null && F.Assignments.Count > 1 ? F.Assignments[F.Assignments.Count - 2].LinkWorker : null;

    /// <summary>Gets the episode's escalations, resolved or not (<see cref="IsResolved"/>).</summary>
    internal ReadOnlySpan<Escalated> Escalations => F.Escalations.Span;

    /// <summary>Gets a value indicating whether every escalation is resolved (each is resolved at most once).</summary>
    internal bool AllResolved => F.Escalations.Count == F.EscalationResolutions.Count;

    /// <summary>Gets the connections, when the episode is connected or under review: those to follow up are among them.</summary>
    internal ReadOnlySpan<Connection> ConnectionsToFollowUp => F.State is EpisodeState.Connected or EpisodeState.UnderReview ? _episode.Connections.AsSpan() : default;

    private ref readonly EpisodeFold F => ref _episode.Fold;

    /// <summary>Whether measures may be due for a fold: working with the person, or closed after a first contact.</summary>
    /// <param name="d">The fold.</param>
    /// <returns><see langword="true"/> when a caseload asks for its next measures.</returns>
    internal static bool IsMeasuredFold(in EpisodeFold d) => EpisodeTransitions.IsWorking(d.State) || (d.State == EpisodeState.Closed && d.FirstContact is not null);

    /// <summary>Whether escalation <paramref name="number"/> (from 1) is resolved.</summary>
    /// <param name="number">The escalation's number.</param>
    /// <returns><see langword="true"/> once resolved.</returns>
    internal bool IsResolved(int number) => F.IsResolved(number);

    /// <summary>The next ONS4 and PAM on a date on or after <see cref="ScheduleStart"/>, for a measured episode.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The segment the date falls in.</returns>
    internal MeasureSegment MeasuresOn(LocalDate asOf)
    {
        MeasureSegment[] segments = _episode.Segments;
        return segments[MeasureSegments.Find(segments, asOf)];
    }
}
