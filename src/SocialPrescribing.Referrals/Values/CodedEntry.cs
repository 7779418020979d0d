using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>One SNOMED CT code for the GP record, with the date it applies to (seed section 10: the codes are "flags for activity").</summary>
/// <remarks>
/// <para>
/// A value that exists is valid: the concept is one of <see cref="SocialPrescribingConcepts.All"/>. Compare concepts as
/// concepts, never as text: <c>entry.Concept == SocialPrescribingConcepts.ReferralToService</c>. A GP system writes
/// the entries each recorded event added (<see cref="EpisodeResult.AddedCodedEntries"/>), or the whole list
/// (<see cref="Episode.CodedEntries"/>), which never holds a code twice.
/// </para>
/// <para>
/// <c>default(CodedEntry)</c> holds no code: <see cref="IsDefault"/> tells it apart, <see cref="Concept"/> and
/// <see cref="On"/> throw <see cref="InvalidOperationException"/>, equality and hashing work, and <see cref="ToString"/>
/// shows <c>CodedEntry(default)</c> (<c>docs/conventions.md</c>, "Formatting").
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CodedEntry : IEquatable<CodedEntry>, System.Numerics.IEqualityOperators<CodedEntry, CodedEntry, bool>
{
    private readonly SnomedConcept? _concept;
    private readonly LocalDate _on;

    /// <summary>Creates an entry.</summary>
    /// <param name="concept">One of <see cref="SocialPrescribingConcepts.All"/>.</param>
    /// <param name="on">The date of the offer, the referral or the decline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="concept"/> is not one of the three social prescribing codes.</exception>
    public CodedEntry(SnomedConcept concept, LocalDate on)
    {
        Preconditions.CheckNotNull(concept, nameof(concept));
        Preconditions.CheckArgument(SocialPrescribingConcepts.All.Contains(concept), nameof(concept), ReferralsMessages.CodedEntryConcept);
        _concept = concept;
        _on = on;
    }

    /// <summary>Gets the code.</summary>
    /// <value>One of <see cref="SocialPrescribingConcepts.All"/>.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(CodedEntry)</c>.</exception>
    public SnomedConcept Concept => _concept ?? throw new InvalidOperationException(ReferralsMessages.CodedEntryDefault);

    /// <summary>Gets the date the code applies to.</summary>
    /// <value>The date of the offer, the referral or the decline.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(CodedEntry)</c>.</exception>
    public LocalDate On => _concept is null ? throw new InvalidOperationException(ReferralsMessages.CodedEntryDefault) : _on;

    /// <summary>Gets a value indicating whether this is <c>default(CodedEntry)</c>, which holds no code.</summary>
    /// <value><see langword="true"/> only for the default value.</value>
    public bool IsDefault => _concept is null;

    /// <summary>Compares two entries by concept and date.</summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns><see langword="true"/> when both are equal (two defaults are equal).</returns>
    public bool Equals(CodedEntry other) => _concept == other._concept && _on == other._on;

    /// <summary>Compares this entry with an object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="CodedEntry"/>.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CodedEntry other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(CodedEntry)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_concept, _on);

    /// <summary>Describes the entry.</summary>
    /// <returns>For example <c>871731000000106 |Referral to social prescribing service (procedure)| on 2026-01-05</c>, or <c>CodedEntry(default)</c>.</returns>
    public override string ToString() => _concept is null ? "CodedEntry(default)" : $"{_concept} on {Texts.Iso(_on)}";

    /// <summary>Tests two entries for equality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CodedEntry left, CodedEntry right) => left.Equals(right);

    /// <summary>Tests two entries for inequality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CodedEntry left, CodedEntry right) => !left.Equals(right);
}
