using SocialPrescribing.CarePlans;
using SocialPrescribing.Checklists;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.QualityAssurance;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Converters;

/// <summary>
/// The wire name of every enum member, written out: a member renamed in C# keeps its name on the wire, so stored
/// documents stay readable (docs/json.md, "Enums"). <see cref="WireEnum{TEnum}"/> checks that every defined member is
/// named once, and a test checks that every enum of a model is in <see cref="All"/>.
/// </summary>
// Stryker disable all : static tables, built once per process, before any mutant is active: the MTP runner reuses its test host (stryker-net#3742); WireNameTests and the golden files pin every name.
internal static class WireEnums
{
    internal static readonly WireEnum<ConnectionCategoryKind> ConnectionCategoryKindNames = new(
    [
        (ConnectionCategoryKind.MoneyAndWelfareRights, "moneyAndWelfareRights"),
        (ConnectionCategoryKind.HousingSupport, "housingSupport"),
        (ConnectionCategoryKind.StatutoryServices, "statutoryServices"),
        (ConnectionCategoryKind.EmploymentSupport, "employmentSupport"),
        (ConnectionCategoryKind.PracticalSupport, "practicalSupport"),
        (ConnectionCategoryKind.ArtsBasedActivities, "artsBasedActivities"),
        (ConnectionCategoryKind.AccessToNature, "accessToNature"),
        (ConnectionCategoryKind.PhysicalActivitySupport, "physicalActivitySupport"),
        (ConnectionCategoryKind.LocalNeighbourhoodGroups, "localNeighbourhoodGroups"),
        (ConnectionCategoryKind.AdultLearningClasses, "adultLearningClasses"),
        (ConnectionCategoryKind.Other, "other"),
    ]);

    internal static readonly WireEnum<ConsentAnswer> ConsentAnswerNames = new(
    [
        (ConsentAnswer.NotAsked, "notAsked"),
        (ConsentAnswer.Given, "given"),
        (ConsentAnswer.Declined, "declined"),
    ]);

    internal static readonly WireEnum<ReferralReason> ReferralReasonNames = new(
    [
        (ReferralReason.LonelinessOrIsolation, "lonelinessOrIsolation"),
        (ReferralReason.SupportWithMentalHealth, "supportWithMentalHealth"),
        (ReferralReason.LongTermConditions, "longTermConditions"),
        (ReferralReason.ComplexSocialNeeds, "complexSocialNeeds"),
        (ReferralReason.DebtAndMoney, "debtAndMoney"),
        (ReferralReason.Housing, "housing"),
        (ReferralReason.Unemployment, "unemployment"),
        (ReferralReason.CaringResponsibilities, "caringResponsibilities"),
        (ReferralReason.PhysicalInactivity, "physicalInactivity"),
        (ReferralReason.Food, "food"),
        (ReferralReason.Other, "other"),
        (ReferralReason.AccessToGreenSpace, "accessToGreenSpace"),
        (ReferralReason.Transport, "transport"),
    ]);

    internal static readonly WireEnum<ReferralSourceKind> ReferralSourceKindNames = new(
    [
        (ReferralSourceKind.GpPracticeOrPcnTeam, "gpPracticeOrPcnTeam"),
        (ReferralSourceKind.Pharmacy, "pharmacy"),
        (ReferralSourceKind.HospitalDischargeTeam, "hospitalDischargeTeam"),
        (ReferralSourceKind.AlliedHealthProfessional, "alliedHealthProfessional"),
        (ReferralSourceKind.FireService, "fireService"),
        (ReferralSourceKind.Police, "police"),
        (ReferralSourceKind.JobCentre, "jobCentre"),
        (ReferralSourceKind.SocialCare, "socialCare"),
        (ReferralSourceKind.HousingAssociation, "housingAssociation"),
        (ReferralSourceKind.VcseOrganisation, "vcseOrganisation"),
        (ReferralSourceKind.SelfReferral, "selfReferral"),
        (ReferralSourceKind.Other, "other"),
        (ReferralSourceKind.GpPractice, "gpPractice"),
        (ReferralSourceKind.PcnMultiDisciplinaryTeam, "pcnMultiDisciplinaryTeam"),
        (ReferralSourceKind.WiderMultiDisciplinaryTeam, "widerMultiDisciplinaryTeam"),
    ]);

