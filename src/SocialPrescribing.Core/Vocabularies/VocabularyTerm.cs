namespace SocialPrescribing;

/// <summary>One term of a <see cref="Vocabulary{TEnum}"/>: a coded value, the words a person reads for it, and where the seed names it.</summary>
/// <typeparam name="TEnum">The enum the vocabulary codes.</typeparam>
/// <param name="Value">The coded value.</param>
/// <param name="DisplayName">The human-readable name, in the seed's words where the seed has them.</param>
/// <param name="Source">
/// Where the seed names the term: its section (and item, footnote or appendix) and the seed's own words in quotes, for
/// example <c>Seed section 5 item 2: "housing, food, access to green space, work and transport"</c>.
/// </param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct VocabularyTerm<TEnum>(TEnum Value, string DisplayName, string Source)
    where TEnum : struct, Enum
{
    /// <summary>Returns the display name.</summary>
    /// <returns>The human-readable name.</returns>
    public override string ToString() => DisplayName;
}
