namespace SocialPrescribing.Json.Wire;

/// <summary>A wire form that can be a document of its own, and then carries <c>"schemaVersion"</c>.</summary>
internal interface IVersioned
{
    /// <summary>Gets the schema version: set on a document, absent on a part of one.</summary>
    int? SchemaVersion { get; init; }
}
