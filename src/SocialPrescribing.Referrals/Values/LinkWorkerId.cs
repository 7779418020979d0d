using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Identifies a link worker within the service: a staff code the service chooses, such as <c>LW-07</c>.</summary>
/// <remarks>
/// <para>
/// 1 to 32 characters, each an ASCII letter or digit, <c>-</c>, <c>_</c> or <c>.</c>; compared ordinally. A staff code
/// identifies a member of staff, not the person supported, so <see cref="ToString"/> shows it.
/// </para>
/// <para><c>default(LinkWorkerId)</c> has no code: <see cref="IsDefault"/> tells it apart and <see cref="Value"/> throws.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct LinkWorkerId : IEquatable<LinkWorkerId>, System.Numerics.IEqualityOperators<LinkWorkerId, LinkWorkerId, bool>
{
    /// <summary>The longest staff code, in characters.</summary>
    public const int MaxLength = 32;

    private readonly string? _value;

    private LinkWorkerId(string value) => _value = value;

    /// <summary>Gets the staff code.</summary>
    /// <value>1 to 32 characters.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(LinkWorkerId)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException(ReferralsMessages.LinkWorkerIdDefault);

    /// <summary>Gets a value indicating whether this is <c>default(LinkWorkerId)</c>, which has no code.</summary>
    /// <value><see langword="true"/> only for the default value.</value>
    public bool IsDefault => _value is null;

    /// <summary>Creates an id from a staff code.</summary>
    /// <param name="value">1 to 32 ASCII letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has another character.</exception>
    public static LinkWorkerId Create(string value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckArgument(IsValid(value), nameof(value), ReferralsMessages.LinkWorkerIdShape);
        return new LinkWorkerId(value);
    }

    /// <summary>Tries to create an id from a staff code. Never throws.</summary>
    /// <param name="value">The staff code, or null.</param>
    /// <param name="id">The id, or <c>default</c> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid staff code.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out LinkWorkerId id)
    {
        bool valid = value is not null && IsValid(value);
        id = valid ? new LinkWorkerId(value!) : default;
        return valid;
    }

    private static bool IsValid(string value)
    {
        if (value.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the staff code.</summary>
    /// <returns>The code, or <c>LinkWorkerId(default)</c>.</returns>
    public override string ToString() => _value ?? "LinkWorkerId(default)";

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns><see langword="true"/> when they have the same code.</returns>
    [Pure]
    public bool Equals(LinkWorkerId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <summary>Compares this id with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="LinkWorkerId"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is LinkWorkerId other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(LinkWorkerId)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Tests two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(LinkWorkerId left, LinkWorkerId right) => left.Equals(right);

    /// <summary>Tests two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(LinkWorkerId left, LinkWorkerId right) => !left.Equals(right);
}
