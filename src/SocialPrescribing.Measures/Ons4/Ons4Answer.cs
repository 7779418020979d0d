using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Numerics;

namespace SocialPrescribing.Measures;

/// <summary>The answer to one ONS4 item: a rating, or a reason there is none (refused, or not asked).</summary>
/// <remarks>
/// <para>
/// An unanswered item is never scored as 0: it has no <see cref="Rating"/>, no band and no change (issue 4; the
/// ONS publishes ratings only for people who answered). The default value is <see cref="NotAsked"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Ons4Answer : IEquatable<Ons4Answer>, IEqualityOperators<Ons4Answer, Ons4Answer, bool>
{
    private const byte RatedOffset = 2;

    /// <summary>0 not asked, 1 refused, 2 to 12 the rating plus 2.</summary>
    private readonly byte _state;

    private Ons4Answer(byte state) => _state = state;

    /// <summary>Gets the answer for a question that was not asked.</summary>
    /// <value>The default value.</value>
    public static Ons4Answer NotAsked => default;

    /// <summary>Gets the answer for a question the person chose not to answer.</summary>
    /// <value>An answer with no rating.</value>
    public static Ons4Answer Refused => new(1);

    /// <summary>Gets whether the item was rated, refused or not asked.</summary>
    /// <value>The kind of answer.</value>
    public Ons4AnswerKind Kind => _state >= RatedOffset ? Ons4AnswerKind.Rated : (Ons4AnswerKind)_state;

    /// <summary>Gets a value indicating whether the person gave a rating.</summary>
    /// <value><see langword="true"/> when <see cref="Rating"/> has a value.</value>
    public bool IsRated => _state >= RatedOffset;

    /// <summary>Gets the rating, if the person gave one.</summary>
    /// <value>The rating, or <see langword="null"/> when refused or not asked.</value>
    public Ons4Rating? Rating => IsRated ? Ons4Rating.Create(_state - RatedOffset) : null;

    /// <summary>Gets the answer for a rating.</summary>
    /// <param name="rating">The rating the person gave.</param>
    /// <returns>The answer.</returns>
    public static Ons4Answer FromRating(Ons4Rating rating) => new((byte)(rating.Value + RatedOffset));

    /// <summary>Gets the answer for a rating given as a number.</summary>
    /// <param name="rating">A whole number from 0 to 10.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is outside [0-10].</exception>
    public static Ons4Answer Create(int rating) => FromRating(Ons4Rating.Create(rating));

    /// <summary>Gets the rating, if the person gave one.</summary>
    /// <param name="rating">The rating, or 0 when there is none (do not use it then).</param>
    /// <returns><see langword="true"/> when the person gave a rating.</returns>
    /// <remarks>Never throws.</remarks>
    public bool TryGetRating(out Ons4Rating rating)
    {
        bool rated = IsRated;
        rating = rated ? Ons4Rating.Create(_state - RatedOffset) : default;
        return rated;
    }

    /// <summary>Returns the rating, or <c>refused</c> or <c>not asked</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Kind switch
    {
        Ons4AnswerKind.Rated => Rating!.Value.ToString(),
        Ons4AnswerKind.Refused => "refused",
        _ => "not asked",
    };

    /// <summary>Compares two answers.</summary>
    /// <param name="other">The answer to compare with.</param>
    /// <returns><see langword="true"/> when both are the same rating, or both refused, or both not asked.</returns>
    [Pure]
    public bool Equals(Ons4Answer other) => _state == other._state;

    /// <summary>Compares this answer with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal answer.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Ons4Answer other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(Ons4Answer)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _state;

    /// <summary>Tests two answers for equality.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Ons4Answer left, Ons4Answer right) => left.Equals(right);

    /// <summary>Tests two answers for inequality.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Ons4Answer left, Ons4Answer right) => !left.Equals(right);
}
