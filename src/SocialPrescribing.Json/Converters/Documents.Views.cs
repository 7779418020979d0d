using SocialPrescribing.Json.Wire;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Converters;

internal static partial class Documents
{
    /// <summary>Gets the documents of what SocialPrescribing.Referrals gives back from an episode: caseload entries, messages back and group views, each read without the episode.</summary>
    private static ConverterEntry[] Views =>
    [
        ConverterEntry.For(new DocumentConverter<CaseloadEntry, CaseloadEntryWire>(e => CaseloadEntryWire.From(e) with { SchemaVersion = SchemaVersions.Current }, (w, _) => w.ToModel())),
        ConverterEntry.For(new DocumentConverter<MessageBack, MessageBackWire>(m => MessageBackWire.From(m) with { SchemaVersion = SchemaVersions.Current }, (w, _) => w.ToModel())),
        ConverterEntry.For(new DocumentConverter<GroupView, GroupViewWire>(v => GroupViewWire.From(v) with { SchemaVersion = SchemaVersions.Current }, (w, _) => w.ToModel())),
    ];
}
