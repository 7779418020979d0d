using System.Globalization;

namespace SocialPrescribing.Referrals.Testing;

/// <summary>
/// One abstract step of an <see cref="EpisodeScript"/>: a kind of event, how many days after the step before, a choice
/// that picks the event's details, and a twist that makes it malformed on purpose.
/// </summary>
/// <remarks>
/// A command never depends on the episode's state, so removing commands while shrinking leaves a valid script. The
/// choice picks, per kind, details such as attendance, the connection number or the closure reason (see
/// <see cref="EpisodeScript"/>).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class EpisodeCommand
{
    /// <summary>Creates a command.</summary>
    /// <param name="kind">The kind of event.</param>
    /// <param name="daysLater">Days after the previous command's date; 0 or more.</param>
    /// <param name="choice">Picks the event's details; 0 or more.</param>
    /// <param name="twist">How the event departs from a well-formed one.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="daysLater"/> or <paramref name="choice"/> is negative.</exception>
    public EpisodeCommand(EpisodeEventKind kind, int daysLater = 1, int choice = 0, EpisodeTwist twist = EpisodeTwist.None)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysLater);
        ArgumentOutOfRangeException.ThrowIfNegative(choice);
        Kind = kind;
        DaysLater = daysLater;
        Choice = choice;
        Twist = twist;
    }

    /// <summary>Gets the kind of event.</summary>
    /// <value>A member of <see cref="EpisodeEventKind"/>.</value>
    public EpisodeEventKind Kind { get; }

    /// <summary>Gets how many days after the previous command's date this one is dated.</summary>
    /// <value>0 or more.</value>
    public int DaysLater { get; }

    /// <summary>Gets the number that picks the event's details.</summary>
    /// <value>0 or more.</value>
    public int Choice { get; }

    /// <summary>Gets how the event departs from a well-formed one.</summary>
    /// <value>Usually <see cref="EpisodeTwist.None"/>.</value>
    public EpisodeTwist Twist { get; }

    /// <summary>Describes the command compactly, for shrunk counterexamples.</summary>
    /// <returns>For example <c>ContactRecorded+3d#17</c> or <c>Closed+0d#2!Backdated</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Kind}+{DaysLater}d#{Choice}") + (Twist == EpisodeTwist.None ? string.Empty : "!" + Twist);
}
