using System.Collections.Frozen;
using System.Collections.ObjectModel;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// A closed list of coded values, each with a human-readable display name, taken from the seed: one table that
/// every vocabulary in the product (referral sources, reasons, connection categories, permissions) is built on.
/// </summary>
/// <typeparam name="TEnum">The enum the vocabulary codes. Every named member has exactly one term.</typeparam>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<TEnum, string> _displayNames;
    private readonly FrozenDictionary<string, TEnum> _byDisplayName;

    internal Vocabulary(string name, string source, params VocabularyTerm<TEnum>[] terms)
    {
        Name = name;
        Source = source;
        Terms = new ReadOnlyCollection<VocabularyTerm<TEnum>>(terms);
        _displayNames = terms.ToFrozenDictionary(t => t.Value, t => t.DisplayName);
        _byDisplayName = terms.ToFrozenDictionary(t => t.DisplayName, t => t.Value, StringComparer.OrdinalIgnoreCase);

        // Every named member appears exactly once; a gap here is a programming error caught by the tests.
        if (_displayNames.Count != terms.Length || _byDisplayName.Count != terms.Length || terms.Length != Enum.GetValues<TEnum>().Length)
        {
            throw new InvalidOperationException($"Vocabulary {name} should have exactly one term per member of {typeof(TEnum).Name}.");
        }
    }

    /// <summary>Gets the vocabulary's name.</summary>
    /// <value>For example <c>Connection category</c>.</value>
    public string Name { get; }

    /// <summary>Gets where in the seed the terms come from.</summary>
    /// <value>For example <c>Seed section 10, "Where the person is being connected to"</c>.</value>
    public string Source { get; }

    /// <summary>Gets every term, in the seed's order.</summary>
    /// <value>One term per named member of <typeparamref name="TEnum"/>.</value>
    public ReadOnlyCollection<VocabularyTerm<TEnum>> Terms { get; }

    /// <summary>Gets the display name of a value.</summary>
    /// <param name="value">A named member of <typeparamref name="TEnum"/>.</param>
    /// <returns>The human-readable name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a named member.</exception>
    public string GetDisplayName(TEnum value)
    {
        if (_displayNames.TryGetValue(value, out string? displayName))
        {
            return displayName;
        }

        Preconditions.CheckDefined(value, nameof(value));
        throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>Finds the value whose display name matches, ignoring case (for loading exported spreadsheets).</summary>
    /// <param name="displayName">The display name to look for.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when a term has that display name.</returns>
    public bool TryFindByDisplayName(string? displayName, out TEnum value)
    {
        if (displayName is not null && _byDisplayName.TryGetValue(displayName, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
