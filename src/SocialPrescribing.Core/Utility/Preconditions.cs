using System.Diagnostics.CodeAnalysis;

namespace SocialPrescribing.Utility;

/// <summary>
/// Argument checks for public members (docs/conventions.md "Errors and messages"). Messages name the parameter and
/// the rule; none of these helpers echoes a value that may be person-identifiable.
/// </summary>
/// <remarks>
/// One source file, compiled into every package that needs it (linked from each .csproj), so each assembly keeps
/// its own internal copy without a second copy in the repository.
/// </remarks>
internal static class Preconditions
{
    /// <summary>The message for an enum value that is not a named member.</summary>
    internal const string EnumValueNotDefined = "Value should be one of the enum's named members.";

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="argument"/> is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    /// <summary>
    /// Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> lies in the inclusive range.
    /// The value is not person-identifiable (callers only pass structural numbers), so it is reported.
    /// </summary>
    internal static void CheckArgumentRange<T>(string paramName, T value, T minInclusive, T maxInclusive)
        where T : System.Numerics.INumber<T>
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Value should be in range [{minInclusive}-{maxInclusive}]."));
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is a named member of its enum.</summary>
    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, EnumValueNotDefined);
        }
    }

    /// <summary>Throws unless <paramref name="text"/> is non-null and not blank; returns it unchanged.</summary>
    internal static string CheckNotBlank([NotNull] string? text, string paramName, string message)
    {
        CheckNotNull(text, paramName);
        CheckArgument(!string.IsNullOrWhiteSpace(text), paramName, message);
        return text;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
