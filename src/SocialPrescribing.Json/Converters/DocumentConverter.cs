using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SocialPrescribing.Json.Wire;

namespace SocialPrescribing.Json.Converters;

/// <summary>
/// A model written as a versioned document: its wire form, stamped with <see cref="SchemaVersions.Current"/>, and read
/// back by checking the version first, reading the wire form of that version, then building the model through its own
/// validating constructors. A rule of the model that the document breaks gives a <see cref="JsonException"/> naming the
/// rule; nothing half-built is returned.
/// </summary>
/// <typeparam name="TModel">The model.</typeparam>
/// <typeparam name="TWire">Its wire form.</typeparam>
/// <param name="toWire">The wire form of a model, version stamped.</param>
/// <param name="toModel">The model of a wire form of the given version.</param>
internal sealed class DocumentConverter<TModel, TWire>(Func<TModel, TWire> toWire, Func<TWire, int, TModel> toModel) : JsonConverter<TModel>
    where TWire : class, IVersioned
{
    // Resolved on first use: resolving every document's metadata when the first one is read made a cold start slower
    // than reflection (benchmarks/README.md, "JSON").
    private JsonTypeInfo<TWire>? _wire;

    private JsonTypeInfo<TWire> Wire => _wire ??= (JsonTypeInfo<TWire>)WireOptions.Options.GetTypeInfo(typeof(TWire));

    public override TModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        int version = SchemaVersions.Peek(reader);
        TWire wire;
        try
        {
            wire = JsonSerializer.Deserialize(ref reader, Wire)!;
        }
        catch (NotSupportedException e)
        {
            // System.Text.Json gives NotSupportedException for an object without its type discriminator: bad input here.
            throw JsonErrors.FromNotSupported(e);
        }

        return Build(wire, version);
    }

    public override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, toWire(value), Wire);

    private TModel Build(TWire wire, int version)
    {
        try
        {
            return toModel(wire, version);
        }
        catch (ArgumentException e)
        {
            throw new JsonRuleException(JsonMessages.Refused(JsonErrors.Scrub(Rule(e))));
        }
    }

    /// <summary>The rule an exception of a model names: its first line, which names the rule and the parameter; an out-of-range exception's second line holds the value, and is left out.</summary>
    private static string Rule(ArgumentException e)
    {
        string message = e.Message;
        int end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end].TrimEnd('\r');
    }
}
