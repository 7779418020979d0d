using System.Text.Json;
using System.Text.Json.Serialization;
using SocialPrescribing.Json.Wire;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Converters;

/// <summary>Every model written as a versioned document, with its converter (docs/json.md, "Documents").</summary>
internal static partial class Documents
{
    private static readonly DocumentConverter<EpisodeEvent, EventWire> EventDocument = new(EpisodeMapping.ToWire, EpisodeMapping.ToModel);

    /// <summary>Gets every document's converter with its type information, package by package.</summary>
    internal static IReadOnlyList<ConverterEntry> All { get; } = [.. Episodes, .. MeasuresDocuments, .. ChecklistDocuments, .. CarePlanDocuments, .. QualityAssuranceDocuments, .. Views, .. Outcomes];

    /// <summary>Gets the documents of SocialPrescribing.Referrals: episodes and events (each kind of event on its own too).</summary>
    private static ConverterEntry[] Episodes =>
    [
        ConverterEntry.For(new DocumentConverter<Episode, EpisodeWire>(EpisodeMapping.ToWire, EpisodeMapping.ToModel)),
        ConverterEntry.For(EventDocument),
        Event<SocialPrescribingOffered>(),
        Event<ReferralMade>(),
        Event<PersonDeclined>(),
        Event<ReferralAccepted>(),
        Event<ReferralNotAccepted>(),
        Event<ContactRecorded>(),
        Event<CarePlanAgreed>(),
        Event<ConnectionMade>(),
        Event<ConnectionOutcomeRecorded>(),
        Event<Ons4Recorded>(),
        Event<PamRecorded>(),
        Event<PamEligibilityRecorded>(),
        Event<SatisfactionRecorded>(),
        Event<ChangesRecorded>(),
        Event<ReviewStarted>(),
        Event<ReviewCompleted>(),
        Event<Escalated>(),
        Event<PersonalHealthBudgetExplored>(),
        Event<ComplaintRecorded>(),
        Event<PermissionsRecorded>(),
        Event<EpisodeReassigned>(),
        Event<PutOnHold>(),
        Event<EpisodeResumed>(),
        Event<EpisodeClosed>(),
        Event<OfferLapsed>(),
        Event<EscalationResolved>(),
        Event<UrgencyChanged>(),
        Event<EnteredInError>(),
        Event<NhsNumberTraced>(),
        Event<ConnectionSharingRecorded>(),
        Event<ReferrerSharingRecorded>(),
        Event<MeasuresNotTakenRecorded>(),
        Event<DemographicsRecorded>(),
    ];

    private static ConverterEntry Event<T>()
        where T : EpisodeEvent
        => ConverterEntry.For(new EventOfKind<T>());

    /// <summary>One kind of event, written as the event document; reading a document of another kind is refused.</summary>
    private sealed class EventOfKind<T> : JsonConverter<T>
        where T : EpisodeEvent
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => EventDocument.Read(ref reader, typeof(EpisodeEvent), options) as T
                ?? throw new JsonRuleException(JsonMessages.Invariant($"The document is an event of another kind than {typeof(T).Name}."));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => EventDocument.Write(writer, value, options);
    }
}
