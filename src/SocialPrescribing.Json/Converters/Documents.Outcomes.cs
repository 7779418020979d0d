using SocialPrescribing.Json.Wire;
using SocialPrescribing.Outcomes;

namespace SocialPrescribing.Json.Converters;

internal static partial class Documents
{
    /// <summary>Gets the documents of SocialPrescribing.Outcomes: the partials a practice sends a region (episode outcomes, activity, coded activity) and tables before and after disclosure control.</summary>
    private static ConverterEntry[] Outcomes =>
    [
        ConverterEntry.For(new DocumentConverter<EpisodeOutcomeAggregate, EpisodeOutcomeAggregateWire>(a => EpisodeOutcomeAggregateWire.From(a) with { SchemaVersion = SchemaVersions.Current }, (w, version) => Exactly(() => w.ToModel(version)))),
        ConverterEntry.For(new DocumentConverter<ActivityAggregate, ActivityAggregateWire>(a => ActivityAggregateWire.From(a) with { SchemaVersion = SchemaVersions.Current }, (w, _) => Exactly(w.ToModel))),
        ConverterEntry.For(new DocumentConverter<CodedActivityPartial, CodedActivityPartialWire>(p => CodedActivityPartialWire.From(p) with { SchemaVersion = SchemaVersions.Current }, (w, _) => Exactly(w.ToModel))),
        ConverterEntry.For(new DocumentConverter<OutcomeTable, OutcomeTableWire>(t => OutcomeTableWire.From(t) with { SchemaVersion = SchemaVersions.Current }, (w, _) => Exactly(w.ToModel))),
        ConverterEntry.For(new DocumentConverter<PublishedTable, PublishedTableWire>(t => PublishedTableWire.From(t) with { SchemaVersion = SchemaVersions.Current }, (w, _) => Exactly(w.ToModel))),
    ];

    /// <summary>Builds a model from figures read, refusing figures whose sums overflow (the models add in checked arithmetic) as a rule of the model.</summary>
    /// <exception cref="ArgumentException">A count or sum overflows.</exception>
    private static T Exactly<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (OverflowException)
        {
            throw new ArgumentException(JsonMessages.FigureTooLarge);
        }
    }
}
