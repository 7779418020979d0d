using System.Diagnostics.CodeAnalysis;

namespace SocialPrescribing.Tests;

/// <summary>Calls the <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/> members, which the types implement explicitly.</summary>
internal static class ViaInterfaces
{
    internal static T ParseSpan<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

    internal static bool TryParse<T>(string? text, [MaybeNullWhen(false)] out T result)
        where T : IParsable<T> => T.TryParse(text, null, out result);

    internal static bool TryParseSpan<T>(string? text, [MaybeNullWhen(false)] out T result)
        where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), null, out result);
}
