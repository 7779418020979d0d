using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>The person's answers to the sharing permissions were recorded (seed section 5 items 5 and 7; Appendix 4 part two, items 9 to 11).</summary>
/// <remarks>
/// The latest answers apply to everything shared afterwards: the message back to a referrer outside the practice and
/// the view for a connected group (<c>docs/referrals.md</c>, "Sharing"). Allowed while the episode is open.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PermissionsRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="episodeId">The episode.</param>
    /// <param name="at">When it was recorded.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="linkWorker">The link worker concerned.</param>
    /// <param name="recordedOn">The date the person answered.</param>
    /// <param name="permissions">The person's answers.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public PermissionsRecorded(EpisodeId episodeId, Instant at, ActorRole by, LinkWorkerId? linkWorker, LocalDate recordedOn, SharingPermissions permissions)
        : base(episodeId, at, by, linkWorker, recordedOn)
        => Permissions = permissions;

    /// <summary>Gets the person's answers.</summary>
    /// <value>One answer per permission; not asked means not given.</value>
    public SharingPermissions Permissions { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.PermissionsRecorded;
}