    internal static readonly WireEnum<ScheduleStatus> ScheduleStatusNames = new(
    [
        (ScheduleStatus.NotYetDue, "notYetDue"),
        (ScheduleStatus.Due, "due"),
        (ScheduleStatus.Overdue, "overdue"),
        (ScheduleStatus.Done, "done"),
    ]);

    internal static readonly WireEnum<SharingPermission> SharingPermissionNames = new(
    [
        (SharingPermission.ShareMyStory, "shareMyStory"),
        (SharingPermission.SatisfactionSurvey, "satisfactionSurvey"),
        (SharingPermission.OngoingDataCollectionAndEvaluation, "ongoingDataCollectionAndEvaluation"),
        (SharingPermission.NeedToKnowSharingWithConnectedServices, "needToKnowSharingWithConnectedServices"),
    ]);

    internal static readonly WireEnum<CarePlanPart> CarePlanPartNames = new(
    [
        (CarePlanPart.PartOne, "partOne"),
        (CarePlanPart.PartTwo, "partTwo"),
    ]);

    internal static readonly WireEnum<CarePlanStatus> CarePlanStatusNames = new(
    [
        (CarePlanStatus.Draft, "draft"),
        (CarePlanStatus.Agreed, "agreed"),
        (CarePlanStatus.Reviewed, "reviewed"),
    ]);

    internal static readonly WireEnum<GoalProgress> GoalProgressNames = new(
    [
        (GoalProgress.NotStarted, "notStarted"),
        (GoalProgress.InProgress, "inProgress"),
        (GoalProgress.Achieved, "achieved"),
        (GoalProgress.NoLongerAGoal, "noLongerAGoal"),
    ]);

    internal static readonly WireEnum<PlanField> PlanFieldNames = new(
    [
        (PlanField.WhatMattersToMe, "whatMattersToMe"),
        (PlanField.HowBestToSupportMe, "howBestToSupportMe"),
        (PlanField.HealthConditions, "healthConditions"),
        (PlanField.Goals, "goals"),
        (PlanField.Support, "support"),
        (PlanField.WhatICanDo, "whatICanDo"),
        (PlanField.ReviewDate, "reviewDate"),
        (PlanField.ChangesTakenPlace, "changesTakenPlace"),
        (PlanField.ShareMyStory, "shareMyStory"),
        (PlanField.SatisfactionSurvey, "satisfactionSurvey"),
        (PlanField.OngoingDataCollection, "ongoingDataCollection"),
        (PlanField.FreeText, "freeText"),
    ]);

    internal static readonly WireEnum<ChecklistResponseKind> ChecklistResponseKindNames = new(
    [
        (ChecklistResponseKind.TextOnly, "textOnly"),
        (ChecklistResponseKind.YesNo, "yesNo"),
        (ChecklistResponseKind.SelfAssessment, "selfAssessment"),
        (ChecklistResponseKind.CompletionDate, "completionDate"),
    ]);

    internal static readonly WireEnum<AgreementLevel> AgreementLevelNames = new(
    [
        (AgreementLevel.StronglyAgree, "stronglyAgree"),
        (AgreementLevel.Agree, "agree"),
        (AgreementLevel.NeitherAgreeNorDisagree, "neitherAgreeNorDisagree"),
        (AgreementLevel.Disagree, "disagree"),
        (AgreementLevel.StronglyDisagree, "stronglyDisagree"),
    ]);

    internal static readonly WireEnum<AssessmentOccasion> AssessmentOccasionNames = new(
    [
        (AssessmentOccasion.Baseline, "baseline"),
        (AssessmentOccasion.FollowUp, "followUp"),
    ]);

    internal static readonly WireEnum<ChangeDirection> ChangeDirectionNames = new(
    [
        (ChangeDirection.NotComparable, "notComparable"),
        (ChangeDirection.Improved, "improved"),
        (ChangeDirection.Unchanged, "unchanged"),
        (ChangeDirection.Worsened, "worsened"),
    ]);

    internal static readonly WireEnum<FactAnswer> FactAnswerNames = new(
    [
        (FactAnswer.Unknown, "unknown"),
        (FactAnswer.Yes, "yes"),
        (FactAnswer.No, "no"),
    ]);

    internal static readonly WireEnum<MeasureKind> MeasureKindNames = new(
    [
        (MeasureKind.Ons4, "ons4"),
        (MeasureKind.Pam, "pam"),
    ]);

