using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// The answers a person has given to each <see cref="SharingPermission"/>: information about a person is shared
/// only with their permission, on a need-to-know basis (seed section 5 items 5 and 7; Appendix 4 part two).
/// </summary>
/// <remarks>
/// <para>
/// Only an explicit <see cref="ConsentAnswer.Given"/> allows anything: a permission not asked is a permission not
/// given. The default value, <see cref="NoneAsked"/>, allows nothing.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct SharingPermissions : IEquatable<SharingPermissions>, System.Numerics.IEqualityOperators<SharingPermissions, SharingPermissions, bool>
{
    private const int BitsPerPermission = 2;
    private const int AnswerMask = 0b11;

    /// <summary>Two bits per permission, holding its <see cref="ConsentAnswer"/>; permission N uses bits 2(N-1) and 2(N-1)+1.</summary>
    private readonly byte _answers;

    private SharingPermissions(byte answers) => _answers = answers;

    /// <summary>Gets the answers of a person who has not been asked anything: nothing is allowed.</summary>
    /// <value>The default value.</value>
    public static SharingPermissions NoneAsked => default;

    /// <summary>Gets every permission, in the order of <see cref="SocialPrescribingVocabularies.SharingPermissions"/>.</summary>
    /// <value>The four permissions.</value>
    public static IReadOnlyList<SharingPermission> AllPermissions { get; } = Array.AsReadOnly(Enum.GetValues<SharingPermission>());

    /// <summary>Gets the answer the person gave to a permission.</summary>
    /// <param name="permission">The permission.</param>
    /// <returns>The answer; <see cref="ConsentAnswer.NotAsked"/> until one is recorded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permission"/> is not a named member.</exception>
    [Pure]
    public ConsentAnswer AnswerFor(SharingPermission permission)
        => (ConsentAnswer)((_answers >> ShiftFor(permission)) & AnswerMask);

    /// <summary>Tests whether the person gave a permission.</summary>
    /// <param name="permission">The permission.</param>
    /// <returns><see langword="true"/> only when the answer is <see cref="ConsentAnswer.Given"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permission"/> is not a named member.</exception>
    [Pure]
    public bool Allows(SharingPermission permission) => AnswerFor(permission) == ConsentAnswer.Given;

    /// <summary>Returns these answers with one answer recorded (replacing any earlier answer to that permission).</summary>
    /// <param name="permission">The permission asked about.</param>
    /// <param name="answer">The person's answer.</param>
    /// <returns>The updated answers; this value is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permission"/> or <paramref name="answer"/> is not a named member.</exception>
    [Pure]
    public SharingPermissions With(SharingPermission permission, ConsentAnswer answer)
    {
        Preconditions.CheckDefined(answer, nameof(answer));
        int shift = ShiftFor(permission);
        int cleared = _answers & ~(AnswerMask << shift);
        return new SharingPermissions((byte)(cleared | ((int)answer << shift)));
    }

    private static int ShiftFor(SharingPermission permission)
    {
        Preconditions.CheckDefined(permission, nameof(permission));
        return ((int)permission - 1) * BitsPerPermission;
    }

    /// <summary>Lists each permission with its answer.</summary>
    /// <returns>For example <c>ShareMyStory: Given, SatisfactionSurvey: NotAsked, ...</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (SharingPermission permission in AllPermissions)
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(permission).Append(": ").Append(AnswerFor(permission));
        }

        return text.ToString();
    }

    /// <summary>Compares two sets of answers.</summary>
    /// <param name="other">The answers to compare with.</param>
    /// <returns><see langword="true"/> when every permission has the same answer.</returns>
    [Pure]
    public bool Equals(SharingPermissions other) => _answers == other._answers;

    /// <summary>Compares these answers with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is equal <see cref="SharingPermissions"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SharingPermissions other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(SharingPermissions)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _answers;

    /// <summary>Tests two sets of answers for equality.</summary>
    /// <param name="left">The first answers.</param>
    /// <param name="right">The second answers.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(SharingPermissions left, SharingPermissions right) => left.Equals(right);

    /// <summary>Tests two sets of answers for inequality.</summary>
    /// <param name="left">The first answers.</param>
    /// <param name="right">The second answers.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SharingPermissions left, SharingPermissions right) => !left.Equals(right);
}
