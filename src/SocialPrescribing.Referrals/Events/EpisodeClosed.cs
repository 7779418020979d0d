using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The episode ended, with a reason. Final: a closed episode takes no further change.</summary>
/// <remarks>
/// <para>
/// Allowed while the episode is open (<see cref="EpisodeState.Referred"/> to <see cref="EpisodeState.OnHold"/>);
/// refused when dated before a date already recorded. The reasons are this library's choice (neither the seed nor the
/// PRSB standard has a closure reason); <see cref="ClosureReason.Other"/> carries a description of at most 150
/// characters, given only with it.
/// </para>
/// <para>
/// When the follow-up outcome measures were not taken, <see cref="MeasuresNotTaken"/> records why (the closure rule set
/// of <see cref="EpisodeValidator"/> asks for one or the other).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EpisodeClosed : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="closedOn">The date it closed.</param>
    /// <param name="reason">Why.</param>
    /// <param name="otherReason">What the other reason is; given exactly when <paramref name="reason"/> is <see cref="ClosureReason.Other"/>.</param>
    /// <param name="measuresNotTaken">Why the follow-up outcome measures were not taken, if they were not.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> or <paramref name="measuresNotTaken"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or the other reason is missing, given without <see cref="ClosureReason.Other"/>, blank or too long.</exception>
    public EpisodeClosed(EventContext context, LocalDate closedOn, ClosureReason reason, string? otherReason = null, MeasuresNotTakenReason? measuresNotTaken = null)
        : base(context, closedOn)
    {
        Preconditions.CheckDefined(reason, nameof(reason));
        Preconditions.CheckArgument((reason == ClosureReason.Other) == (otherReason is not null), nameof(otherReason), ReferralsMessages.OtherClosureReason);
        if (measuresNotTaken is MeasuresNotTakenReason why)
        {
            Preconditions.CheckDefined(why, nameof(measuresNotTaken));
        }

        Reason = reason;
        OtherReason = Texts.Optional(otherReason, nameof(otherReason));
        MeasuresNotTaken = measuresNotTaken;
    }

    /// <summary>Gets why the episode closed.</summary>
    /// <value>A named member of <see cref="ClosureReason"/>.</value>
    public ClosureReason Reason { get; }

    /// <summary>Gets what the other reason is.</summary>
    /// <value>1 to 150 characters for <see cref="ClosureReason.Other"/>; otherwise <see langword="null"/>.</value>
    public string? OtherReason { get; }

    /// <summary>Gets why the follow-up outcome measures were not taken.</summary>
    /// <value>A reason, or <see langword="null"/> when none was recorded.</value>
    public MeasuresNotTakenReason? MeasuresNotTaken { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Closed;

    /// <inheritdoc/>
    private protected override string Details => $" ({Reason})";
}