    internal static readonly WireEnum<Ons4AnswerKind> Ons4AnswerKindNames = new(
    [
        (Ons4AnswerKind.NotAsked, "notAsked"),
        (Ons4AnswerKind.Refused, "refused"),
        (Ons4AnswerKind.Rated, "rated"),
    ]);

    internal static readonly WireEnum<Ons4Band> Ons4BandNames = new(
    [
        (Ons4Band.VeryLow, "veryLow"),
        (Ons4Band.Low, "low"),
        (Ons4Band.Medium, "medium"),
        (Ons4Band.High, "high"),
        (Ons4Band.VeryHigh, "veryHigh"),
    ]);

    internal static readonly WireEnum<Ons4Item> Ons4ItemNames = new(
    [
        (Ons4Item.LifeSatisfaction, "lifeSatisfaction"),
        (Ons4Item.Worthwhile, "worthwhile"),
        (Ons4Item.Happiness, "happiness"),
        (Ons4Item.Anxiety, "anxiety"),
    ]);

    internal static readonly WireEnum<PamEligibilityFact> PamEligibilityFactNames = new(
    [
        (PamEligibilityFact.LiteracyLevel1, "literacyLevel1"),
        (PamEligibilityFact.HealthNeedOrRisk, "healthNeedOrRisk"),
        (PamEligibilityFact.SevereMentalHealthProblems, "severeMentalHealthProblems"),
        (PamEligibilityFact.Dementia, "dementia"),
        (PamEligibilityFact.LimitedEnglish, "limitedEnglish"),
        (PamEligibilityFact.ModerateToSevereLearningDisabilities, "moderateToSevereLearningDisabilities"),
        (PamEligibilityFact.StrugglesToUnderstandQuestions, "strugglesToUnderstandQuestions"),
    ]);

    internal static readonly WireEnum<PamEligibilityOutcome> PamEligibilityOutcomeNames = new(
    [
        (PamEligibilityOutcome.Eligible, "eligible"),
        (PamEligibilityOutcome.NotSuitable, "notSuitable"),
        (PamEligibilityOutcome.NeedsConfirmation, "needsConfirmation"),
    ]);

    internal static readonly WireEnum<PamLevel> PamLevelNames = new(
    [
        (PamLevel.Level1, "level1"),
        (PamLevel.Level2, "level2"),
        (PamLevel.Level3, "level3"),
        (PamLevel.Level4, "level4"),
    ]);

    internal static readonly WireEnum<PamReassessmentReason> PamReassessmentReasonNames = new(
    [
        (PamReassessmentReason.RegularFollowUp, "regularFollowUp"),
        (PamReassessmentReason.EarlyAfterSupportTakenUp, "earlyAfterSupportTakenUp"),
        (PamReassessmentReason.TooSoon, "tooSoon"),
        (PamReassessmentReason.SupportNotTakenUp, "supportNotTakenUp"),
        (PamReassessmentReason.Baseline, "baseline"),
        (PamReassessmentReason.BeforeStart, "beforeStart"),
    ]);

    internal static readonly WireEnum<CellControl> CellControlNames = new(
    [
        (CellControl.None, "none"),
        (CellControl.Rounded, "rounded"),
        (CellControl.SmallCount, "smallCount"),
        (CellControl.FewValues, "fewValues"),
        (CellControl.BelowThreshold, "belowThreshold"),
        (CellControl.SecondarySuppression, "secondarySuppression"),
        (CellControl.FromControlledCells, "fromControlledCells"),
        (CellControl.NotApplicable, "notApplicable"),
    ]);

    internal static readonly WireEnum<CodedActivityLevel> CodedActivityLevelNames = new(
    [
        (CodedActivityLevel.Practice, "practice"),
        (CodedActivityLevel.PrimaryCareNetwork, "primaryCareNetwork"),
    ]);

    internal static readonly WireEnum<IndicatorAttainment> IndicatorAttainmentNames = new(
    [
        (IndicatorAttainment.BelowLowerThreshold, "belowLowerThreshold"),
        (IndicatorAttainment.BetweenThresholds, "betweenThresholds"),
        (IndicatorAttainment.AtOrAboveUpperThreshold, "atOrAboveUpperThreshold"),
    ]);

    internal static readonly WireEnum<OutcomeCellKind> OutcomeCellKindNames = new(
    [
        (OutcomeCellKind.Count, "count"),
        (OutcomeCellKind.Statistic, "statistic"),
        (OutcomeCellKind.Percentage, "percentage"),
        (OutcomeCellKind.NotApplicable, "notApplicable"),
    ]);

