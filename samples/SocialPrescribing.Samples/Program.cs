// The sample journey: a GP practice refers a person to the PCN's social prescribing link worker.
// It prints what each step records and checks its own results, so it doubles as a test: a wrong
// result exits with code 1 (.ci/run runs it).
using NodaTime;
using SocialPrescribing;
using SocialPrescribing.CarePlans;
using SocialPrescribing.Checklists;
using SocialPrescribing.Json;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.QualityAssurance;
using SocialPrescribing.Referrals;

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
    Console.WriteLine($"  {permission.GetDisplayName()}: {permissions.AnswerFor(permission).GetDisplayName()}");
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
Console.WriteLine($"PAM: {pamCheck.Outcome.GetDisplayName()}; still to ask: {string.Join(" ", pamCheck.StillUnknownQuestions)}");
Expect(pamCheck.Outcome == PamEligibilityOutcome.NeedsConfirmation && pamCheck.StillUnknown.Count == 4, "unknown facts are never guessed");

var baseline = new Ons4Response(firstMeeting, AssessmentOccasion.Baseline, Ons4Answer.Create(3), Ons4Answer.Create(4), Ons4Answer.Create(4), Ons4Answer.Create(8));
var followUp = new Ons4Response(new LocalDate(2026, 3, 2), AssessmentOccasion.FollowUp, Ons4Answer.Create(6), Ons4Answer.Create(6), Ons4Answer.Refused, Ons4Answer.Create(4));
Ons4Change wellbeing = Ons4Change.Between(baseline, followUp);
foreach (Ons4Item item in Enum.GetValues<Ons4Item>())
{
    Ons4ItemChange c = wellbeing[item];
    Console.WriteLine($"  {item.GetDisplayName()}: {c.Direction.GetDisplayName()} ({c.FromBand?.GetDisplayName() ?? "-"} -> {c.ToBand?.GetDisplayName() ?? "-"})");
}

Expect(wellbeing.Anxiety.IsImprovement && wellbeing.Happiness.Direction == ChangeDirection.NotComparable, "anxiety fall improves; a refused item is not compared");

PamChange activation = PamChange.Between(PamScore.Create(46.8m), PamScore.Create(55.2m));
Console.WriteLine($"PAM {activation.From} ({activation.FromLevel.GetDisplayName()}) -> {activation.To} ({activation.ToLevel.GetDisplayName()}), a meaningful improvement: {(activation.IsMeaningfulImprovement ? "yes" : "no")}");
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

