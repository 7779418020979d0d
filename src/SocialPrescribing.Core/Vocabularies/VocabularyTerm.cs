namespace SocialPrescribing;

/// <summary>One term of a <see cref="Vocabulary{TEnum}"/>: a coded value, the words a person reads for it, where its source names it, and its code there when the source gives one.</summary>
/// <typeparam name="TEnum">The enum the vocabulary codes.</typeparam>
/// <param name="Value">The coded value.</param>
/// <param name="DisplayName">The human-readable name, in the seed's words where the seed has them.</param>
/// <param name="Source">
/// Where the source names the term: the seed's section (and item, footnote or appendix) and the seed's own words in
/// quotes, for example <c>Seed section 5 item 2: "housing, food, access to green space, work and transport"</c>; or the
/// NHS Data Dictionary element and its label, for the person's demographics.
/// </param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct VocabularyTerm<TEnum>(TEnum Value, string DisplayName, string Source)
    where TEnum : struct, Enum
{
    /// <summary>Gets the term's code in its source, such as the NHS Data Dictionary's <c>A</c> for "White - British".</summary>
    /// <value>The code, compared ordinally; <see langword="null"/> when the source gives none (the seed's vocabularies).</value>
    public string? Code { get; init; }

    /// <summary>Returns the display name.</summary>
    /// <returns>The human-readable name.</returns>
    public override string ToString() => DisplayName;
}
