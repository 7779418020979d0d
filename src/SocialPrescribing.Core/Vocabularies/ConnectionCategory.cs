using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// Where a person is being connected to: one of the 11 categories of seed section 10, where
/// <see cref="ConnectionCategoryKind.Other"/> carries the description the seed asks for ("Other (please state)").
/// </summary>
/// <remarks>
/// <para>
/// A value that exists is valid: <see cref="OtherDescription"/> is set exactly when the kind is Other, and is 1 to
/// 100 characters with no leading or trailing white space (surrounding white space is trimmed on creation). The seed
/// only says "Other (please state)"; the 100-character bound is this library's, to keep the description a category.
/// </para>
/// <para>
/// The description is free text written while supporting a person, so <see cref="ToString()"/> shows only the
/// category's display name; read the description through <see cref="OtherDescription"/>.
/// </para>
/// <para><c>default(ConnectionCategory)</c> has no kind (0, not a member); <see cref="IsDefault"/> tells it apart.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ConnectionCategory : IEquatable<ConnectionCategory>, System.Numerics.IEqualityOperators<ConnectionCategory, ConnectionCategory, bool>
{
    /// <summary>The longest description an Other category may carry, in characters.</summary>
    public const int MaxDescriptionLength = 100;

    private ConnectionCategory(ConnectionCategoryKind kind, string? otherDescription)
    {
        Kind = kind;
        OtherDescription = otherDescription;
    }

    /// <summary>Gets the category's kind.</summary>
    /// <value>One of the 11 kinds of seed section 10; 0 only for the default value.</value>
    public ConnectionCategoryKind Kind { get; }

    /// <summary>Gets the description of an Other category.</summary>
    /// <value>1 to 100 characters for <see cref="ConnectionCategoryKind.Other"/>; otherwise <see langword="null"/>.</value>
    public string? OtherDescription { get; }

    /// <summary>Gets a value indicating whether this is <c>default(ConnectionCategory)</c>, which has no kind.</summary>
    /// <value><see langword="true"/> only for the default value.</value>
    public bool IsDefault => Kind == 0;

    /// <summary>Gets the category for one of the ten named kinds.</summary>
    /// <param name="kind">Any kind but <see cref="ConnectionCategoryKind.Other"/>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is Other, which needs <see cref="CreateOther(string)"/>.</exception>
    public static ConnectionCategory Create(ConnectionCategoryKind kind)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgument(kind != ConnectionCategoryKind.Other, nameof(kind), CoreMessages.ConnectionCategoryOtherNeedsDescription);
        return new ConnectionCategory(kind, null);
    }

    /// <summary>Gets an Other category with its description.</summary>
    /// <param name="description">What the person is being connected to; trimmed, then 1 to 100 characters.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty, white space or longer than 100 characters once trimmed.</exception>
    public static ConnectionCategory CreateOther(string description)
    {
        Preconditions.CheckNotNull(description, nameof(description));
        string trimmed = description.Trim();
        Preconditions.CheckArgument(trimmed.Length is > 0 and <= MaxDescriptionLength, nameof(description), CoreMessages.ConnectionCategoryDescriptionLength);
        return new ConnectionCategory(ConnectionCategoryKind.Other, trimmed);
    }

    /// <summary>Returns the category's display name, without any description.</summary>
    /// <returns>For example <c>Housing support</c> or <c>Other (please state)</c>.</returns>
    public override string ToString() => IsDefault ? "ConnectionCategory(default)" : Kind.GetDisplayName();

    /// <summary>Compares two categories: same kind and, for Other, the same description (ordinal).</summary>
    /// <param name="other">The category to compare with.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    [Pure]
    public bool Equals(ConnectionCategory other)
        => Kind == other.Kind && string.Equals(OtherDescription, other.OtherDescription, StringComparison.Ordinal);

    /// <summary>Compares this category with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="ConnectionCategory"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ConnectionCategory other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(ConnectionCategory)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, OtherDescription is null ? 0 : StringComparer.Ordinal.GetHashCode(OtherDescription));

    /// <summary>Tests two categories for equality.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ConnectionCategory left, ConnectionCategory right) => left.Equals(right);

    /// <summary>Tests two categories for inequality.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ConnectionCategory left, ConnectionCategory right) => !left.Equals(right);
}