    internal static readonly WireEnum<PeriodKind> PeriodKindNames = new(
    [
        (PeriodKind.Month, "month"),
        (PeriodKind.Quarter, "quarter"),
        (PeriodKind.FinancialYear, "financialYear"),
    ]);

    internal static readonly WireEnum<PublicationLevel> PublicationLevelNames = new(
    [
        (PublicationLevel.National, "national"),
        (PublicationLevel.Subnational, "subnational"),
    ]);

    internal static readonly WireEnum<CapacitySource> CapacitySourceNames = new(
    [
        (CapacitySource.CatchUp, "catchUp"),
        (CapacitySource.ConfidenceSurvey, "confidenceSurvey"),
    ]);

    internal static readonly WireEnum<ConnectionDecision> ConnectionDecisionNames = new(
    [
        (ConnectionDecision.Connect, "connect"),
        (ConnectionDecision.ConnectWithAgreedActions, "connectWithAgreedActions"),
        (ConnectionDecision.NotConnectingForNow, "notConnectingForNow"),
    ]);

    internal static readonly WireEnum<DueKind> DueKindNames = new(
    [
        (DueKind.AgreementReview, "agreementReview"),
        (DueKind.CatchUp, "catchUp"),
        (DueKind.ConfidenceSurvey, "confidenceSurvey"),
    ]);

    internal static readonly WireEnum<LeftOutReason> LeftOutReasonNames = new(
    [
        (LeftOutReason.NoAgreement, "noAgreement"),
        (LeftOutReason.ReviewOverdue, "reviewOverdue"),
        (LeftOutReason.NoCapacity, "noCapacity"),
        (LeftOutReason.NotConnecting, "notConnecting"),
    ]);

    internal static readonly WireEnum<OrganisationKind> OrganisationKindNames = new(
    [
        (OrganisationKind.VcseOrganisation, "vcseOrganisation"),
        (OrganisationKind.SmallVolunteerLedGroup, "smallVolunteerLedGroup"),
    ]);

    internal static readonly WireEnum<PromptOutcome> PromptOutcomeNames = new(
    [
        (PromptOutcome.EvidenceSeen, "evidenceSeen"),
        (PromptOutcome.DiscussedWithScenarios, "discussedWithScenarios"),
        (PromptOutcome.ActionAgreed, "actionAgreed"),
        (PromptOutcome.NotApplicable, "notApplicable"),
        (PromptOutcome.NotReceived, "notReceived"),
    ]);

    internal static readonly WireEnum<QualityAssuranceCheckStatus> QualityAssuranceCheckStatusNames = new(
    [
        (QualityAssuranceCheckStatus.InProgress, "inProgress"),
        (QualityAssuranceCheckStatus.AwaitingLineManager, "awaitingLineManager"),
        (QualityAssuranceCheckStatus.ReadyToSign, "readyToSign"),
        (QualityAssuranceCheckStatus.Agreed, "agreed"),
        (QualityAssuranceCheckStatus.NotConnecting, "notConnecting"),
    ]);

    internal static readonly WireEnum<QualityAssuranceState> QualityAssuranceStateNames = new(
    [
        (QualityAssuranceState.None, "none"),
        (QualityAssuranceState.InProgress, "inProgress"),
        (QualityAssuranceState.Agreed, "agreed"),
        (QualityAssuranceState.AgreedWithActions, "agreedWithActions"),
        (QualityAssuranceState.ReviewOverdue, "reviewOverdue"),
        (QualityAssuranceState.NotConnecting, "notConnecting"),
    ]);

    internal static readonly WireEnum<ActorRole> ActorRoleNames = new(
    [
        (ActorRole.LinkWorker, "linkWorker"),
        (ActorRole.GpSupervisor, "gpSupervisor"),
        (ActorRole.FirstPointOfContact, "firstPointOfContact"),
        (ActorRole.Referrer, "referrer"),
        (ActorRole.Administrator, "administrator"),
        (ActorRole.Person, "person"),
        (ActorRole.PracticeClinician, "practiceClinician"),
        (ActorRole.CommunityGroupOrAgency, "communityGroupOrAgency"),
    ]);

