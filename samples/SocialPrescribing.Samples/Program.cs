// The sample journey: a GP practice refers a person to the PCN's social prescribing link worker.
// It prints what each step records and checks its own results, so it doubles as a test: a wrong
// result exits with code 1 (.ci/run runs it).
using NodaTime;
using SocialPrescribing;
using SocialPrescribing.CarePlans;
using SocialPrescribing.Checklists;
using SocialPrescribing.Measures;

var failures = new List<string>();
void Expect(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

// 1. The referral arrives from a GP practice in the PCN (seed section 1; section 10 "Who made the referral").
OdsCode practice = OdsCode.Parse("a81001");
OdsCode pcn = OdsCode.Parse("U12345");
Console.WriteLine($"Referring practice {practice} ({practice.Shape}), network {pcn} ({pcn.Shape})");
Expect(practice.Shape == OdsCodeShape.GpPractice && pcn.Shape == OdsCodeShape.PrimaryCareNetwork, "ODS code shapes");

// 2. The person's NHS number, typed in the display form. 999 numbers are never issued to people.
NhsNumber nhsNumber = NhsNumber.Parse("999 000 0026");
Console.WriteLine($"Person: NHS number {nhsNumber} (masked wherever it is logged)");
Expect(nhsNumber.ToString() == "*** *** 0026", "NHS number is masked");

// A mistyped number is caught, and the message names the rule, not the digits.
ParseResult<NhsNumber> typo = NhsNumber.ParseDetailed("999 000 0062");
Console.WriteLine($"Typo check: {typo.ErrorMessage}");
Expect(!typo.Success && typo.ErrorMessage!.Contains("modulus 11", StringComparison.Ordinal), "transposed digits are rejected");

// 3. Why they were referred, and by whom (seed section 10).
ReferralSourceKind source = ReferralSourceKind.GpPracticeOrPcnTeam;
ReferralReason[] reasons = [ReferralReason.LonelinessOrIsolation, ReferralReason.DebtAndMoney];
Console.WriteLine($"Referred by: {source.GetDisplayName()}; reasons: {string.Join(", ", reasons.Select(r => r.GetDisplayName()))}");

// 4. The GP record is coded with the national social prescribing codes (seed section 10).
SnomedConcept referral = SocialPrescribingConcepts.ReferralToService;
Console.WriteLine($"Coded in the GP record: {referral}");
Expect(referral.Id.IsUkExtension && SocialPrescribingConcepts.Get(SctId.Parse("871731000000106")) == referral, "referral code");

// 5. What matters to the person leads to connections (seed section 10 "Where the person is being connected to").
ConnectionCategory[] connections =
[
    ConnectionCategory.Create(ConnectionCategoryKind.MoneyAndWelfareRights),
    ConnectionCategory.Create(ConnectionCategoryKind.AccessToNature),
    ConnectionCategory.CreateOther("Community choir"),
];
Console.WriteLine($"Connected to: {string.Join("; ", connections.Select(c => c.OtherDescription ?? c.ToString()))}");

// 6. Information is shared only with permission, on a need-to-know basis (seed section 5 items 5 and 7).
SharingPermissions permissions = SharingPermissions.NoneAsked
    .With(SharingPermission.NeedToKnowSharingWithConnectedServices, ConsentAnswer.Given)
    .With(SharingPermission.ShareMyStory, ConsentAnswer.Declined);
foreach (SharingPermission permission in SharingPermissions.AllPermissions)
{
    Console.WriteLine($"  {permission.GetDisplayName()}: {permissions.AnswerFor(permission)}");
}

Expect(permissions.Allows(SharingPermission.NeedToKnowSharingWithConnectedServices), "need-to-know sharing given");
Expect(!permissions.Allows(SharingPermission.SatisfactionSurvey), "a permission not asked is not given");

// 6b. A personalised care and support plan in the person's own words (seed section 8, Appendix 4); they keep a copy.
CarePlan plan = CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
    .WithText(PlanField.WhatMattersToMe, "Seeing my grandchildren on Sundays")
    .WithGoal("Walk to the shop by myself")
    .WithSupport(new SupportConnection("Tuesday walking group", "A volunteer meets me at the gate"))
    .WithReviewDate(new LocalDate(2026, 3, 2))
    .Agree(new LocalDate(2025, 8, 31));
Console.WriteLine(plan.ToPlainText());
Expect(plan.Status == CarePlanStatus.Agreed && !plan.ToPlainText().Contains("2. How best", StringComparison.Ordinal), "care plan agreed; the copy shows only what was filled in");

// 7. Measuring impact (seed section 11, Appendix 6): ONS4 for everyone, PAM where it suits, at the start and every 6 months.
LocalDate firstMeeting = new(2025, 8, 31);
var schedule = new MeasurementSchedule(firstMeeting);
Console.WriteLine($"Reporting grid: {string.Join(", ", schedule.ReportingDates.Select(d => d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}");
Expect(schedule.ReportingDates[1] == new LocalDate(2026, 2, 28), "31 August + 6 months is the end of February");

var facts = new PamEligibilityForm { LiteracyLevel1 = FactAnswer.Yes, HealthNeedOrRisk = FactAnswer.Yes, Dementia = FactAnswer.No };
PamEligibility pamCheck = PamEligibility.Assess(facts);
Console.WriteLine($"PAM: {pamCheck.Outcome}; still to ask: {string.Join(" ", pamCheck.StillUnknownQuestions)}");
Expect(pamCheck.Outcome == PamEligibilityOutcome.NeedsConfirmation && pamCheck.StillUnknown.Count == 4, "unknown facts are never guessed");

var baseline = new Ons4Response(firstMeeting, AssessmentOccasion.Baseline, Ons4Answer.Create(3), Ons4Answer.Create(4), Ons4Answer.Create(4), Ons4Answer.Create(8));
var followUp = new Ons4Response(new LocalDate(2026, 3, 2), AssessmentOccasion.FollowUp, Ons4Answer.Create(6), Ons4Answer.Create(6), Ons4Answer.Refused, Ons4Answer.Create(4));
Ons4Change wellbeing = Ons4Change.Between(baseline, followUp);
foreach (Ons4Item item in Enum.GetValues<Ons4Item>())
{
    Ons4ItemChange c = wellbeing[item];
    Console.WriteLine($"  {item}: {c.Direction} ({c.FromBand?.ToString() ?? "-"} -> {c.ToBand?.ToString() ?? "-"})");
}

Expect(wellbeing.Anxiety.IsImprovement && wellbeing.Happiness.Direction == ChangeDirection.NotComparable, "anxiety fall improves; a refused item is not compared");

PamChange activation = PamChange.Between(PamScore.Create(46.8m), PamScore.Create(55.2m));
Console.WriteLine($"PAM {activation.From} ({activation.FromLevel}) -> {activation.To} ({activation.ToLevel}), meaningful: {activation.IsMeaningfulImprovement}");
Expect(activation.ToLevel == PamLevel.Level3 && activation.IsMeaningfulImprovement, "PAM change");

// Rolling: the next ONS4 is due 6 months after the last one taken (2 March), not on the grid date.
var statuses = schedule.StatusOn(new LocalDate(2026, 4, 15), MeasurementRecord.Empty.WithOns4(firstMeeting).WithOns4(new LocalDate(2026, 3, 2)), pamCheck);
Console.WriteLine($"On 2026-04-15: {statuses[0]}; {statuses[1]}");
Expect(statuses[0].Next?.DueDate == new LocalDate(2026, 9, 2) && statuses[1].Next?.NeedsEligibilityConfirmation == true, "next ONS4 rolls from the last one taken; PAM waits for eligibility to be confirmed");

// 8. The programme side (seed Appendix 3): the CCG team self-evaluates, and the weakest areas surface for the meeting.
FilledChecklist selfEvaluation = FilledChecklist.Start(SeedChecklists.CcgSelfEvaluation)
    .With("1", ChecklistAnswer.SelfAssessment(4, "Shared plan agreed with the council and CVS"))
    .With("4", ChecklistAnswer.SelfAssessment(2, "Only two of five practices use the referral code"));
Console.WriteLine($"CCG self-evaluation: {selfEvaluation.Progress}; lowest: {string.Join("; ", selfEvaluation.Progress.LowestSelfAssessments.Select(s => $"item {s.Item.Id} scored {s.Score} ({s.Rationale})"))}");
Expect(new FilledChecklistValidator().Validate(selfEvaluation).IsValid && selfEvaluation.Progress.LowestSelfAssessments.Single().Item.Id == "4", "self-evaluation");

if (failures.Count > 0)
{
    Console.Error.WriteLine("Sample journey FAILED: " + string.Join("; ", failures));
    return 1;
}

Console.WriteLine("Sample journey: all checks passed.");
return 0;
