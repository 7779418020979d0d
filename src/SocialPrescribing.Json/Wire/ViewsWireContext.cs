using System.Text.Json.Serialization;

namespace SocialPrescribing.Json.Wire;

/// <summary>
/// The source-generated metadata of the wire forms of what SocialPrescribing.Referrals gives back from an episode
/// (caseload entries, messages back, group views); <see cref="WireOptions"/> combines it with the other contexts.
/// </summary>
[JsonSerializable(typeof(CaseloadEntryWire))]
[JsonSerializable(typeof(MessageBackWire))]
[JsonSerializable(typeof(GroupViewWire))]
internal sealed partial class ViewsWireContext : JsonSerializerContext;
