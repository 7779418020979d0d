using System.Text;

namespace SocialPrescribing;

/// <summary>Parse and format plumbing shared by every value type in Core: one place for the wrappers.</summary>
internal static class TextParsing
{
    /// <summary>The longest text any Core value formats to, in characters.</summary>
    internal const int MaxFormattedLength = 32;

    internal static T Parse<T>(ReadOnlySpan<char> text)
        where T : ITextParser<T>
    {
        string? error = T.TryParseCore(text, out T result);
        return error is null ? result : throw new FormatException(error);
    }

    internal static T Parse<T>(string text)
        where T : ITextParser<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse<T>(text.AsSpan());
    }

    internal static bool TryParse<T>(ReadOnlySpan<char> text, out T result)
        where T : ITextParser<T>
        => T.TryParseCore(text, out result) is null;

    internal static bool TryParse<T>(string? text, out T result)
        where T : ITextParser<T>
    {
        if (text is null)
        {
            result = default!;
            return false;
        }

        return TryParse(text.AsSpan(), out result);
    }

    internal static ParseResult<T> ParseDetailed<T>(ReadOnlySpan<char> text)
        where T : ITextParser<T>
    {
        string? error = T.TryParseCore(text, out T result);
        return error is null ? ParseResult<T>.ForValue(result) : ParseResult<T>.ForError(error);
    }

    /// <summary>Formats an ASCII-only value as UTF-8 by formatting to chars on the stack and narrowing.</summary>
    internal static bool TryFormatUtf8<T>(in T value, Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        where T : ISpanFormattable
    {
        Span<char> chars = stackalloc char[MaxFormattedLength];
        if (!value.TryFormat(chars, out int charsWritten, format, provider))
        {
            bytesWritten = 0;
            return false;
        }

        return Encoding.UTF8.TryGetBytes(chars[..charsWritten], utf8Destination, out bytesWritten);
    }

    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/> when it fits.</summary>
    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        bool fits = text.AsSpan().TryCopyTo(destination);
        charsWritten = fits ? text.Length : 0;
        return fits;
    }

    /// <summary>Returns the single format character, or '\0' for null or empty; -1 when the format is longer than one character.</summary>
    internal static int SingleFormatChar(ReadOnlySpan<char> format) => format.Length switch
    {
        0 => '\0',
        1 => format[0],
        _ => -1,
    };
}