    internal static readonly WireEnum<CaseloadReason> CaseloadReasonNames = new(
    [
        (CaseloadReason.UnresolvedEscalation, "unresolvedEscalation"),
        (CaseloadReason.WaitingForFirstContact, "waitingForFirstContact"),
        (CaseloadReason.NotAcceptedWithinThreshold, "notAcceptedWithinThreshold"),
        (CaseloadReason.Ons4Due, "ons4Due"),
        (CaseloadReason.PamDue, "pamDue"),
        (CaseloadReason.PlanReviewDue, "planReviewDue"),
        (CaseloadReason.ConnectionToFollowUp, "connectionToFollowUp"),
        (CaseloadReason.OnHoldPastResumeDate, "onHoldPastResumeDate"),
        (CaseloadReason.HeldByCover, "heldByCover"),
        (CaseloadReason.HandBackDue, "handBackDue"),
    ]);

    internal static readonly WireEnum<ClosureReason> ClosureReasonNames = new(
    [
        (ClosureReason.GoalsMet, "goalsMet"),
        (ClosureReason.PersonDeclinedFurtherSupport, "personDeclinedFurtherSupport"),
        (ClosureReason.NoContactAfterAttempts, "noContactAfterAttempts"),
        (ClosureReason.Disengaged, "disengaged"),
        (ClosureReason.MovedAway, "movedAway"),
        (ClosureReason.ReferredBackToClinician, "referredBackToClinician"),
        (ClosureReason.Died, "died"),
        (ClosureReason.Other, "other"),
    ]);

    internal static readonly WireEnum<ComplaintHandling> ComplaintHandlingNames = new(
    [
        (ComplaintHandling.Open, "open"),
        (ComplaintHandling.ResolvedByService, "resolvedByService"),
        (ComplaintHandling.PassedToPracticeComplaintsProcedure, "passedToPracticeComplaintsProcedure"),
        (ComplaintHandling.PassedToProviderComplaintsProcedure, "passedToProviderComplaintsProcedure"),
        (ComplaintHandling.Withdrawn, "withdrawn"),
    ]);

    internal static readonly WireEnum<ConnectionOutcome> ConnectionOutcomeNames = new(
    [
        (ConnectionOutcome.Attended, "attended"),
        (ConnectionOutcome.Engaged, "engaged"),
        (ConnectionOutcome.Stopped, "stopped"),
        (ConnectionOutcome.DidNotAttend, "didNotAttend"),
    ]);

    internal static readonly WireEnum<ConsultationMethod> ConsultationMethodNames = new(
    [
        (ConsultationMethod.FaceToFace, "faceToFace"),
        (ConsultationMethod.Telephone, "telephone"),
        (ConsultationMethod.Video, "video"),
        (ConsultationMethod.Message, "message"),
    ]);

    internal static readonly WireEnum<ContactAttendance> ContactAttendanceNames = new(
    [
        (ContactAttendance.Attended, "attended"),
        (ContactAttendance.DidNotAttend, "didNotAttend"),
        (ContactAttendance.Cancelled, "cancelled"),
    ]);

    internal static readonly WireEnum<ContactLocation> ContactLocationNames = new(
    [
        (ContactLocation.Practice, "practice"),
        (ContactLocation.Home, "home"),
        (ContactLocation.CommunityVenue, "communityVenue"),
        (ContactLocation.Other, "other"),
    ]);

