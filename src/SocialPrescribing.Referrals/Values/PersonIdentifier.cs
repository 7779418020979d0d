using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Who was referred: the NHS number when known, otherwise (or as well) a key the service's own system gives the person.</summary>
/// <remarks>
/// <para>
/// The NHS number is recorded "when known" and is never required for a self-referral (seed section 1: social
/// prescribing "supports self-referral"); PRSB "Person demographics" has NHS number 0..1. A person without one is
/// known by a local key: 1 to 64 characters with no white space or control characters, compared ordinally. The intake
/// rule set of <see cref="EpisodeValidator"/> asks for the NHS number on a referral from a professional or agency.
/// </para>
/// <para>
/// Both are person-identifiable: <see cref="ToString"/> says only which is known, never a digit of either. Read them
/// through <see cref="NhsNumber"/> and <see cref="LocalKey"/>. <c>default(PersonIdentifier)</c> knows neither:
/// <see cref="IsDefault"/> tells it apart, both accessors throw <see cref="InvalidOperationException"/>, equality and
/// hashing work, and <see cref="ToString"/> shows <c>PersonIdentifier(default)</c> (<c>docs/conventions.md</c>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PersonIdentifier : IEquatable<PersonIdentifier>, System.Numerics.IEqualityOperators<PersonIdentifier, PersonIdentifier, bool>
{
    /// <summary>The longest local key, in characters.</summary>
    public const int MaxLocalKeyLength = 64;

    private readonly NhsNumber? _nhsNumber;
    private readonly string? _localKey;

    private PersonIdentifier(NhsNumber? nhsNumber, string? localKey)
    {
        _nhsNumber = nhsNumber;
        _localKey = localKey;
    }

    /// <summary>Gets the person's NHS number, when known.</summary>
    /// <value>A valid NHS number, or <see langword="null"/> (then <see cref="LocalKey"/> is given).</value>
    /// <exception cref="InvalidOperationException">This is <c>default(PersonIdentifier)</c>.</exception>
    public NhsNumber? NhsNumber => IsDefault ? throw new InvalidOperationException(ReferralsMessages.PersonDefault) : _nhsNumber;

    /// <summary>Gets the key the service's own system gives the person, when there is one.</summary>
    /// <value>1 to 64 characters, or <see langword="null"/> (then <see cref="NhsNumber"/> is given).</value>
    /// <exception cref="InvalidOperationException">This is <c>default(PersonIdentifier)</c>.</exception>
    public string? LocalKey => IsDefault ? throw new InvalidOperationException(ReferralsMessages.PersonDefault) : _localKey;

    /// <summary>Gets a value indicating whether this is <c>default(PersonIdentifier)</c>, which identifies no one.</summary>
    /// <value><see langword="true"/> only for the default value.</value>
    public bool IsDefault => _nhsNumber is null && _localKey is null;

    /// <summary>Creates an identifier from an NHS number, a local key, or both.</summary>
    /// <param name="nhsNumber">The NHS number when known; not <c>default(NhsNumber)</c>.</param>
    /// <param name="localKey">The local key, or <see langword="null"/>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">
    /// Neither is given, <paramref name="nhsNumber"/> is the default value, or <paramref name="localKey"/> is empty,
    /// longer than 64 characters or has white space or control characters.
    /// </exception>
    public static PersonIdentifier Create(NhsNumber? nhsNumber, string? localKey = null)
    {
        string? broken = Check(nhsNumber, localKey, out string? paramName);
        Preconditions.CheckArgument(broken is null, paramName ?? nameof(localKey), broken ?? string.Empty);
        return new PersonIdentifier(nhsNumber, localKey);
    }

    /// <summary>Tries to create an identifier. Never throws.</summary>
    /// <param name="nhsNumber">The NHS number when known.</param>
    /// <param name="localKey">The local key, or <see langword="null"/>.</param>
    /// <param name="identifier">The identifier, or <c>default</c> on failure.</param>
    /// <returns><see langword="true"/> when <see cref="Create"/> would succeed.</returns>
    public static bool TryCreate(NhsNumber? nhsNumber, string? localKey, out PersonIdentifier identifier)
    {
        bool valid = Check(nhsNumber, localKey, out _) is null;
        identifier = valid ? new PersonIdentifier(nhsNumber, localKey) : default;
        return valid;
    }

    /// <summary>The one non-throwing check: the rule broken, or null.</summary>
    private static string? Check(NhsNumber? nhsNumber, string? localKey, out string? paramName)
    {
        paramName = null;
        if (nhsNumber is null && localKey is null)
        {
            paramName = nameof(localKey);
            return ReferralsMessages.PersonIdentifierEmpty;
        }

        if (nhsNumber is NhsNumber number && number == default)
        {
            paramName = nameof(nhsNumber);
            return ReferralsMessages.PersonIdentifierDefaultNhsNumber;
        }

        if (localKey is not null && (localKey.Length is 0 or > MaxLocalKeyLength || localKey.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            paramName = nameof(localKey);
            return ReferralsMessages.PersonIdentifierLocalKeyShape;
        }

        return null;
    }

    /// <summary>Says which identifiers are known, without any of their characters.</summary>
    /// <returns>For example <c>Person(NHS number)</c>, <c>Person(local key)</c> or <c>Person(NHS number, local key)</c>.</returns>
    public override string ToString() => (_nhsNumber is not null, _localKey is not null) switch
    {
        (true, true) => "Person(NHS number, local key)",
        (true, false) => "Person(NHS number)",
        (false, true) => "Person(local key)",
        _ => "PersonIdentifier(default)",
    };

    /// <summary>Compares two identifiers: the same NHS number (or none) and the same local key (or none).</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    [Pure]
    public bool Equals(PersonIdentifier other)
        => Nullable.Equals(_nhsNumber, other._nhsNumber) && string.Equals(_localKey, other._localKey, StringComparison.Ordinal);

    /// <summary>Compares this identifier with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="PersonIdentifier"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PersonIdentifier other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(PersonIdentifier)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_nhsNumber, _localKey is null ? 0 : StringComparer.Ordinal.GetHashCode(_localKey));

    /// <summary>Tests two identifiers for equality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PersonIdentifier left, PersonIdentifier right) => left.Equals(right);

    /// <summary>Tests two identifiers for inequality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PersonIdentifier left, PersonIdentifier right) => !left.Equals(right);
}
