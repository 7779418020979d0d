using System.Text.Json.Serialization;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Json.Wire;

// The wire forms (schema version 1) of SocialPrescribing.Measures' documents (docs/json.md, "Measures"). Each is a plain
// record the source generator reads and writes; From gives the wire form of a model (without its schema version, which
// the document's converter stamps), ToModel builds the model through its own public, validating members. Values derived
// from these (bands, levels, changes, due dates, timelines) are not written: they are computed again on reading.

/// <summary>The source-generated metadata of SocialPrescribing.Measures' wire forms.</summary>
[JsonSerializable(typeof(Ons4ResponseDocumentWire))]
[JsonSerializable(typeof(PamEligibilityWire))]
[JsonSerializable(typeof(ConfidenceSurveyResponseWire))]
[JsonSerializable(typeof(MeasurementScheduleWire))]
[JsonSerializable(typeof(MeasurementRecordWire))]
internal sealed partial class MeasuresWireContext : JsonSerializerContext;

/// <summary>
/// An ONS4 response as a document of its own: the shape of <see cref="Ons4ResponseWire"/> (its form inside an
/// <c>ons4Recorded</c> event) with <c>"schemaVersion"</c> first.
/// </summary>
internal sealed record Ons4ResponseDocumentWire(LocalDate DateAsked, AssessmentOccasion Occasion, Ons4Answer LifeSatisfaction, Ons4Answer Worthwhile, Ons4Answer Happiness, Ons4Answer Anxiety) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static Ons4ResponseDocumentWire From(Ons4Response r) => new(r.DateAsked, r.Occasion, r.LifeSatisfaction, r.Worthwhile, r.Happiness, r.Anxiety);

    internal Ons4Response ToModel() => new(DateAsked, Occasion, LifeSatisfaction, Worthwhile, Happiness, Anxiety);
}

/// <summary>
/// A PAM eligibility assessment as it is kept: its outcome, the facts that rule PAM out and the facts still unknown; never
/// the answers that do not rule it out. The outcome is written for readers and checked on reading: it must follow from
/// the two lists.
/// </summary>
internal sealed record PamEligibilityWire(PamEligibilityOutcome Outcome, PamEligibilityFact[] RuledOutBy, PamEligibilityFact[] StillUnknown) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static PamEligibilityWire From(PamEligibility e) => new(e.Outcome, [.. e.RuledOutBy], [.. e.StillUnknown]);

    internal PamEligibility ToModel()
    {
        PamEligibility assessment = PamEligibility.Create(RuledOutBy, StillUnknown);
        return assessment.Outcome == Outcome ? assessment : throw new ArgumentException(JsonMessages.PamOutcomeDoesNotFollow);
    }
}

/// <summary>A community group's answers to the confidence survey (seed section 12), question by question; a question not answered is absent.</summary>
internal sealed record ConfidenceSurveyResponseWire(
    [property: JsonPropertyOrder(0)] string GroupId,
    [property: JsonPropertyOrder(1)] LocalDate CompletedOn,
    [property: JsonPropertyOrder(2)] int PeopleConnected,
    [property: JsonPropertyOrder(3)] AgreementLevel CopedWell,
    [property: JsonPropertyOrder(5)] int CurrentVolunteers,
    [property: JsonPropertyOrder(4)] int? CouldHaveCopedWith = null,
    [property: JsonPropertyOrder(6)] string? GapsInProvision = null,
    [property: JsonPropertyOrder(7)] string? DevelopmentSupportNeeded = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static ConfidenceSurveyResponseWire From(ConfidenceSurveyResponse r)
        => new(r.GroupId, r.CompletedOn, r.PeopleConnected, r.CopedWell, r.CurrentVolunteers, r.CouldHaveCopedWith, r.GapsInProvision, r.DevelopmentSupportNeeded);

    /// <summary>Builds the response through its form and validator, as a response typed in is built.</summary>
    internal ConfidenceSurveyResponse ToModel()
        => Rebuild.Run(() => ConfidenceSurveyResponse.Create(new ConfidenceSurveyForm
        {
            GroupId = GroupId,
            CompletedOn = CompletedOn,
            PeopleConnected = PeopleConnected,
            CopedWell = CopedWell,
            CouldHaveCopedWith = CouldHaveCopedWith,
            CurrentVolunteers = CurrentVolunteers,
            GapsInProvision = GapsInProvision,
            DevelopmentSupportNeeded = DevelopmentSupportNeeded,
        }));
}

/// <summary>
/// A measurement schedule: its inputs only (start, cadence, minimum duration, early reassessment minimum, end). Every
/// input is written, defaults too, so a later release that changes a default does not change a stored schedule; the
/// reporting dates and every timeline are derived from these.
/// </summary>
internal sealed record MeasurementScheduleWire(LocalDate Start, CadenceWire Cadence, Period MinimumDuration, Period EarlyReassessmentMinimum, LocalDate? EndedOn = null) : IVersioned
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static MeasurementScheduleWire From(MeasurementSchedule s)
        => new(s.Start, CadenceWire.From(s.Cadence), s.MinimumDuration, s.EarlyReassessmentMinimum, s.EndedOn);

    internal MeasurementSchedule ToModel()
    {
        var schedule = new MeasurementSchedule(Start, Cadence.ToModel(), MinimumDuration, EarlyReassessmentMinimum);
        return EndedOn is LocalDate end ? schedule.EndOn(end) : schedule;
    }
}

/// <summary>The dates a person's measures were taken and their support taken up, each list in date order.</summary>
internal sealed record MeasurementRecordWire(LocalDate[] Ons4Dates, LocalDate[] PamDates, LocalDate[] SupportTakenUpDates) : IVersioned
{
    /// <summary>The most dates of one kind a record may hold on reading (docs/json.md, "Limits"): a person measured monthly for 80 years holds about 1,000.</summary>
    internal const int MaxDates = 1_000;

    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; init; }

    internal static MeasurementRecordWire From(MeasurementRecord r) => new([.. r.Ons4Dates], [.. r.PamDates], [.. r.SupportTakenUpDates]);

    internal MeasurementRecord ToModel()
    {
        if (Ons4Dates.Length > MaxDates || PamDates.Length > MaxDates || SupportTakenUpDates.Length > MaxDates)
        {
            throw new ArgumentException(JsonMessages.TooMany("dates of one kind in a measurement record", MaxDates));
        }

        MeasurementRecord record = MeasurementRecord.From(
            Ons4Dates.Select(d => new RecordedAssessment(MeasureKind.Ons4, d)).Concat(PamDates.Select(d => new RecordedAssessment(MeasureKind.Pam, d))));
        foreach (LocalDate on in SupportTakenUpDates)
        {
            record = record.WithSupportTakenUp(on);
        }

        return record;
    }
}