    internal static readonly WireEnum<EpisodeEventKind> EpisodeEventKindNames = new(
    [
        (EpisodeEventKind.Offered, "offered"),
        (EpisodeEventKind.Referred, "referred"),
        (EpisodeEventKind.Declined, "declined"),
        (EpisodeEventKind.Accepted, "accepted"),
        (EpisodeEventKind.NotAccepted, "notAccepted"),
        (EpisodeEventKind.ContactRecorded, "contactRecorded"),
        (EpisodeEventKind.PlanAgreed, "planAgreed"),
        (EpisodeEventKind.ConnectionMade, "connectionMade"),
        (EpisodeEventKind.ConnectionOutcomeRecorded, "connectionOutcomeRecorded"),
        (EpisodeEventKind.Ons4Recorded, "ons4Recorded"),
        (EpisodeEventKind.PamRecorded, "pamRecorded"),
        (EpisodeEventKind.PamEligibilityRecorded, "pamEligibilityRecorded"),
        (EpisodeEventKind.SatisfactionRecorded, "satisfactionRecorded"),
        (EpisodeEventKind.ChangesRecorded, "changesRecorded"),
        (EpisodeEventKind.ReviewStarted, "reviewStarted"),
        (EpisodeEventKind.ReviewCompleted, "reviewCompleted"),
        (EpisodeEventKind.Escalated, "escalated"),
        (EpisodeEventKind.PersonalHealthBudgetExplored, "personalHealthBudgetExplored"),
        (EpisodeEventKind.ComplaintRecorded, "complaintRecorded"),
        (EpisodeEventKind.PermissionsRecorded, "permissionsRecorded"),
        (EpisodeEventKind.Reassigned, "reassigned"),
        (EpisodeEventKind.PutOnHold, "putOnHold"),
        (EpisodeEventKind.Resumed, "resumed"),
        (EpisodeEventKind.Closed, "closed"),
        (EpisodeEventKind.OfferLapsed, "offerLapsed"),
        (EpisodeEventKind.EscalationResolved, "escalationResolved"),
        (EpisodeEventKind.UrgencyChanged, "urgencyChanged"),
        (EpisodeEventKind.EnteredInError, "enteredInError"),
        (EpisodeEventKind.NhsNumberTraced, "nhsNumberTraced"),
        (EpisodeEventKind.ConnectionSharingRecorded, "connectionSharingRecorded"),
        (EpisodeEventKind.ReferrerSharingRecorded, "referrerSharingRecorded"),
        (EpisodeEventKind.MeasuresNotTakenRecorded, "measuresNotTakenRecorded"),
        (EpisodeEventKind.DemographicsRecorded, "demographicsRecorded"),
    ]);

    internal static readonly WireEnum<EpisodeState> EpisodeStateNames = new(
    [
        (EpisodeState.Offered, "offered"),
        (EpisodeState.Declined, "declined"),
        (EpisodeState.Referred, "referred"),
        (EpisodeState.Accepted, "accepted"),
        (EpisodeState.NotAccepted, "notAccepted"),
        (EpisodeState.FirstContactMade, "firstContactMade"),
        (EpisodeState.PlanAgreed, "planAgreed"),
        (EpisodeState.Connected, "connected"),
        (EpisodeState.UnderReview, "underReview"),
        (EpisodeState.OnHold, "onHold"),
        (EpisodeState.Closed, "closed"),
        (EpisodeState.Lapsed, "lapsed"),
    ]);

    internal static readonly WireEnum<ErrorReason> ErrorReasonNames = new(
    [
        (ErrorReason.WrongPerson, "wrongPerson"),
        (ErrorReason.WrongDate, "wrongDate"),
        (ErrorReason.WrongDetails, "wrongDetails"),
        (ErrorReason.Duplicate, "duplicate"),
        (ErrorReason.DidNotHappen, "didNotHappen"),
    ]);

    internal static readonly WireEnum<EscalationOutcome> EscalationOutcomeNames = new(
    [
        (EscalationOutcome.AdviceGivenSupportContinues, "adviceGivenSupportContinues"),
        (EscalationOutcome.ReferredOn, "referredOn"),
        (EscalationOutcome.SafeguardingReferralMade, "safeguardingReferralMade"),
        (EscalationOutcome.EmergencyResponse, "emergencyResponse"),
        (EscalationOutcome.NoFurtherAction, "noFurtherAction"),
    ]);

    internal static readonly WireEnum<EscalationReason> EscalationReasonNames = new(
    [
        (EscalationReason.SafeguardingConcern, "safeguardingConcern"),
        (EscalationReason.AbuseOrDomesticViolence, "abuseOrDomesticViolence"),
        (EscalationReason.MentalHealthNeedRequiringQualifiedPractitioner, "mentalHealthNeedRequiringQualifiedPractitioner"),
        (EscalationReason.OtherClinicalConcern, "otherClinicalConcern"),
    ]);

    internal static readonly WireEnum<EscalationRecipient> EscalationRecipientNames = new(
    [
        (EscalationRecipient.GpSupervisor, "gpSupervisor"),
        (EscalationRecipient.Gp, "gp"),
        (EscalationRecipient.OtherHealthProfessional, "otherHealthProfessional"),
        (EscalationRecipient.IdentifiedIndividual, "identifiedIndividual"),
        (EscalationRecipient.LocalAuthoritySafeguardingTeam, "localAuthoritySafeguardingTeam"),
        (EscalationRecipient.EmergencyServices, "emergencyServices"),
    ]);

