using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>One entry of who held an episode: the link worker, from when, and why (seed section 7, "Arranging cover for lone link workers in PCNs").</summary>
/// <remarks>
/// <para>A value that exists is valid: a link worker id that is not the default, and a reason that is a named member when given.</para>
/// <para>
/// <c>default(Assignment)</c> names no link worker: <see cref="IsDefault"/> tells it apart, <see cref="LinkWorker"/>,
/// <see cref="From"/> and <see cref="Reason"/> throw <see cref="InvalidOperationException"/>, equality and hashing work,
/// and <see cref="ToString"/> shows <c>Assignment(default)</c> (<c>docs/conventions.md</c>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Assignment : IEquatable<Assignment>, System.Numerics.IEqualityOperators<Assignment, Assignment, bool>
{
    private readonly LinkWorkerId _linkWorker;
    private readonly LocalDate _from;
    private readonly ReassignmentReason? _reason;

    /// <summary>Creates an assignment.</summary>
    /// <param name="linkWorker">The link worker who held the episode from <paramref name="from"/>.</param>
    /// <param name="from">The date they took it on.</param>
    /// <param name="reason">Cover or handover; <see langword="null"/> for the link worker who accepted the referral.</param>
    /// <exception cref="ArgumentException"><paramref name="linkWorker"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a named member.</exception>
    public Assignment(LinkWorkerId linkWorker, LocalDate from, ReassignmentReason? reason)
    {
        Preconditions.CheckArgument(!linkWorker.IsDefault, nameof(linkWorker), ReferralsMessages.LinkWorkerIdDefault);
        if (reason is ReassignmentReason why)
        {
            Preconditions.CheckDefined(why, nameof(reason));
        }

        _linkWorker = linkWorker;
        _from = from;
        _reason = reason;
    }

    /// <summary>Gets the link worker who held the episode from <see cref="From"/>.</summary>
    /// <value>A link worker id.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(Assignment)</c>.</exception>
    public LinkWorkerId LinkWorker => IsDefault ? throw new InvalidOperationException(ReferralsMessages.AssignmentDefault) : _linkWorker;

    /// <summary>Gets the date they took it on.</summary>
    /// <value>A calendar date.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(Assignment)</c>.</exception>
    public LocalDate From => IsDefault ? throw new InvalidOperationException(ReferralsMessages.AssignmentDefault) : _from;

    /// <summary>Gets why they took it on.</summary>
    /// <value>Cover or handover; <see langword="null"/> for the link worker who accepted the referral.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(Assignment)</c>.</exception>
    public ReassignmentReason? Reason => IsDefault ? throw new InvalidOperationException(ReferralsMessages.AssignmentDefault) : _reason;

    /// <summary>Gets a value indicating whether this is <c>default(Assignment)</c>, which names no link worker.</summary>
    /// <value><see langword="true"/> only for the default value.</value>
    public bool IsDefault => _linkWorker.IsDefault;

    /// <summary>Compares two assignments part by part.</summary>
    /// <param name="other">The assignment to compare with.</param>
    /// <returns><see langword="true"/> when every part is equal (two defaults are equal).</returns>
    public bool Equals(Assignment other) => _linkWorker == other._linkWorker && _from == other._from && _reason == other._reason;

    /// <summary>Compares this assignment with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="Assignment"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Assignment other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(Assignment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_linkWorker, _from, _reason);

    /// <summary>Describes the assignment.</summary>
    /// <returns>For example <c>LW-02 from 2026-03-01 (Cover)</c>, or <c>Assignment(default)</c>.</returns>
    public override string ToString() => IsDefault
        ? "Assignment(default)"
        : $"{_linkWorker} from {Texts.Iso(_from)}" + (_reason is ReassignmentReason why ? $" ({why})" : " (accepted)");

    /// <summary>Tests two assignments for equality.</summary>
    /// <param name="left">The first assignment.</param>
    /// <param name="right">The second assignment.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Assignment left, Assignment right) => left.Equals(right);

    /// <summary>Tests two assignments for inequality.</summary>
    /// <param name="left">The first assignment.</param>
    /// <param name="right">The second assignment.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Assignment left, Assignment right) => !left.Equals(right);
}
