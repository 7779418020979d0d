using System.Text.Json.Serialization;

namespace SocialPrescribing.Json.Wire;

/// <summary>
/// The source-generated metadata of the wire forms of SocialPrescribing.Outcomes' partials and tables;
/// <see cref="WireOptions"/> combines it with the other contexts.
/// </summary>
[JsonSerializable(typeof(EpisodeOutcomeAggregateWire))]
[JsonSerializable(typeof(ActivityAggregateWire))]
[JsonSerializable(typeof(CodedActivityPartialWire))]
[JsonSerializable(typeof(OutcomeTableWire))]
[JsonSerializable(typeof(PublishedTableWire))]
internal sealed partial class OutcomesWireContext : JsonSerializerContext;
