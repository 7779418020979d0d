using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The person raised a complaint or concern, and how it was handled (seed section 5 item 1: "Where a person is not happy with their support, enable them to make a complaint").</summary>
/// <remarks>
/// Records no words of the complaint. Allowed while the episode is open (<see cref="EpisodeState.Referred"/> to
/// <see cref="EpisodeState.OnHold"/>); a later event for the same complaint (same raised date) records its progress.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ComplaintRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="raisedOn">The date the complaint was raised.</param>
    /// <param name="handling">How it is being or was handled.</param>
    /// <param name="resolvedOn">The date it was resolved, if it was; not before <paramref name="raisedOn"/>, and not for an open complaint.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="handling"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or <paramref name="resolvedOn"/> is before <paramref name="raisedOn"/> or given for an open complaint.</exception>
    public ComplaintRecorded(EventContext context, LocalDate raisedOn, ComplaintHandling handling, LocalDate? resolvedOn = null)
        : base(context, raisedOn)
    {
        Preconditions.CheckDefined(handling, nameof(handling));
        Preconditions.CheckArgument(resolvedOn is null || (resolvedOn >= raisedOn && handling != ComplaintHandling.Open), nameof(resolvedOn), ReferralsMessages.ComplaintResolvedOn);
        Handling = handling;
        ResolvedOn = resolvedOn;
    }

    /// <summary>Gets how the complaint is being or was handled.</summary>
    /// <value>A named member of <see cref="ComplaintHandling"/>.</value>
    public ComplaintHandling Handling { get; }

    /// <summary>Gets the date it was resolved.</summary>
    /// <value>A date on or after the raised date, or <see langword="null"/>.</value>
    public LocalDate? ResolvedOn { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ComplaintRecorded;

    /// <inheritdoc/>
    private protected override string Details => $" ({Handling}{(ResolvedOn is LocalDate d ? ", resolved " + Texts.Iso(d) : string.Empty)})";
}