// 9. The whole episode (seed sections 4, 7 and 10; PRSB "Referral details", "Contacts with professionals", "Message
// back to GP and referrer"): every step is an event; the episode is their fold, and refuses what the state table forbids.
EpisodeId episodeId = EpisodeId.Create(new Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
LinkWorkerId linkWorker = LinkWorkerId.Create("LW-01");
LinkWorkerId cover = LinkWorkerId.Create("LW-02");
DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
ZonedDateTime At(int year, int month, int day) => new LocalDateTime(year, month, day, 10, 30).InZoneLeniently(london);

// Who acts, the clock and the time zone are given once; each recording takes the episode so far and the event's own facts.
var clock = new SampleClock(Instant.FromUtc(2026, 1, 5, 9, 0));
var byReferrer = new EpisodeRecorder(clock, london, ActorRole.Referrer);
EpisodeRecorder byLinkWorker = byReferrer.As(ActorRole.LinkWorker, linkWorker);
EpisodeRecorder bySupervisor = byReferrer.As(ActorRole.GpSupervisor);
EpisodeRecorder byPerson = byReferrer.As(ActorRole.Person, linkWorker);

var referralDetails = new Referral(
    new LocalDate(2026, 1, 5),
    new Referrer(ReferralSourceKind.GpPractice, practice, "General practice", "Practice nurse"),
    ReferralMethod.Electronic,
    PersonIdentifier.Create(nhsNumber),
    practice,
    reasons,
    urgency: Urgency.Urgent,
    urgencyReason: "Lives alone and has stopped going out",
    primaryCareNetwork: pcn);

Episode? episode = null;
void Record(EpisodeRecorder who, Func<EventContext, EpisodeEvent> what)
{
    EpisodeResult result = who.Record(episodeId, episode, what);
    Expect(result.IsSuccess, result.IsSuccess ? string.Empty : result.Error.Message);
    foreach (CodedEntry code in result.AddedCodedEntries)
    {
        Console.WriteLine($"Write to the GP record: {code}"); // each code once, as it arises: no diffing
    }

    episode = result.Episode ?? episode;
}

Record(byReferrer, c => new ReferralMade(c, referralDetails));
Expect(new EpisodeValidator().ValidateReferral(episode!).IsValid, "the referral is complete at intake");
Record(byLinkWorker, c => new ReferralAccepted(c, linkWorker, new LocalDate(2026, 1, 6)));
Record(byLinkWorker, c => new ContactRecorded(c, At(2026, 1, 9), ConsultationMethod.Telephone, null, Duration.Zero, ContactAttendance.DidNotAttend));
Record(byLinkWorker, c => new ContactRecorded(c, At(2026, 1, 12), ConsultationMethod.FaceToFace, ContactLocation.Home, Duration.FromMinutes(60), ContactAttendance.Attended, "Talked about what matters"));
Record(byLinkWorker, c => new PermissionsRecorded(c, new LocalDate(2026, 1, 12), permissions));
Record(byLinkWorker, c => new Ons4Recorded(c, new Ons4Response(new LocalDate(2026, 1, 12), AssessmentOccasion.Baseline, Ons4Answer.Create(3), Ons4Answer.Create(4), Ons4Answer.Create(4), Ons4Answer.Create(8))));
Record(byLinkWorker, c => new PamEligibilityRecorded(c, new LocalDate(2026, 1, 12), PamEligibilityOutcome.Eligible));
Record(byLinkWorker, c => new PamRecorded(c, new LocalDate(2026, 1, 12), PamScore.Create(46.8m)));
Record(byLinkWorker, c => new CarePlanAgreed(c, new CarePlanReference("PLAN-17", new LocalDate(2026, 1, 19), new LocalDate(2026, 4, 19))));
// Before anyone is connected, the link worker checks the choir with the small community group prompt sheet (seed
// section 9, Appendix 5): proportionate, item by item, an action agreed where something is missing, never an automatic
// refusal; then both sides sign the agreement to connect.
LocalDate checkedOn = new(2026, 1, 26);
QualityAssuranceCheck groupCheck = QualityAssuranceCheck.Start("GROUP-7", OrganisationKind.SmallVolunteerLedGroup, checkedOn);
foreach (ChecklistItem item in groupCheck.Sheet.Items)
{
    groupCheck = groupCheck.Record(item.Id switch
    {
        PromptItemIds.GroupHealthAndSafety => new PromptItemResult(item.Id, PromptOutcome.ActionAgreed, "No first aider at sessions", "A trained first aider at every session"),
        PromptItemIds.GroupFinancialAccounts => new PromptItemResult(item.Id, PromptOutcome.NotApplicable, "No money changes hands"),
        _ => new PromptItemResult(item.Id, item.ResponseKind == ChecklistResponseKind.YesNo ? PromptOutcome.EvidenceSeen : PromptOutcome.DiscussedWithScenarios),
    });
}

var agreementForm = new AgreementToConnectForm { PcnRepresentativeName = "P. Manager", PcnSignedOn = checkedOn, GroupRepresentativeName = "G. Leader", GroupSignedOn = checkedOn };
agreementForm.ActionsAgreed.Add("A trained first aider at every session");
groupCheck = groupCheck.Decide(ConnectionDecision.ConnectWithAgreedActions, checkedOn).Sign(AgreementToConnect.Create(agreementForm));
Console.WriteLine(groupCheck);
Expect(groupCheck.Status == QualityAssuranceCheckStatus.Agreed && new QualityAssuranceCheckValidator().Validate(groupCheck).IsValid, "the choir is checked and the agreement to connect signed");

Record(byLinkWorker, c => new ConnectionMade(c, new LocalDate(2026, 2, 3), ConnectionCategory.CreateOther("Community choir"), IntroductionMethod.LinkWorkerWentToFirstSession, "GROUP-7", "St Mary's community choir", "Hard of hearing: sit near the front"));
Record(byLinkWorker, c => new ConnectionOutcomeRecorded(c, new LocalDate(2026, 2, 10), 1, ConnectionOutcome.Engaged));
Record(bySupervisor, c => new EpisodeReassigned(c, cover, new LocalDate(2026, 2, 16), ReassignmentReason.Cover));

Console.WriteLine($"{episode} (held by cover: {episode!.IsHeldByCover}); waited {episode.DaysToFirstContact} days for a first contact");
Expect(episode.State == EpisodeState.Connected && episode.DaysToFirstContact == 7 && episode.AttendedContactCount == 1, "connected after a week's wait; a missed call is not a contact");
Expect(episode.CodedEntries.Single().Concept == SocialPrescribingConcepts.ReferralToService, "the referral code, once");

// A refused event changes nothing and says why, in plain words.
EpisodeResult refused = byPerson.Record(episode, c => new PersonDeclined(c, new LocalDate(2026, 2, 20)));
Console.WriteLine($"Refused: {refused.Error!.Message}");
Expect(!refused.IsSuccess && refused.Error.CurrentState == EpisodeState.Connected, "declining after the first contact is a closure, not a decline");

// Two people recording at once: the second states the number it expected and is refused, not overwritten.
int expected = episode.NextNumber;
Record(byLinkWorker, c => new ConnectionOutcomeRecorded(c, new LocalDate(2026, 2, 17), 1, ConnectionOutcome.Attended));
EpisodeResult late = byLinkWorker.Record(episodeId, episode, c => new ConnectionOutcomeRecorded(c, new LocalDate(2026, 2, 17), 1, ConnectionOutcome.Attended), expected);
Expect(late.Error?.Kind == EpisodeErrorKind.NotNextNumber, "a recording that expected an earlier number is refused");

// The cover link worker's caseload on 2026-02-20: the episode is held by cover; the baselines are done and the plan review is not yet due.
Caseload coverCaseload = Caseload.For([episode], new LocalDate(2026, 2, 20), cover);
foreach (CaseloadEntry entry in coverCaseload.Entries)
{
    Console.WriteLine($"  {entry.Explanation}");
}

Expect(coverCaseload.Entries.Select(e => e.Reason).SequenceEqual([CaseloadReason.HeldByCover]), "held by cover, nothing else due");

Record(bySupervisor, c => new EpisodeReassigned(c, linkWorker, new LocalDate(2026, 3, 2), ReassignmentReason.Handover));
Record(byLinkWorker, c => new Escalated(c, new LocalDate(2026, 3, 2), EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Urgent, closesEpisode: false));
Expect(Caseload.For([episode], new LocalDate(2026, 3, 3), linkWorker).Entries[0].Reason == CaseloadReason.UnresolvedEscalation, "an unresolved escalation leads the caseload");
Record(bySupervisor, c => new EscalationResolved(c, new LocalDate(2026, 3, 4), 1, EscalationOutcome.SafeguardingReferralMade));
Record(byLinkWorker, c => new ReviewStarted(c, new LocalDate(2026, 4, 20)));
Record(byLinkWorker, c => new ReviewCompleted(c, new LocalDate(2026, 4, 20), new LocalDate(2026, 7, 20)));
Record(byLinkWorker, c => new PamRecorded(c, new LocalDate(2026, 5, 1), PamScore.Create(55.2m)));
Record(byLinkWorker, c => new Ons4Recorded(c, new Ons4Response(new LocalDate(2026, 7, 12), AssessmentOccasion.FollowUp, Ons4Answer.Create(7), Ons4Answer.Create(7), Ons4Answer.Create(6), Ons4Answer.Create(3))));
Record(byPerson, c => new ChangesRecorded(c, new LocalDate(2026, 7, 12), "I sing every Tuesday and I have people to talk to."));
Record(byPerson, c => new SatisfactionRecorded(c, new LocalDate(2026, 7, 12), FriendsAndFamilyAnswer.VeryGood));
Record(byLinkWorker, c => new EpisodeClosed(c, new LocalDate(2026, 7, 20), ClosureReason.GoalsMet));
Expect(episode.State == EpisodeState.Closed && new EpisodeValidator().ValidateClosure(episode, new LocalDate(2026, 7, 20)).IsValid, "closed with its outcome measures");

// The measurement year goes on after closure (seed section 11: "a minimum of one year"): the 12-month ONS4 is still taken.
Console.WriteLine($"Follow-up after closure until {episode.FollowUpEndsOn:uuuu-MM-dd}");
Record(byLinkWorker, c => new Ons4Recorded(c, new Ons4Response(new LocalDate(2027, 1, 12), AssessmentOccasion.FollowUp, Ons4Answer.Create(8), Ons4Answer.Create(8), Ons4Answer.Create(7), Ons4Answer.Create(2))));
Expect(Episode.Replay(episode.Events) == episode, "the stored events replay to the same episode");
Expect(byLinkWorker.Record(episode, c => new ContactRecorded(c, At(2026, 7, 21), ConsultationMethod.Telephone, null, Duration.FromMinutes(10), ContactAttendance.Attended)).Error?.Kind == EpisodeErrorKind.NotAllowedInState, "a closed episode takes no contact");

MessageBack toGp = MessageBack.Create(episode, MessageBackRecipient.RegisteredGp);
Console.WriteLine(toGp.ToPlainText());
Expect(toGp.PamChange?.IsMeaningfulImprovement == true && toGp.Ons4Change?.Anxiety.IsImprovement == true && toGp.Escalations.Length == 1, "message back: PAM and ONS4 change, the escalation");
Expect(toGp.ToPlainText().Contains("NHS number: 999 000 0026", StringComparison.Ordinal) && toGp.UpdatedOn == new LocalDate(2027, 1, 12), "the practice's copy names the person (it files it) and carries the follow-up after closure");

// The choir sees only what the person agreed to share (need-to-know given above), never the NHS number or the reasons.
GroupView forTheChoir = GroupView.Create(episode, 1);
Console.WriteLine($"{forTheChoir}: {forTheChoir.GroupName}, note \"{forTheChoir.NeedToKnowNote}\", link worker {forTheChoir.LinkWorker}");
Expect(forTheChoir.IsShared && forTheChoir.NeedToKnowNote is not null, "need-to-know sharing with the group");
Expect(!episode.ToString().Contains("0026", StringComparison.Ordinal) && !string.Join(" ", episode.Events).Contains("0026", StringComparison.Ordinal), "no NHS number in descriptions");

// Stored and sent as JSON (docs/json.md): the document carries the events, and reading it replays them.
string stored = SocialPrescribingJson.Serialize(episode);
Expect(SocialPrescribingJson.Deserialize<Episode>(stored) == episode, "the episode reads back from its JSON document");

// 10. The PCNs' dashboard (seed section 11): a few thousand generated episodes (a fixed seed, so the figures are the same
// every run) aggregated by PCN and financial year in one pass, then published with NHS Digital's rule for sub-national
// tables: a count from 1 to 7 is suppressed, every other count rounded to 5 (docs/outcomes.md, "Disclosure control").
Episode[] generated = [.. SyntheticEpisodes.Generate(3_000, seed: 2026)];
var dashboardOptions = new EpisodeOutcomeOptions { PracticeNetworks = SyntheticEpisodes.PracticeNetworks, PeriodKind = PeriodKind.FinancialYear };
EpisodeOutcomeAggregate dashboard = EpisodeOutcomes.Aggregate(generated, dashboardOptions);
PublishedTable published = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(dashboard.ToTable("Social prescribing by PCN and financial year"));
string[] shown = ["Episodes", "Coded referred (871731000000106)", "Wait median (days)", "ONS4 anxiety: mean change", "PAM gain of 3 or more %"];
int[] columns = [.. shown.Select(name => published.Columns.Select((c, i) => (c, i)).Single(x => x.c.Name == name).i)];
Console.WriteLine($"{published.Title}, {dashboard.Keys.Count} rows and the total (the last four shown)");
Console.WriteLine(string.Join(" | ", published.RowHeaders.Concat(shown)));
for (int r = published.Rows.Count - 4; r < published.Rows.Count; r++)
{
    Console.WriteLine(string.Join(" | ", published.Rows[r].Labels.Concat(columns.Select(c => published[r, c].Text))));
}

int totalRow = published.Rows.Count - 1;
Expect(dashboard.Total().Episodes == 3_000 && published[totalRow, columns[0]].Value == 3_000m, "every generated episode counted; the total, a multiple of 5, shown as it is");
Expect(Enumerable.Range(0, published.Rows.Count).Any(r => published[r, columns[1]].Control == CellControl.SmallCount), "a small count is suppressed");
Expect(Enumerable.Range(0, published.Rows.Count).All(r => published[r, columns[0]].Value is null || published[r, columns[0]].Value % 5 == 0), "every count shown is rounded to 5");

if (failures.Count > 0)
{
    Console.Error.WriteLine("Sample journey FAILED: " + string.Join("; ", failures));
    return 1;
}

Console.WriteLine("Sample journey: all checks passed.");
return 0;

/// <summary>A clock for the sample: each reading is five minutes after the one before, so the output is the same every run.</summary>
internal sealed class SampleClock(Instant start) : IClock
{
    private Instant _now = start;

    public Instant GetCurrentInstant() => _now += Duration.FromMinutes(5);
}
