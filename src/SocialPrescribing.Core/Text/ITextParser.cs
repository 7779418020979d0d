namespace SocialPrescribing;

/// <summary>
/// The one non-throwing parse core a value type implements; <see cref="TextParsing"/> builds
/// Parse, TryParse and ParseDetailed on top of it so each type writes its rules once.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
internal interface ITextParser<T>
{
    /// <summary>Parses <paramref name="text"/>; returns null on success, else the constant message naming the broken rule.</summary>
    static abstract string? TryParseCore(ReadOnlySpan<char> text, out T result);
}
