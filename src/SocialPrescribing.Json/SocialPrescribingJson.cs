using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialPrescribing.Json.Converters;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Json;

/// <summary>
/// The one entry point: ready options and type information for every model this package writes (docs/json.md), and the
/// calls that write and read one document. Documents carry <c>"schemaVersion"</c>; enums are fixed camelCase names;
/// identifiers are strings (the NHS number in full: a document is the data layer, not a log); NodaTime values are in
/// their ISO forms.
/// </summary>
/// <remarks>
/// <para>
/// Reading never throws anything but <see cref="JsonException"/> (its <see cref="UnsupportedSchemaVersionException"/>
/// for a version this release cannot read) for bad input, naming the JSON path and the rule broken, never the value:
/// malformed JSON, a wrong type, a missing, unknown or repeated property, a number out of range, a value that cannot
/// exist, invalid UTF-8, nesting deeper than 32, or a document over <see cref="MaxDocumentBytes"/>. A UTF-8 byte-order
/// mark at the start is accepted. Nothing half-built is returned.
/// </para>
/// <para>
/// Every member is safe to call from any thread; the options are read-only, and no reflection runs: the package is
/// trimming- and AOT-safe.
/// </para>
/// </remarks>
public static class SocialPrescribingJson
{
    /// <summary>The largest document read from a stream or a span, and the longest JSON Lines line: 64 MiB (an episode of 20,000 events is about 8 MiB).</summary>
    public const int MaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>Gets read-only options that write and read every model of this package.</summary>
    /// <value>Options whose <see cref="JsonSerializerOptions.TypeInfoResolver"/> is <see cref="TypeInfoResolver"/>.</value>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the type information of every model, to combine with your own context: <c>JsonTypeInfoResolver.Combine(MyContext.Default, SocialPrescribingJson.TypeInfoResolver)</c>.</summary>
    /// <value>A resolver that serves any options; the models' form does not follow those options' naming or null handling.</value>
    public static IJsonTypeInfoResolver TypeInfoResolver => ModelResolver.Instance;

    /// <summary>Gets the type information of one model.</summary>
    /// <typeparam name="T">A model this package writes (docs/json.md, "Documents" and "Values").</typeparam>
    /// <returns>The type information, bound to <see cref="Options"/>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>()
        => Options.TryGetTypeInfo(typeof(T), out JsonTypeInfo? info) && info is JsonTypeInfo<T> typed
            ? typed
            : throw new NotSupportedException(JsonMessages.Invariant($"SocialPrescribing.Json does not write {typeof(T).Name}: see docs/json.md for the models it writes."));

    /// <summary>Writes a model as a JSON document.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="value">The model.</param>
    /// <returns>The document, UTF-16.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static string Serialize<T>(T value)
    {
        NotNull(value);
        return JsonSerializer.Serialize(value, GetTypeInfo<T>());
    }

    /// <summary>Writes a model as a JSON document in UTF-8.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="value">The model.</param>
    /// <returns>The document's bytes, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value)
    {
        NotNull(value);
        return JsonSerializer.SerializeToUtf8Bytes(value, GetTypeInfo<T>());
    }

    /// <summary>Writes a model as a JSON document to a stream, in UTF-8.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="value">The model.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static Task SerializeAsync<T>(Stream utf8Json, T value, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        NotNull(value);
        return JsonSerializer.SerializeAsync(utf8Json, value, GetTypeInfo<T>(), cancellationToken);
    }

    /// <summary>Reads a model from a JSON document.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="json">The document; a leading byte-order mark is accepted.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The document is not a valid one of <typeparamref name="T"/>: the message names the path and the rule.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static T Deserialize<T>(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        JsonTypeInfo<T> info = GetTypeInfo<T>();
        ReadOnlySpan<char> text = json.StartsWith('\uFEFF') ? json.AsSpan(1) : json.AsSpan();
        return text.Length > MaxDocumentBytes ? throw new JsonException(JsonMessages.TooLarge(MaxDocumentBytes)) : JsonErrors.Deserialize(text, info);
    }

    /// <summary>Reads a model from a JSON document in UTF-8.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="utf8Json">The document; a leading byte-order mark is accepted.</param>
    /// <returns>The model.</returns>
    /// <exception cref="JsonException">The document is not a valid one of <typeparamref name="T"/>, or is larger than <see cref="MaxDocumentBytes"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, GetTypeInfo<T>());

    /// <summary>Reads a model from a JSON document in a stream, in UTF-8; reads the stream to its end.</summary>
    /// <typeparam name="T">A model this package writes.</typeparam>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The document is not a valid one of <typeparamref name="T"/>, or is larger than <see cref="MaxDocumentBytes"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model this package writes.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        JsonTypeInfo<T> info = GetTypeInfo<T>();
        using var buffer = new BoundedBuffer(MaxDocumentBytes);
        await buffer.FillAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return Read(buffer.Written, info);
    }

    /// <summary>Reads one document, checked for size and stripped of a leading byte-order mark.</summary>
    internal static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> info)
    {
        ReadOnlySpan<byte> json = utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        return json.Length > MaxDocumentBytes ? throw new JsonException(JsonMessages.TooLarge(MaxDocumentBytes)) : JsonErrors.Deserialize(json, info);
    }

    private static void NotNull<T>(T value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }
    }

    // Stryker disable all : the options are static, built once per process, before any mutant is active: the MTP runner reuses its test host (stryker-net#3742).
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(Wire.WireOptions.Options) { TypeInfoResolver = ModelResolver.Instance };
        options.Converters.Clear();
        options.MakeReadOnly();
        return options;
    }
}
