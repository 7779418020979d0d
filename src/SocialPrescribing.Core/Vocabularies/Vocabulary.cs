using System.Collections.Frozen;
using System.Collections.ObjectModel;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// A closed list of coded values, each with a human-readable display name and, where its source has one, a code: one
/// table that every vocabulary in the product is built on (the seed's referral sources, reasons, connection categories
/// and permissions; the NHS Data Dictionary's codes for the person's demographics, <see cref="DemographicCodes"/>).
/// </summary>
/// <typeparam name="TEnum">The enum the vocabulary codes. Every named member has exactly one term.</typeparam>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<TEnum, string> _displayNames;
    private readonly FrozenDictionary<string, TEnum> _byDisplayName;
    private readonly FrozenDictionary<string, TEnum> _byCode;
    private readonly FrozenDictionary<TEnum, string?> _codes;

    internal Vocabulary(string name, string source, params VocabularyTerm<TEnum>[] terms)
    {
        Name = name;
        Source = source;
        Terms = new ReadOnlyCollection<VocabularyTerm<TEnum>>(terms);
        _displayNames = terms.ToFrozenDictionary(t => t.Value, t => t.DisplayName);
        _byDisplayName = terms.ToFrozenDictionary(t => t.DisplayName, t => t.Value, StringComparer.OrdinalIgnoreCase);
        _codes = terms.ToFrozenDictionary(t => t.Value, t => t.Code);
        // Grouped first, so that a code given twice fails the check below as every other gap does.
        _byCode = terms.Where(t => t.Code is not null).GroupBy(t => t.Code!, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

        // Every named member appears exactly once, and codes are given for every term or none, each once; a gap here is
        // a programming error caught by the tests.
        if (_displayNames.Count != terms.Length || _byDisplayName.Count != terms.Length || terms.Length != Enum.GetValues<TEnum>().Length
            || (_byCode.Count != 0 && _byCode.Count != terms.Length))
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

    /// <summary>Gets a value's code in the vocabulary's source.</summary>
    /// <param name="value">A named member of <typeparamref name="TEnum"/>.</param>
    /// <returns>The code, such as <c>A</c>; <see langword="null"/> when the vocabulary has no codes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a named member.</exception>
    public string? GetCode(TEnum value)
    {
        if (_codes.TryGetValue(value, out string? code))
        {
            return code;
        }

        Preconditions.CheckDefined(value, nameof(value));
        throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>Finds the value whose code matches exactly (ordinal, case-sensitive, as the NHS Data Dictionary's codes are).</summary>
    /// <param name="code">The code to look for.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when a term has that code. Never throws.</returns>
    public bool TryFindByCode(string? code, out TEnum value)
    {
        if (code is not null && _byCode.TryGetValue(code, out value))
        {
            return true;
        }

        value = default;
        return false;
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
