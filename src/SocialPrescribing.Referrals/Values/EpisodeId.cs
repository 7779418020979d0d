using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Identifies one episode of social prescribing: a GUID, so it never carries anything about the person.</summary>
/// <remarks>
/// <para>
/// The caller makes the GUID (for example with <see cref="Guid.NewGuid"/>) and keeps it with the events; every event
/// names its episode. A new referral of the same person is a new episode, which may link to the previous one by id.
/// </para>
/// <para><c>default(EpisodeId)</c> wraps the empty GUID and is not a valid id: <see cref="IsDefault"/> tells it apart and <see cref="Value"/> throws.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct EpisodeId : IEquatable<EpisodeId>, System.Numerics.IEqualityOperators<EpisodeId, EpisodeId, bool>, IParsable<EpisodeId>
{
    private readonly Guid _value;

    private EpisodeId(Guid value) => _value = value;

    /// <summary>Gets the GUID.</summary>
    /// <value>A GUID other than <see cref="Guid.Empty"/>.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(EpisodeId)</c>.</exception>
    public Guid Value => IsDefault ? throw new InvalidOperationException(ReferralsMessages.EpisodeIdDefault) : _value;

    /// <summary>Gets a value indicating whether this is <c>default(EpisodeId)</c>, which is not a valid id.</summary>
    /// <value><see langword="true"/> only for the default value.</value>
    public bool IsDefault => _value == Guid.Empty;

    /// <summary>Creates an id from a GUID.</summary>
    /// <param name="value">Any GUID but <see cref="Guid.Empty"/>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public static EpisodeId Create(Guid value)
    {
        Preconditions.CheckArgument(value != Guid.Empty, nameof(value), ReferralsMessages.EpisodeIdEmpty);
        return new EpisodeId(value);
    }

    /// <summary>Tries to create an id from a GUID. Never throws.</summary>
    /// <param name="value">The GUID.</param>
    /// <param name="id">The id, or <c>default</c> when <paramref name="value"/> is empty.</param>
    /// <returns><see langword="true"/> unless <paramref name="value"/> is <see cref="Guid.Empty"/>.</returns>
    public static bool TryCreate(Guid value, out EpisodeId id)
    {
        id = new EpisodeId(value);
        return value != Guid.Empty;
    }

    /// <summary>Parses an id from a GUID in any of the standard .NET GUID formats.</summary>
    /// <param name="s">The text, for example <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a GUID, or is the empty GUID.</exception>
    public static EpisodeId Parse(string s)
    {
        Preconditions.CheckNotNull(s, nameof(s));
        return TryParse(s, out EpisodeId id) ? id : throw new FormatException(ReferralsMessages.EpisodeIdFormat);
    }

    /// <summary>Tries to parse an id. Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="id">The id, or <c>default</c> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a GUID other than the empty GUID.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out EpisodeId id)
    {
        if (Guid.TryParse(s, out Guid guid) && guid != Guid.Empty)
        {
            id = new EpisodeId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc/>
    static EpisodeId IParsable<EpisodeId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<EpisodeId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EpisodeId result) => TryParse(s, out result);

    /// <summary>Formats the id as a GUID in the "D" format (lower case, with hyphens).</summary>
    /// <returns>For example <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>, or <c>EpisodeId(default)</c>.</returns>
    public override string ToString() => IsDefault ? "EpisodeId(default)" : _value.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>Compares two ids.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns><see langword="true"/> when they wrap the same GUID.</returns>
    [Pure]
    public bool Equals(EpisodeId other) => _value == other._value;

    /// <summary>Compares this id with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="EpisodeId"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EpisodeId other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(EpisodeId)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Tests two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EpisodeId left, EpisodeId right) => left.Equals(right);

    /// <summary>Tests two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EpisodeId left, EpisodeId right) => !left.Equals(right);

    /// <summary>Orders ids by GUID, so lists of episodes sort the same way every time.</summary>
    internal static int CompareOrdinal(EpisodeId left, EpisodeId right) => left._value.CompareTo(right._value);
}
