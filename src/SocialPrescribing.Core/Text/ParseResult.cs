using System.Diagnostics.CodeAnalysis;

namespace SocialPrescribing;

/// <summary>
/// The outcome of parsing text into a <typeparamref name="T"/>: the value, or the rule the text broke.
/// </summary>
/// <remarks>
/// <para>
/// Parsing never allocates on failure: the error message is a constant and the <see cref="FormatException"/>
/// is only built when <see cref="Exception"/> or <see cref="Value"/> is read (the NodaTime
/// <c>ParseResult</c> design). Bulk loads can therefore report why each row failed without paying for
/// exceptions.
/// </para>
/// <para>
/// The message names the field and the rule broken and never contains the text that was parsed.
/// </para>
/// <para>The default value is a failure with no message; results come from the types' <c>ParseDetailed</c> methods.</para>
/// </remarks>
/// <typeparam name="T">The parsed type.</typeparam>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly string? _errorMessage;

    private ParseResult(T value, string? errorMessage, bool success)
    {
        _value = value;
        _errorMessage = errorMessage;
        Success = success;
    }

    /// <summary>Gets a value indicating whether the text was parsed.</summary>
    /// <value><see langword="true"/> when <see cref="Value"/> holds the parsed value.</value>
    public bool Success { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <value>The value parsed from the text.</value>
    /// <exception cref="FormatException">The text was not parsed; the message names the rule it broke.</exception>
    public T Value => Success ? _value : throw Exception!;

    /// <summary>Gets the message naming the rule the text broke, or <see langword="null"/> on success.</summary>
    /// <value>A sentence in the invariant culture that never contains the parsed text.</value>
    public string? ErrorMessage => Success ? null : _errorMessage ?? "Text was not parsed.";

    /// <summary>Gets the exception <see cref="Value"/> throws (a new instance each time it is read), or <see langword="null"/> on success.</summary>
    /// <value>A <see cref="FormatException"/> carrying <see cref="ErrorMessage"/>.</value>
    public FormatException? Exception => Success ? null : new FormatException(ErrorMessage);

    /// <summary>Gets the parsed value when there is one.</summary>
    /// <param name="value">The parsed value, or the default of <typeparamref name="T"/> on failure.</param>
    /// <returns><see langword="true"/> when the text was parsed.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    internal static ParseResult<T> ForValue(T value) => new(value, null, success: true);

    internal static ParseResult<T> ForError(string errorMessage) => new(default!, errorMessage, success: false);
}
