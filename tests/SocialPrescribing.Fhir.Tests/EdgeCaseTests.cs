using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using NodaTime;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>Histories the generators reach rarely or never, each read back exactly; and what never escapes reading.</summary>
public sealed class EdgeCaseTests
{
    private static readonly EpisodeId Id = EpisodeId.Parse("0b7c1c8e-5a5e-4f7e-9d55-2f0c6a3d9e10");
    private static readonly LinkWorkerId Worker = LinkWorkerId.Create("LW-07");
    private static readonly OdsCode Practice = OdsCode.Parse("A81001");
    private static readonly LocalDate Start = new(2026, 3, 2);

    private static EventContext Context(int number, ActorRole by = ActorRole.Administrator, LinkWorkerId? worker = null)
        => new(Id, number, NodaTime.Instant.FromUtc(2026, 3, 2, 9, 0).Plus(NodaTime.Duration.FromHours(number)), by, worker);

    private static Referral ReferralOf(PersonIdentifier person)
        => new(Start.PlusDays(2), new Referrer(ReferralSourceKind.GpPractice, Practice), ReferralMethod.Electronic, person, Practice, [ReferralReason.LonelinessOrIsolation]);

    private static void RoundTrips(Episode episode)
        => Assert.Equal(Normalised.Of(episode), EpisodeFhir.FromJson(EpisodeFhir.ToJson(EpisodeFhir.ToBundle(episode, RoundTripTests.Options))));

    [Fact]
    public void OfferThenTraceThenReferral_ReadsBackWithEachPersonAsNamed()
    {
        PersonIdentifier local = PersonIdentifier.Create(null, "LOCAL-1");
        PersonIdentifier traced = PersonIdentifier.Create(Journeys.KnownNhsNumber, "LOCAL-1");
        RoundTrips(Episode.Replay(
        [
            new SocialPrescribingOffered(Context(1, ActorRole.PracticeClinician), Start, local, Practice),
            new NhsNumberTraced(Context(2), Start.PlusDays(1), Journeys.KnownNhsNumber),
            new ReferralMade(Context(3, ActorRole.Referrer), ReferralOf(traced)),
        ]));
    }

    [Fact]
    public void TraceEnteredInError_KeepsTheNumberItFound()
    {
        PersonIdentifier local = PersonIdentifier.Create(null, "LOCAL-1");
        Episode episode = Episode.Replay(
        [
            new ReferralMade(Context(1, ActorRole.Referrer), ReferralOf(local)),
            new NhsNumberTraced(Context(2), Start.PlusDays(3), Journeys.KnownNhsNumber),
            new EnteredInError(Context(3), Start.PlusDays(4), 2, ErrorReason.WrongPerson),
        ]);
        Assert.Null(episode.Person.NhsNumber);
        RoundTrips(episode);
    }

    [Fact]
    public void PermissionsRecordingThatAnsweredNothing_ReadsBack()
        => RoundTrips(Episode.Replay(
        [
            new ReferralMade(Context(1, ActorRole.Referrer), ReferralOf(PersonIdentifier.Create(Journeys.KnownNhsNumber))),
            new PermissionsRecorded(Context(2), Start.PlusDays(3), SharingPermissions.NoneAsked),
        ]));

    [Fact]
    public void ClosureWithoutContact_IsAFailedTask()
    {
        Episode episode = Episode.Replay(
        [
            new ReferralMade(Context(1, ActorRole.Referrer), ReferralOf(PersonIdentifier.Create(Journeys.KnownNhsNumber))),
            new ReferralAccepted(Context(2, ActorRole.LinkWorker, Worker), Worker, Start.PlusDays(3)),
            new EpisodeClosed(Context(3, ActorRole.LinkWorker, Worker), Start.PlusDays(40), ClosureReason.NoContactAfterAttempts),
        ]);
        Assert.Equal(Hl7.Fhir.Model.Task.TaskStatus.Failed, TaskStatuses.Of(episode));
        Bundle bundle = EpisodeFhir.ToBundle(episode, RoundTripTests.Options);
        Assert.Equal(Hl7.Fhir.Model.Task.TaskStatus.Failed, bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Task>().Single().Status);
        RoundTrips(episode);
    }

