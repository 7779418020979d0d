using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SocialPrescribing.Json.Converters;

/// <summary>A converter with the type information that serves it to any options: built where its type is known, so no reflection is needed later.</summary>
/// <param name="Converter">The converter.</param>
/// <param name="TypeInfo">The type information of its type for given options.</param>
internal sealed record ConverterEntry(JsonConverter Converter, Func<JsonSerializerOptions, JsonTypeInfo> TypeInfo)
{
    /// <summary>Gets the type converted.</summary>
    internal Type Type => Converter.Type!;

    internal static ConverterEntry For<T>(JsonConverter<T> converter) => new(converter, options => JsonMetadataServices.CreateValueInfo<T>(options, converter));
}
