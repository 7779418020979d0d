using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SocialPrescribing.Json.Converters;

namespace SocialPrescribing.Json.Wire;

/// <summary>
/// The source-generated metadata of the episode's wire forms: no reflection at run time, so trimming and native AOT keep
/// what they need. Each package's wire forms have their own context (the generator takes one declaration per context);
/// <see cref="WireOptions"/> combines them and gives every setting.
/// </summary>
[JsonSerializable(typeof(EpisodeWire))]
[JsonSerializable(typeof(EventWire))]
internal sealed partial class EpisodeWireContext : JsonSerializerContext;

/// <summary>The options every wire form is read and written with: the generated metadata and the value converters.</summary>
internal static class WireOptions
{
    /// <summary>The deepest nesting read: the deepest document (a care plan's history) is about 8 levels.</summary>
    internal const int MaxDepth = 32;

    /// <summary>Gets the options, read-only.</summary>
    internal static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// The settings of every wire form: property names are camelCase; nulls are not written; a missing required property,
    /// a null where the model needs a value, an unknown property and a repeated property are each refused; nesting is
    /// limited (docs/json.md, "Hostile input").
    /// </summary>
    // Stryker disable all : the options are static, built once per process, before any mutant is active: the MTP runner reuses its test host (stryker-net#3742); HostileInputTests and the golden files pin each setting.
    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowOutOfOrderMetadataProperties = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            MaxDepth = MaxDepth,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(EpisodeWireContext.Default, MeasuresWireContext.Default, ChecklistsWireContext.Default, CarePlansWireContext.Default, QualityAssuranceWireContext.Default, ViewsWireContext.Default, OutcomesWireContext.Default),
        };
        foreach (ConverterEntry entry in ValueConverters.All)
        {
            options.Converters.Add(entry.Converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
