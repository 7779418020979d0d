namespace SocialPrescribing.Vocabularies;

/// <summary>One term of a <see cref="Vocabulary{TEnum}"/>: a coded value and the words a person reads for it.</summary>
/// <typeparam name="TEnum">The enum the vocabulary codes.</typeparam>
/// <param name="Value">The coded value.</param>
/// <param name="DisplayName">The human-readable name, in the seed's words where the seed has them.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct VocabularyTerm<TEnum>(TEnum Value, string DisplayName)
    where TEnum : struct, Enum
{
    /// <summary>Returns the display name.</summary>
    /// <returns>The human-readable name.</returns>
    public override string ToString() => DisplayName;
}
