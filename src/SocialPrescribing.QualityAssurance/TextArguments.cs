using System.Collections.ObjectModel;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>The package's two ways of taking text: one required value, trimmed; and a list with blank entries dropped.</summary>
internal static class TextArguments
{
    /// <summary>Checks <paramref name="text"/> is not null or blank and returns it trimmed.</summary>
    internal static string Required(string text, string paramName) => Preconditions.CheckNotBlank(text, paramName, QualityAssuranceMessages.TextEmpty).Trim();

    /// <summary>Returns the non-blank entries of <paramref name="texts"/>, trimmed, in order.</summary>
    internal static ReadOnlyCollection<string> NonBlank(IEnumerable<string> texts)
        => texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList().AsReadOnly();
}
