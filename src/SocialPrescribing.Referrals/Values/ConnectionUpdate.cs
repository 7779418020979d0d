using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>What came of a connection, and when (seed section 4, key tasks: "Follow up to ensure they are happy, able to engage").</summary>
/// <remarks>
/// <para>A value that exists is valid: the outcome is a named member of <see cref="ConnectionOutcome"/>.</para>
/// <para>
/// <c>default(ConnectionUpdate)</c> holds no outcome: <see cref="IsDefault"/> tells it apart, <see cref="Outcome"/>,
/// <see cref="On"/> and <see cref="IsSupportTakenUp"/> throw <see cref="InvalidOperationException"/>, equality and
/// hashing work, and <see cref="ToString"/> shows <c>ConnectionUpdate(default)</c> (<c>docs/conventions.md</c>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ConnectionUpdate : IEquatable<ConnectionUpdate>, System.Numerics.IEqualityOperators<ConnectionUpdate, ConnectionUpdate, bool>
{
    private readonly ConnectionOutcome _outcome;
    private readonly LocalDate _on;

    /// <summary>Creates an update.</summary>
    /// <param name="outcome">Attended, engaged, stopped or did not attend.</param>
    /// <param name="on">The date it applies to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a named member.</exception>
    public ConnectionUpdate(ConnectionOutcome outcome, LocalDate on)
    {
        Preconditions.CheckDefined(outcome, nameof(outcome));
        _outcome = outcome;
        _on = on;
    }

    /// <summary>Gets what came of the connection.</summary>
    /// <value>Attended, engaged, stopped or did not attend.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(ConnectionUpdate)</c>.</exception>
    public ConnectionOutcome Outcome => IsDefault ? throw new InvalidOperationException(ReferralsMessages.ConnectionUpdateDefault) : _outcome;

    /// <summary>Gets the date the update applies to.</summary>
    /// <value>A calendar date.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(ConnectionUpdate)</c>.</exception>
    public LocalDate On => IsDefault ? throw new InvalidOperationException(ReferralsMessages.ConnectionUpdateDefault) : _on;

    /// <summary>Gets a value indicating whether this update means the person took up the support (attended or engaged), which allows an early PAM reassessment (seed Appendix 6).</summary>
    /// <value><see langword="true"/> for attended or engaged.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(ConnectionUpdate)</c>.</exception>
    public bool IsSupportTakenUp => Outcome is ConnectionOutcome.Attended or ConnectionOutcome.Engaged;

    /// <summary>Gets a value indicating whether this is <c>default(ConnectionUpdate)</c>, which holds no outcome.</summary>
    /// <value><see langword="true"/> only for the default value.</value>
    public bool IsDefault => _outcome == 0;

    /// <summary>Compares two updates by outcome and date.</summary>
    /// <param name="other">The update to compare with.</param>
    /// <returns><see langword="true"/> when both are equal (two defaults are equal).</returns>
    public bool Equals(ConnectionUpdate other) => _outcome == other._outcome && _on == other._on;

    /// <summary>Compares this update with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="ConnectionUpdate"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ConnectionUpdate other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(ConnectionUpdate)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_outcome, _on);

    /// <summary>Describes the update.</summary>
    /// <returns>For example <c>Attended on 2026-02-01</c>, or <c>ConnectionUpdate(default)</c>.</returns>
    public override string ToString() => IsDefault ? "ConnectionUpdate(default)" : $"{_outcome} on {Texts.Iso(_on)}";

    /// <summary>Tests two updates for equality.</summary>
    /// <param name="left">The first update.</param>
    /// <param name="right">The second update.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ConnectionUpdate left, ConnectionUpdate right) => left.Equals(right);

    /// <summary>Tests two updates for inequality.</summary>
    /// <param name="left">The first update.</param>
    /// <param name="right">The second update.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ConnectionUpdate left, ConnectionUpdate right) => !left.Equals(right);
}