    /// <summary>
    /// Two connections and two escalations, the first of each entered in error, so the later events number the rest
    /// as the episode does (connection 1 and escalation 1 are then the second made); the stopped connection and the
    /// reason a closure gives for measures not taken.
    /// </summary>
    private static EpisodeEvent[] CorrectionsOfConnectionsAndEscalations(bool close)
    {
        ActorRole lw = ActorRole.LinkWorker;
        List<EpisodeEvent> events =
        [
            new ReferralMade(Context(1, ActorRole.Referrer), ReferralOf(PersonIdentifier.Create(Journeys.KnownNhsNumber))),
            new ReferralAccepted(Context(2, lw, Worker), Worker, Start.PlusDays(3)),
            new ContactRecorded(Context(3, lw, Worker), Start.PlusDays(4).AtMidnight().PlusHours(10).InUtc(), ConsultationMethod.FaceToFace, ContactLocation.Practice, NodaTime.Duration.FromMinutes(30), ContactAttendance.Attended),
            new CarePlanAgreed(Context(4, lw, Worker), new CarePlanReference("PLAN-1", Start.PlusDays(5), Start.PlusDays(95)), SharingPermissions.NoneAsked),
            new ConnectionMade(Context(5, lw, Worker), Start.PlusDays(6), ConnectionCategory.CreateOther("Choir"), IntroductionMethod.LinkWorkerWentToFirstSession, "GROUP-1", "Choir"),
            new ConnectionMade(Context(6, lw, Worker), Start.PlusDays(7), ConnectionCategory.CreateOther("Walking group"), IntroductionMethod.LinkWorkerWentToFirstSession, "GROUP-2", "Walking group"),
            new EnteredInError(Context(7, lw, Worker), Start.PlusDays(8), 5, ErrorReason.WrongDetails),
            new ConnectionOutcomeRecorded(Context(8, lw, Worker), Start.PlusDays(9), 1, ConnectionOutcome.Stopped),
            new ConnectionSharingRecorded(Context(9, lw, Worker), Start.PlusDays(9), 1, ConsentAnswer.Given),
            new Escalated(Context(10, lw, Worker), Start.PlusDays(10), EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Urgent, closesEpisode: false),
            new Escalated(Context(11, lw, Worker), Start.PlusDays(11), EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Routine, closesEpisode: false),
            new EnteredInError(Context(12, lw, Worker), Start.PlusDays(12), 10, ErrorReason.Duplicate),
            new EscalationResolved(Context(13, ActorRole.GpSupervisor), Start.PlusDays(13), 1, EscalationOutcome.AdviceGivenSupportContinues),
        ];
        if (close)
        {
            events.Add(new EpisodeClosed(Context(14, lw, Worker), Start.PlusDays(20), ClosureReason.GoalsMet, measuresNotTaken: MeasuresNotTakenReason.PersonUnableToAnswer));
        }

        return [.. events];
    }

    [Fact]
    public void CorrectedConnectionAndEscalation_LeaveTheOthersNumberedAsTheEpisodeDoes()
    {
        RoundTrips(Episode.Replay(CorrectionsOfConnectionsAndEscalations(close: true)));
        RoundTrips(Episode.Replay(CorrectionsOfConnectionsAndEscalations(close: false)));
    }

    [Fact]
    public void EscalationThatClosesTheEpisode_ReadsBack()
        => RoundTrips(Episode.Replay(
        [
            .. CorrectionsOfConnectionsAndEscalations(close: false).Take(4),
            new Escalated(Context(5, ActorRole.LinkWorker, Worker), Start.PlusDays(10), EscalationReason.SafeguardingConcern, EscalationRecipient.GpSupervisor, Urgency.Urgent, closesEpisode: true),
        ]));