    internal static readonly WireEnum<FriendsAndFamilyAnswer> FriendsAndFamilyAnswerNames = new(
    [
        (FriendsAndFamilyAnswer.VeryGood, "veryGood"),
        (FriendsAndFamilyAnswer.Good, "good"),
        (FriendsAndFamilyAnswer.NeitherGoodNorPoor, "neitherGoodNorPoor"),
        (FriendsAndFamilyAnswer.Poor, "poor"),
        (FriendsAndFamilyAnswer.VeryPoor, "veryPoor"),
        (FriendsAndFamilyAnswer.DontKnow, "dontKnow"),
    ]);

    internal static readonly WireEnum<IntroductionMethod> IntroductionMethodNames = new(
    [
        (IntroductionMethod.LinkWorkerWentToFirstSession, "linkWorkerWentToFirstSession"),
        (IntroductionMethod.VolunteerBuddyWent, "volunteerBuddyWent"),
        (IntroductionMethod.PersonWentAlone, "personWentAlone"),
    ]);

    internal static readonly WireEnum<MeasuresNotTakenReason> MeasuresNotTakenReasonNames = new(
    [
        (MeasuresNotTakenReason.PersonDeclined, "personDeclined"),
        (MeasuresNotTakenReason.PersonUnableToAnswer, "personUnableToAnswer"),
        (MeasuresNotTakenReason.NoContactPossible, "noContactPossible"),
        (MeasuresNotTakenReason.EndedBeforeFollowUpDue, "endedBeforeFollowUpDue"),
        (MeasuresNotTakenReason.Other, "other"),
    ]);

    internal static readonly WireEnum<MessageBackRecipient> MessageBackRecipientNames = new(
    [
        (MessageBackRecipient.RegisteredGp, "registeredGp"),
        (MessageBackRecipient.Referrer, "referrer"),
    ]);

    internal static readonly WireEnum<NotAcceptedReason> NotAcceptedReasonNames = new(
    [
        (NotAcceptedReason.NotAppropriate, "notAppropriate"),
        (NotAcceptedReason.RedirectedToAnotherService, "redirectedToAnotherService"),
    ]);

    internal static readonly WireEnum<OnHoldReason> OnHoldReasonNames = new(
    [
        (OnHoldReason.PersonUnwell, "personUnwell"),
        (OnHoldReason.PersonAway, "personAway"),
        (OnHoldReason.PersonAskedToPause, "personAskedToPause"),
        (OnHoldReason.WaitingForAnotherService, "waitingForAnotherService"),
        (OnHoldReason.Other, "other"),
        (OnHoldReason.HospitalStay, "hospitalStay"),
    ]);

    internal static readonly WireEnum<PersonalHealthBudgetOutcome> PersonalHealthBudgetOutcomeNames = new(
    [
        (PersonalHealthBudgetOutcome.Considering, "considering"),
        (PersonalHealthBudgetOutcome.ApplicationMade, "applicationMade"),
        (PersonalHealthBudgetOutcome.NotEligible, "notEligible"),
        (PersonalHealthBudgetOutcome.NotWanted, "notWanted"),
    ]);

    internal static readonly WireEnum<ReassignmentReason> ReassignmentReasonNames = new(
    [
        (ReassignmentReason.Cover, "cover"),
        (ReassignmentReason.Handover, "handover"),
        (ReassignmentReason.Triage, "triage"),
    ]);

    internal static readonly WireEnum<ReferralMethod> ReferralMethodNames = new(
    [
        (ReferralMethod.Electronic, "electronic"),
        (ReferralMethod.Letter, "letter"),
        (ReferralMethod.Phone, "phone"),
        (ReferralMethod.InPerson, "inPerson"),
        (ReferralMethod.SelfReferral, "selfReferral"),
    ]);

    internal static readonly WireEnum<Urgency> UrgencyNames = new(
    [
        (Urgency.Routine, "routine"),
        (Urgency.Urgent, "urgent"),
    ]);

    // The person's demographics: the NHS Data Dictionary's codes where it codes the field (docs/json.md, "Demographics"),
    // taken from Core's vocabularies, so the wire and the model share one table.
    internal static readonly WireEnum<EthnicCategory> EthnicCategoryNames = Coded(DemographicCodes.EthnicCategories);
    internal static readonly WireEnum<StatedGender> StatedGenderNames = Coded(DemographicCodes.StatedGenders);
    internal static readonly WireEnum<GenderIdentity> GenderIdentityNames = Coded(DemographicCodes.GenderIdentities);
    internal static readonly WireEnum<DeprivationDecile> DeprivationDecileNames = Coded(DemographicCodes.DeprivationDeciles);
    internal static readonly WireEnum<DeprivationQuintile> DeprivationQuintileNames = Coded(DemographicCodes.DeprivationQuintiles);
    internal static readonly WireEnum<AgeBand> AgeBandNames = new([.. DemographicCodes.AgeBands.Terms.Select(t => (t.Value, t.DisplayName))]);

