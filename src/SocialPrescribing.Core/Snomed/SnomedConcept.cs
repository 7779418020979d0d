using System.Diagnostics.CodeAnalysis;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>A SNOMED CT concept as a GP record shows it: its identifier, preferred term and semantic tag.</summary>
/// <remarks>
/// <para>
/// Seed section 10 writes each social prescribing code as id, term and tag, for example
/// <c>871731000000106 - Referral to social prescribing service (procedure)</c>; this type holds those three parts.
/// Equality compares all three, ordinally.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SnomedConcept : IEquatable<SnomedConcept>, System.Numerics.IEqualityOperators<SnomedConcept, SnomedConcept, bool>
{
    /// <summary>Creates a concept from its identifier, preferred term and semantic tag.</summary>
    /// <param name="id">The concept identifier; its partition should be a concept partition (00 or 10).</param>
    /// <param name="preferredTerm">The preferred term, such as <c>Social prescribing offered</c>.</param>
    /// <param name="semanticTag">The semantic tag without parentheses, such as <c>finding</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="preferredTerm"/> or <paramref name="semanticTag"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is not a concept identifier (or is the default), <paramref name="preferredTerm"/> is empty or white space, or
    /// <paramref name="semanticTag"/> is empty, white space or contains parentheses.
    /// </exception>
    public SnomedConcept(SctId id, string preferredTerm, string semanticTag)
    {
        Preconditions.CheckNotNull(preferredTerm, nameof(preferredTerm));
        Preconditions.CheckNotNull(semanticTag, nameof(semanticTag));
        Preconditions.CheckArgument(id != default && id.ComponentType == SctIdComponentType.Concept, nameof(id), CoreMessages.SnomedConceptNotConcept);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(preferredTerm), nameof(preferredTerm), CoreMessages.SnomedConceptTermEmpty);
        Preconditions.CheckArgument(
            !string.IsNullOrWhiteSpace(semanticTag) && semanticTag.AsSpan().IndexOfAny('(', ')') < 0,
            nameof(semanticTag),
            CoreMessages.SnomedConceptTagInvalid);
        Id = id;
        PreferredTerm = preferredTerm;
        SemanticTag = semanticTag;
    }

    /// <summary>Gets the concept identifier.</summary>
    /// <value>A concept SCTID (partition 00 or 10).</value>
    public SctId Id { get; }

    /// <summary>Gets the preferred term.</summary>
    /// <value>For example <c>Referral to social prescribing service</c>.</value>
    public string PreferredTerm { get; }

    /// <summary>Gets the semantic tag, without parentheses.</summary>
    /// <value>For example <c>procedure</c>, <c>finding</c> or <c>situation</c>.</value>
    public string SemanticTag { get; }

    /// <summary>Gets the term with its semantic tag, as the seed prints it.</summary>
    /// <value>For example <c>Referral to social prescribing service (procedure)</c>.</value>
    public string DisplayName => $"{PreferredTerm} ({SemanticTag})";

    /// <summary>Returns the concept in SNOMED CT compositional grammar: id and term between bars.</summary>
    /// <returns>For example <c>871731000000106 |Referral to social prescribing service (procedure)|</c>.</returns>
    public override string ToString() => $"{Id} |{DisplayName}|";

    /// <summary>Compares two concepts by identifier, preferred term and semantic tag (ordinal).</summary>
    /// <param name="other">The concept to compare with.</param>
    /// <returns><see langword="true"/> when all three parts are equal.</returns>
    public bool Equals([NotNullWhen(true)] SnomedConcept? other)
        => other is not null
        && Id == other.Id
        && string.Equals(PreferredTerm, other.PreferredTerm, StringComparison.Ordinal)
        && string.Equals(SemanticTag, other.SemanticTag, StringComparison.Ordinal);

    /// <summary>Compares this concept with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="SnomedConcept"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as SnomedConcept);

    /// <summary>Returns a hash code consistent with <see cref="Equals(SnomedConcept)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(PreferredTerm), StringComparer.Ordinal.GetHashCode(SemanticTag));

    /// <summary>Tests two concepts for equality.</summary>
    /// <param name="left">The first concept.</param>
    /// <param name="right">The second concept.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(SnomedConcept? left, SnomedConcept? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tests two concepts for inequality.</summary>
    /// <param name="left">The first concept.</param>
    /// <param name="right">The second concept.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SnomedConcept? left, SnomedConcept? right) => !(left == right);
}