    [Fact]
    public void ConnectionsRequest_IsCompletedWhenStopped_AndEnteredInErrorWhenCorrected()
    {
        Bundle bundle = EpisodeFhir.ToBundle(Episode.Replay(CorrectionsOfConnectionsAndEscalations(close: false)), RoundTripTests.Options);
        ServiceRequest[] connections = [.. bundle.Entry.Select(e => e.Resource).OfType<ServiceRequest>().Where(r => r.Category.Any(c => c.Coding.Any(x => x.Code == LibraryCodes.Connection)))];
        Assert.Equal([RequestStatus.EnteredInError, RequestStatus.Completed], connections.Select(r => r.Status));
    }

    [Fact]
    public void TaskThatContradictsTheEvents_IsRefused()
    {
        Bundle bundle = EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options);
        bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Task>().Single().Status = Hl7.Fhir.Model.Task.TaskStatus.InProgress;
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromBundle(bundle));
        Assert.Equal("Bundle.entry[1].resource(Task).status", e.Path);
    }

    [Fact]
    public void UnknownTaskStatusInJson_IsRefusedByTheParser()
    {
        string json = EpisodeFhir.ToJson(EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options));
        int status = json.IndexOf("\"status\":\"", json.IndexOf("\"resourceType\":\"Task\"", StringComparison.Ordinal), StringComparison.Ordinal) + "\"status\":\"".Length;
        json = json[..status] + "teleported" + json[json.IndexOf('"', status)..];
        Assert.Contains("teleported", json, StringComparison.Ordinal);
        Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromJson(json));
    }

    [Fact]
    public void BadValues_NeverReachTheExceptionOrItsToString()
    {
        // A birth date Firely cannot parse and a narrative holding the person's words and NHS number: Firely quotes both.
        string json = EpisodeFhir.ToJson(EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options))
            .Replace("\"resourceType\":\"Patient\",", "\"resourceType\":\"Patient\",\"birthDate\":\"9990000026-Housing notice served\",\"text\":{\"status\":\"generated\",\"div\":\"<div>9990000026 Housing notice served\"},", StringComparison.Ordinal);
        var e = Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromJson(json));
        Assert.Null(e.InnerException);
        foreach (string shown in (string[])[e.Message, e.ToString()])
        {
            Assert.DoesNotContain("9990000026", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("Housing notice served", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LoneSurrogate_IsTheDocumentedException()
        => Assert.Throws<FhirMappingException>(() => EpisodeFhir.FromJson("{\"resourceType\":\"Bundle\",\"id\":\"\ud800\"}"));

    [Property(MaxTest = 300)]
    public Property TryFromJson_NeverThrows_OnAnyText()
    {
        Gen<string> texts = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>(),
            Gen.Elements('{', '}', '[', ']', '"', ':', ',', '\ud800', '\u0000', 'a', '1').ArrayOf().Select(cs => new string(cs)),
            Gen.Constant(EpisodeFhir.ToJson(EpisodeFhir.ToBundle(Journeys.EveryKind[1], RoundTripTests.Options))).SelectMany(json => Gen.Choose(0, json.Length).Select(n => json[..n])));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            bool read = EpisodeFhir.TryFromJson(text, out Episode? episode, out FhirMappingException? error);
            return read ? episode is not null && error is null : episode is null && error is not null;
        });
    }

    [Fact]
    public void Narrative_LeavesOutControlCharacters_AndEscapesMarkup()
    {
        string div = Xhtml.Of("Met at <the> caf\u00e9\u0001 & talked\nsecond line\u0007");
        Assert.Equal("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Met at &lt;the&gt; caf&#233; &amp; talked</p><p>second line</p></div>", div);
    }

    [Fact]
    public void TryMembers_TakeNull()
    {
        Assert.False(EpisodeFhir.TryFromJson(null, out _, out FhirMappingException? jsonError));
        Assert.NotNull(jsonError);
        Assert.False(EpisodeFhir.TryFromBundle(null, out _, out FhirMappingException? bundleError));
        Assert.NotNull(bundleError);
    }
}