    internal static readonly WireEnum<EquityRate> EquityRateNames = new(
    [
        (EquityRate.Offered, "offered"),
        (EquityRate.Referred, "referred"),
        (EquityRate.Declined, "declined"),
    ]);

    internal static readonly WireEnum<EthnicGroup> EthnicGroupNames = new(
    [
        (EthnicGroup.White, "white"),
        (EthnicGroup.Mixed, "mixed"),
        (EthnicGroup.AsianOrAsianBritish, "asianOrAsianBritish"),
        (EthnicGroup.BlackOrBlackBritish, "blackOrBlackBritish"),
        (EthnicGroup.OtherEthnicGroups, "otherEthnicGroups"),
        (EthnicGroup.NotStated, "notStated"),
        (EthnicGroup.NotKnown, "notKnown"),
    ]);

    /// <summary>Gets the converter of every table above, with its type information.</summary>
    internal static IReadOnlyList<ConverterEntry> All { get; } =
    [
        ConnectionCategoryKindNames.Entry,
        ConsentAnswerNames.Entry,
        ReferralReasonNames.Entry,
        ReferralSourceKindNames.Entry,
        ScheduleStatusNames.Entry,
        SharingPermissionNames.Entry,
        CarePlanPartNames.Entry,
        CarePlanStatusNames.Entry,
        GoalProgressNames.Entry,
        PlanFieldNames.Entry,
        ChecklistResponseKindNames.Entry,
        AgreementLevelNames.Entry,
        AssessmentOccasionNames.Entry,
        ChangeDirectionNames.Entry,
        FactAnswerNames.Entry,
        MeasureKindNames.Entry,
        Ons4AnswerKindNames.Entry,
        Ons4BandNames.Entry,
        Ons4ItemNames.Entry,
        PamEligibilityFactNames.Entry,
        PamEligibilityOutcomeNames.Entry,
        PamLevelNames.Entry,
        PamReassessmentReasonNames.Entry,
        CellControlNames.Entry,
        CodedActivityLevelNames.Entry,
        IndicatorAttainmentNames.Entry,
        OutcomeCellKindNames.Entry,
        PeriodKindNames.Entry,
        PublicationLevelNames.Entry,
        CapacitySourceNames.Entry,
        ConnectionDecisionNames.Entry,
        DueKindNames.Entry,
        LeftOutReasonNames.Entry,
        OrganisationKindNames.Entry,
        PromptOutcomeNames.Entry,
        QualityAssuranceCheckStatusNames.Entry,
        QualityAssuranceStateNames.Entry,
        ActorRoleNames.Entry,
        CaseloadReasonNames.Entry,
        ClosureReasonNames.Entry,
        ComplaintHandlingNames.Entry,
        ConnectionOutcomeNames.Entry,
        ConsultationMethodNames.Entry,
        ContactAttendanceNames.Entry,
        ContactLocationNames.Entry,
        EpisodeEventKindNames.Entry,
        EpisodeStateNames.Entry,
        ErrorReasonNames.Entry,
        EscalationOutcomeNames.Entry,
        EscalationReasonNames.Entry,
        EscalationRecipientNames.Entry,
        FriendsAndFamilyAnswerNames.Entry,
        IntroductionMethodNames.Entry,
        MeasuresNotTakenReasonNames.Entry,
        MessageBackRecipientNames.Entry,
        NotAcceptedReasonNames.Entry,
        OnHoldReasonNames.Entry,
        PersonalHealthBudgetOutcomeNames.Entry,
        ReassignmentReasonNames.Entry,
        ReferralMethodNames.Entry,
        UrgencyNames.Entry,
        EthnicCategoryNames.Entry,
        StatedGenderNames.Entry,
        GenderIdentityNames.Entry,
        DeprivationDecileNames.Entry,
        DeprivationQuintileNames.Entry,
        AgeBandNames.Entry,
        EthnicGroupNames.Entry,
        EquityRateNames.Entry,
    ];

    private static WireEnum<TEnum> Coded<TEnum>(Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
        => new([.. vocabulary.Terms.Select(t => (t.Value, t.Code!))]);
}
