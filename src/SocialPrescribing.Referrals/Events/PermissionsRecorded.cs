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
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="recordedOn">The date the person answered.</param>
    /// <param name="permissions">The person's answers.</param>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public PermissionsRecorded(EventContext context, LocalDate recordedOn, SharingPermissions permissions)
        : base(context, recordedOn)
        => Permissions = permissions;

    /// <summary>Gets the person's answers.</summary>
    /// <value>One answer per permission; not asked means not given.</value>
    public SharingPermissions Permissions { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.PermissionsRecorded;
}
