using Hl7.Fhir.Model;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// Measures and answers as UK Core Observations (docs/fhir.md, "The mapping, field by field"): ONS4 (one Observation, a component per
/// item with its rating, or why it has none), the PAM score (with its level), PAM eligibility, the Friends and Family
/// Test answer, and the changes in the person's words (with the minimum dataset's outcome codes). No public SNOMED CT
/// code is cited for these, so each is coded in this library's <c>measure</c> code system with the question as text.
/// </summary>
internal static class MeasureMapping
{
    private const string DataAbsentReason = FhirUris.Hl7TerminologyPrefix + "data-absent-reason";
    private const string ObservationCategory = FhirUris.Hl7TerminologyPrefix + "observation-category";

    private static string MeasureSystem => LibraryCodes.Measure;

    private static Observation Observation(string code, string text, NodaTime.LocalDate on, ResourceReference patient, string category = "survey") => new()
    {
        Meta = FhirValues.UkCore("Observation"),
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept(ObservationCategory, category)],
        Code = new CodeableConcept(MeasureSystem, code, text),
        Subject = patient,
        Effective = FhirValues.DateTime(on),
    };

    public static Observation Ons4(Ons4Response response, ResourceReference patient)
    {
        Observation o = Observation(LibraryCodes.Ons4, "ONS4 personal wellbeing", response.DateAsked, patient);
        o.Method = FhirValues.Concept(response.Occasion);
        foreach (Ons4Item item in Enum.GetValues<Ons4Item>())
        {
            Ons4Answer answer = response[item];
            var component = new Observation.ComponentComponent { Code = FhirValues.Concept(item, Ons4Questions.For(item).Text) };
            if (answer.Rating is Ons4Rating rating)
            {
                component.Value = new Integer(rating.Value);
            }
            else
            {
                component.DataAbsentReason = new CodeableConcept(DataAbsentReason, answer.Kind == Ons4AnswerKind.Refused ? "asked-declined" : "not-asked");
            }

            o.Component.Add(component);
        }

        return o;
    }

    private static NodaTime.LocalDate DateOf(FhirReader r, Observation o) => r.Date((o.Effective as FhirDateTime)?.Value, r.Path("effectiveDateTime"));

    public static Ons4Response Ons4Of(FhirReader r, Observation o)
    {
        NodaTime.LocalDate asked = DateOf(r, o);
        AssessmentOccasion occasion = r.Code<AssessmentOccasion>(o.Method, r.Path("method"));
        var answers = new Ons4Answer[4];
        for (int i = 0; i < o.Component.Count; i++)
        {
            Observation.ComponentComponent c = o.Component[i];
            Ons4Item item = r.Code<Ons4Item>(c.Code, r.Path($"component[{i}].code"));
            answers[(int)item - 1] = c.Value switch
            {
                Integer { Value: int v } => r.Build(() => Ons4Answer.Create(v), r.Path($"component[{i}].valueInteger")),
                null when c.DataAbsentReason?.Coding.FirstOrDefault()?.Code == "asked-declined" => Ons4Answer.Refused,
                null => Ons4Answer.NotAsked,
                _ => throw r.Error(r.Path($"component[{i}].value[x]"), FhirMessages.Ons4Rating),
            };
        }

        return r.Build(() => new Ons4Response(asked, occasion, answers[0], answers[1], answers[2], answers[3]), r.Path("component"));
    }

    public static Observation Pam(PamRecorded pam, ResourceReference patient)
    {
        Observation o = Observation(LibraryCodes.PamScore, "Patient Activation Measure score", pam.On, patient);
        o.Value = new Quantity { Value = pam.Score.Value, Unit = "score", System = FhirUris.Ucum, Code = "{score}" };
        o.Component = [new Observation.ComponentComponent { Code = new CodeableConcept(MeasureSystem, LibraryCodes.PamLevel, "Patient Activation Measure level"), Value = FhirValues.Concept(pam.Score.Level) }];
        return o;
    }

    public static PamRecorded PamOf(FhirReader r, EventContext context, Observation o)
    {
        NodaTime.LocalDate on = DateOf(r, o);
        decimal value = o.Value is Quantity { Value: decimal v } ? v : throw r.Error(r.Path("valueQuantity"), FhirMessages.PamScore);
        PamScore score = r.Build(() => PamScore.Create(value), r.Path("valueQuantity"));
        return new PamRecorded(context, on, score);
    }

    public static Observation PamEligibility(PamEligibilityRecorded eligibility, ResourceReference patient)
    {
        Observation o = Observation(LibraryCodes.PamEligibility, "Patient Activation Measure eligibility", eligibility.On, patient);
        o.Value = FhirValues.Concept(eligibility.Outcome);
        return o;
    }

    public static Observation Satisfaction(SatisfactionRecorded satisfaction, ResourceReference patient)
    {
        Observation o = Observation(LibraryCodes.FriendsAndFamilyTest, FriendsAndFamilyTest.Question, satisfaction.On, patient);
        o.Value = FhirValues.Concept(satisfaction.Answer);
        if (satisfaction.InPersonsWords is string words)
        {
            o.Note = [new Annotation { Text = new Markdown(words) }];
        }

        return o;
    }

    public static Observation Changes(ChangesRecorded changes, ResourceReference patient)
    {
        Observation o = Observation(LibraryCodes.Changes, "What changes took place, in the person's words", changes.On, patient);
        o.Value = new FhirString(changes.InPersonsWords);
        foreach (SctId code in changes.OutcomeCodes)
        {
            o.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept { Coding = [FhirValues.Snomed(code)] }, Value = new FhirBoolean(true) });
        }

        return o;
    }

    public static EpisodeEvent EventOf(FhirReader r, EventContext context, EpisodeEventKind kind, Observation o)
    {
        NodaTime.LocalDate on = DateOf(r, o);
        return kind switch
        {
            EpisodeEventKind.Ons4Recorded => new Ons4Recorded(context, Ons4Of(r, o)),
            EpisodeEventKind.PamRecorded => PamOf(r, context, o),
            EpisodeEventKind.PamEligibilityRecorded => new PamEligibilityRecorded(context, on, r.Code<PamEligibilityOutcome>(o.Value as CodeableConcept, r.Path("valueCodeableConcept"))),
            EpisodeEventKind.SatisfactionRecorded => r.Build(() => new SatisfactionRecorded(context, on, r.Code<FriendsAndFamilyAnswer>(o.Value as CodeableConcept, r.Path("valueCodeableConcept")), o.Note.FirstOrDefault()?.Text), r.Path("note")),
            _ => r.Build(
                () => new ChangesRecorded(context, on, (o.Value as FhirString)?.Value ?? throw r.Error(r.Path("valueString"), FhirMessages.PersonsWords), o.Component.Select((c, i) => r.Sct(c.Code?.Coding.FirstOrDefault() ?? new Coding(), r.Path($"component[{i}].code"))).ToList()),
                r.Path("valueString")),
        };
    }
}
