using System.Text.Json;

namespace SocialPrescribing.Json;

/// <summary>
/// The schema versions of this package's documents (docs/json.md, "Versions"). Every document carries
/// <c>"schemaVersion"</c>; this release writes <see cref="Current"/> and reads every version from 1 to it.
/// </summary>
public static class SchemaVersions
{
    /// <summary>The version this release writes.</summary>
    public const int Current = 2;

    /// <summary>Reads the <c>"schemaVersion"</c> of the object the reader is on, without moving the reader.</summary>
    /// <param name="reader">The reader, on the object's start (a copy is scanned: the caller's reader does not move).</param>
    /// <returns>A version from 1 to <see cref="Current"/>.</returns>
    /// <exception cref="JsonException">The value is not an object, or carries no whole-number version.</exception>
    /// <exception cref="UnsupportedSchemaVersionException">The version is newer than this release reads, or below 1.</exception>
    internal static int Peek(Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonRuleException(JsonMessages.MissingVersion);
        }

        int depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("schemaVersion"u8))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int version)
                    ? version is >= 1 and <= Current ? version : throw new UnsupportedSchemaVersionException(version)
                    : throw new JsonRuleException(JsonMessages.MissingVersion);
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
            }

            reader.Skip();
        }

        throw new JsonRuleException(JsonMessages.MissingVersion);
    }
}

/// <summary>A document's schema version is one this release cannot read: newer than <see cref="SchemaVersions.Current"/> (upgrade the package), or below 1.</summary>
public sealed class UnsupportedSchemaVersionException : JsonException
{
    /// <summary>Initializes a new instance of the <see cref="UnsupportedSchemaVersionException"/> class.</summary>
    /// <param name="version">The version the document carries.</param>
    public UnsupportedSchemaVersionException(int version)
        : base(version > SchemaVersions.Current ? JsonMessages.NewerVersion(version, SchemaVersions.Current) : JsonMessages.UnknownVersion(version, SchemaVersions.Current))
        => Version = version;

    /// <summary>Gets the version the document carries.</summary>
    /// <value>Below 1 or above <see cref="SchemaVersions.Current"/>.</value>
    public int Version { get; }

    /// <summary>Gets the newest version this release reads.</summary>
    /// <value><see cref="SchemaVersions.Current"/>.</value>
    public static int NewestSupported => SchemaVersions.Current;
}
