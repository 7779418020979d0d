using SocialPrescribing.CarePlans;
using SocialPrescribing.Checklists;
using SocialPrescribing.Json.Wire;
using SocialPrescribing.Measures;
using SocialPrescribing.QualityAssurance;

namespace SocialPrescribing.Json.Converters;

/// <summary>The documents of SocialPrescribing.Measures, .Checklists, .CarePlans and .QualityAssurance (docs/json.md, "Documents").</summary>
internal static partial class Documents
{
    /// <summary>Gets the documents of SocialPrescribing.Measures: ONS4 responses, PAM eligibility assessments, confidence survey responses, measurement schedules and records.</summary>
    private static ConverterEntry[] MeasuresDocuments =>
    [
        ConverterEntry.For(new DocumentConverter<Ons4Response, Ons4ResponseDocumentWire>(
            r => Ons4ResponseDocumentWire.From(r) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<PamEligibility, PamEligibilityWire>(
            e => PamEligibilityWire.From(e) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<ConfidenceSurveyResponse, ConfidenceSurveyResponseWire>(
            r => ConfidenceSurveyResponseWire.From(r) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<MeasurementSchedule, MeasurementScheduleWire>(
            s => MeasurementScheduleWire.From(s) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<MeasurementRecord, MeasurementRecordWire>(
            r => MeasurementRecordWire.From(r) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
    ];

    /// <summary>Gets the documents of SocialPrescribing.Checklists: checklist definitions and filled checklists.</summary>
    private static ConverterEntry[] ChecklistDocuments =>
    [
        ConverterEntry.For(new DocumentConverter<ChecklistDefinition, ChecklistDefinitionWire>(
            d => ChecklistDefinitionWire.From(d) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<FilledChecklist, FilledChecklistWire>(
            c => FilledChecklistWire.From(c) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
    ];

    /// <summary>Gets the documents of SocialPrescribing.CarePlans: templates, and care plans with their history.</summary>
    private static ConverterEntry[] CarePlanDocuments =>
    [
        ConverterEntry.For(new DocumentConverter<CarePlanTemplate, CarePlanTemplateWire>(
            t => CarePlanTemplateWire.From(t) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<CarePlan, CarePlanWire>(
            p => CarePlanWire.From(p) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
    ];

    /// <summary>Gets the documents of SocialPrescribing.QualityAssurance: checks, group schedules, community groups and the menu of them.</summary>
    private static ConverterEntry[] QualityAssuranceDocuments =>
    [
        ConverterEntry.For(new DocumentConverter<QualityAssuranceCheck, QualityAssuranceCheckWire>(
            c => QualityAssuranceCheckWire.From(c) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<GroupSchedule, GroupScheduleWire>(
            s => GroupScheduleWire.From(s) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<CommunityGroup, CommunityGroupWire>(
            g => CommunityGroupWire.From(g) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
        ConverterEntry.For(new DocumentConverter<CommunityGroupMenu, CommunityGroupMenuWire>(
            m => CommunityGroupMenuWire.From(m) with { SchemaVersion = SchemaVersions.Current }, (wire, _) => wire.ToModel())),
    ];
}
