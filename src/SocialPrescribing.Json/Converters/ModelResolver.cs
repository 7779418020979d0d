using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SocialPrescribing.Json.Converters;

/// <summary>
/// The type information of every model this package writes: documents (<see cref="Documents"/>) and values
/// (<see cref="ValueConverters"/>). It serves any <see cref="JsonSerializerOptions"/>, so a user's own source-generated
/// context can be combined with it; the models' form never follows the user's options.
/// </summary>
internal sealed class ModelResolver : IJsonTypeInfoResolver
{
    // Stryker disable once all : the one instance is static, built once per process, before any mutant is active: the MTP runner reuses its test host (stryker-net#3742).
    private readonly FrozenDictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _types =
        ValueConverters.All.Concat(Documents.All).ToFrozenDictionary(e => e.Type, e => e.TypeInfo);

    private ModelResolver()
    {
    }

    /// <summary>Gets the one instance.</summary>
    internal static ModelResolver Instance { get; } = new();

    /// <summary>Gets the types this resolver describes.</summary>
    internal IEnumerable<Type> Types => _types.Keys;

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        => _types.TryGetValue(type, out Func<JsonSerializerOptions, JsonTypeInfo>? create) ? create(options) : null;
}
