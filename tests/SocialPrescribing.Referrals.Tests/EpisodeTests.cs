using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>Examples of the fold: starting, replaying, equality, derived figures and descriptions without personal data.</summary>
public class EpisodeTests
{
    private static readonly EpisodeId Id = TransitionTests.Id;
    private static readonly LocalDate FirstDate = TransitionTests.FirstDate;

    [Fact]
    public void Start_WithAnOffer_IsOfferedAndCodedOffered()
    {
        Episode episode = EpisodeScript.Canonical(EpisodeState.Offered, Id, FirstDate).Episode!;
        Assert.Equal(EpisodeState.Offered, episode.State);
        Assert.Equal(Id, episode.Id);
        Assert.Equal(FirstDate.PlusDays(2), episode.OfferedOn);
        Assert.Null(episode.Referral);
        Assert.False(episode.IsOpen);
        Assert.False(episode.IsFinal);
        Assert.Equal(EpisodeScript.Person, episode.Person);
        Assert.Null(episode.WaitingDays(FirstDate.PlusDays(30)));
    }

    [Fact]
    public void Start_WithAReferral_IsReferredWithTheReferralsPersonAndPractice()
    {
        Episode episode = EpisodeScript.Canonical(EpisodeState.Referred, Id, FirstDate).Episode!;
        Assert.Equal(EpisodeState.Referred, episode.State);
        Assert.True(episode.IsOpen);
        Assert.Equal(episode.Referral!.Person, episode.Person);
        Assert.Equal(EpisodeScript.Practice, episode.RegisteredPractice);
        Assert.Null(episode.LinkWorker);
    }

    [Fact]
    public void Replay_GivesAnEqualEpisode_AndEqualityIsByEvents()
    {
        Episode episode = EpisodeScript.Canonical(EpisodeState.UnderReview, Id, FirstDate).Episode!;
        Episode replayed = Episode.Replay(episode.Events);
        Assert.Equal(episode, replayed);
        Assert.True(episode == replayed);
        Assert.False(episode != replayed);
        Assert.Equal(episode.GetHashCode(), replayed.GetHashCode());
        Assert.NotSame(episode, replayed);
        Assert.Equal(episode.State, replayed.State);
        Assert.NotEqual(episode, Episode.Replay(episode.Events.Take(episode.Events.Length - 1)));
        Assert.False(episode.Equals(null));
        Assert.False(episode.Equals((object)"episode"));
    }

    [Fact]
    public void Replay_OfARefusedSequence_ThrowsArgumentExceptionNamingThePositionAndKindOnly()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.Closed, Id, FirstDate).With(new EpisodeCommand(EpisodeEventKind.ContactRecorded));
        ArgumentException thrown = Assert.Throws<ArgumentException>(() => Episode.Replay(script.Events));
        Assert.Equal("events", thrown.ParamName);
        Assert.StartsWith("Event 2 (ContactRecorded) could not be applied: A contact cannot be recorded once the episode has closed.", thrown.Message, StringComparison.Ordinal);

        Assert.Equal("events", Assert.Throws<ArgumentException>(() => Episode.Replay([])).ParamName);
        Assert.Throws<ArgumentException>(() => Episode.Replay([null!]));
        Assert.Throws<ArgumentNullException>(() => Episode.Replay(null!));
        Assert.Throws<ArgumentException>(() => Episode.Replay(script.Events.Skip(1)));
    }

    [Fact]
    public void Apply_NullEvent_Throws()
    {
        Episode episode = EpisodeScript.Canonical(EpisodeState.Referred, Id, FirstDate).Episode!;
        Assert.Throws<ArgumentNullException>(() => episode.Apply(null!));
        Assert.Throws<ArgumentNullException>(() => Episode.Start(null!));
    }

    [Fact]
    public void Contacts_CountAndTimeWithPerson_ComeFromAttendedContactsOnly()
    {
        // Choices 0 and 1 are attended (15 and 30 minutes), 2 did not attend, 3 cancelled.
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.Accepted, Id, FirstDate).With(
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, 1, 2),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, 1, 3),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, 1, 1),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, 7, 0));
        Episode episode = script.Episode!;
        Assert.Equal(4, episode.Contacts.Length);
        Assert.Equal(2, episode.AttendedContactCount);
        Assert.Equal(Duration.FromMinutes(45), episode.TimeWithPerson);
        Assert.Same(script.Events[4], episode.FirstContact);
        Assert.Equal(EpisodeState.FirstContactMade, episode.State);
    }

    [Fact]
    public void Connections_AreNumberedAndTrackTheirUpdates()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.Connected, Id, FirstDate).With(
            new EpisodeCommand(EpisodeEventKind.ConnectionMade, 1, 2),
            new EpisodeCommand(EpisodeEventKind.ConnectionOutcomeRecorded, 7, 1 + 3),  // connection 2, engaged
            new EpisodeCommand(EpisodeEventKind.ConnectionOutcomeRecorded, 7, 0 + 6)); // connection 1, stopped
        Episode episode = script.Episode!;
        Assert.Equal([1, 2], episode.Connections.Select(c => c.Number));
        Assert.Equal(ConnectionOutcome.Engaged, episode.Connections[1].Latest!.Value.Outcome);
        Assert.True(episode.Connections[1].IsSupportTakenUp);
        Assert.True(episode.Connections[0].IsStopped);
        Assert.False(episode.Connections[0].IsSupportTakenUp);
        Assert.Equal([script.DateOf(6)], episode.SupportTakenUpDates);
        Assert.DoesNotContain("walking", episode.Connections[0].ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reassigned_ForCover_IsHeldByCoverUntilAHandoverBack()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.FirstContactMade, Id, FirstDate).With(
            new EpisodeCommand(EpisodeEventKind.Reassigned, 1, 0),  // cover by LW-01
            new EpisodeCommand(EpisodeEventKind.Reassigned, 14, 1)); // handover back to LW-02
        Episode covered = script.Stages[^2];
        Assert.True(covered.IsHeldByCover);
        Assert.Equal(EpisodeScript.LinkWorkers[0], covered.LinkWorker);
        Episode back = script.Episode!;
        Assert.False(back.IsHeldByCover);
        Assert.Equal(EpisodeScript.LinkWorkers[1], back.LinkWorker);
        Assert.Equal(
            [new Assignment(EpisodeScript.LinkWorkers[1], script.DateOf(1), null), new Assignment(EpisodeScript.LinkWorkers[0], script.DateOf(3), ReassignmentReason.Cover), new Assignment(EpisodeScript.LinkWorkers[1], script.DateOf(4), ReassignmentReason.Handover)],
            back.Assignments);
    }

    [Fact]
    public void MeasurementSchedule_StartsAtTheFirstAttendedContact_AndEndsAtClosure()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.FirstContactMade, Id, FirstDate);
        LocalDate first = script.Episode!.FirstContact!.On;
        Assert.Equal(first, script.Episode.MeasurementSchedule!.Start);
        Assert.Null(script.Episode.MeasurementSchedule.EndedOn);
        Assert.Equal(first, script.Episode.Ons4On(first)!.Next!.Value.DueDate);
        Assert.True(script.Episode.PamOn(first)!.Next!.Value.NeedsEligibilityConfirmation);

        Episode closed = script.With(new EpisodeCommand(EpisodeEventKind.Closed, 10, 1)).Episode!;
        Assert.Equal(closed.ClosedOn, closed.MeasurementSchedule!.EndedOn);
        Assert.Null(closed.Ons4On(closed.ClosedOn!.Value.PlusDays(1))!.Next);
        Assert.Null(EpisodeScript.Canonical(EpisodeState.Accepted, Id, FirstDate).Episode!.Ons4On(first));
    }

    [Fact]
    public void PreviousEpisode_LinksANewReferralOfTheSamePerson()
    {
        Episode first = EpisodeScript.Canonical(EpisodeState.Closed, Id, FirstDate).Episode!;
        EpisodeId secondId = EpisodeId.Create(Guid.NewGuid());
        var referral = new Referral(FirstDate.PlusMonths(6), new Referrer(ReferralSourceKind.SelfReferral), ReferralMethod.SelfReferral, first.Person, first.RegisteredPractice, [ReferralReason.LonelinessOrIsolation]);
        Episode second = Episode.Start(new ReferralMade(new EventContext(secondId, 1, first.Events[^1].At, ActorRole.Person), referral, first.Id)).Episode!;
        Assert.Equal(first.Id, second.PreviousEpisodeId);
        Assert.Equal(first.Person, second.Person);
        Assert.Throws<ArgumentException>(() => new ReferralMade(new EventContext(secondId, 1, first.Events[^1].At, ActorRole.Person), referral, secondId));
    }

    [Fact]
    public void Descriptions_NeverShowThePersonOrFreeText()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.UnderReview, Id, FirstDate).With(
            new EpisodeCommand(EpisodeEventKind.ChangesRecorded, 1, 1),
            new EpisodeCommand(EpisodeEventKind.ConnectionMade, 1, 0),
            new EpisodeCommand(EpisodeEventKind.Closed, 1, 7));
        Episode episode = script.Episode!;
        var shown = new List<string> { episode.ToString(), episode.Person.ToString(), episode.Referral!.ToString(), episode.Referral.Referrer.ToString() };
        shown.AddRange(episode.Events.Select(e => e.ToString()));
        shown.AddRange(episode.Connections.Select(c => c.ToString()));
        shown.AddRange(episode.CodedEntries.Select(c => c.ToString()));
        foreach (string text in shown)
        {
            Assert.DoesNotContain("0026", text, StringComparison.Ordinal);
            Assert.DoesNotContain("999", text, StringComparison.Ordinal);
            Assert.DoesNotContain("sleep", text, StringComparison.Ordinal);
            Assert.DoesNotContain("wheelchair", text, StringComparison.Ordinal);
            Assert.DoesNotContain("walking", text, StringComparison.Ordinal);
            Assert.DoesNotContain("stopped going out", text, StringComparison.Ordinal);
            Assert.DoesNotContain("care home", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Practice nurse", text, StringComparison.Ordinal);
        }

        Assert.Equal("Episode 0f8fad5b-d9cb-469f-a165-70867728950e: Closed, 9 events", episode.ToString());
        Assert.Equal("Person(NHS number)", episode.Person.ToString());
        Assert.Equal("Referral 2026-01-07 from GpPractice A81001, Letter, 2 reasons, Urgent", episode.Referral.ToString());
        Assert.Equal("ContactRecorded (event 3) on 2026-01-11 at 2026-01-05T09:02:00Z by LinkWorker for LW-01 (Attended, FaceToFace, Practice, 2026-01-11T10:00:00 Europe/London, 15 min)", episode.Events[2].ToString());
    }

    /// <summary>The equality operators hold for null on either side, as for reference types in .NET.</summary>
    [Fact]
    public void EqualityOperators_WithNull()
    {
        Episode episode = EpisodeScript.Canonical(EpisodeState.Referred, Id, FirstDate).Episode!;
        Episode? none = null;
        Assert.True(none == null);
        Assert.False(none != null);
        Assert.False(none == episode);
        Assert.False(episode == none);
        Assert.True(none != episode);
    }

    /// <summary>The derived views an episode hands out are made once (an episode never changes).</summary>
    [Fact]
    public void DerivedViews_AreMadeOnce()
    {
        Episode episode = EpisodeScript.Canonical(EpisodeState.Connected, Id, FirstDate).With(new EpisodeCommand(EpisodeEventKind.Ons4Recorded, 1, 1)).Episode!;
        Assert.Same(ImmutableCollectionsMarshal.AsArray(episode.Events), ImmutableCollectionsMarshal.AsArray(episode.Events));
        Assert.Same(episode.MeasurementSchedule, episode.MeasurementSchedule);
        Assert.Same(episode.Measurements, episode.Measurements);
        Assert.Equal([episode.Ons4Responses[0].DateAsked], episode.Measurements.Ons4Dates);
    }

    [Fact]
    public void Descriptions_OfConnectionsAssignmentsAndState()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.Connected, Id, FirstDate);
        string introduced = script.Episode!.Connections[0].Made.On.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string Described(params EpisodeCommand[] more) => script.With(more).Episode!.Connections[0].ToString();
        Assert.Equal($"Connection 1: Housing support, introduced {introduced}, 0 updates", Described());
        Assert.Equal($"Connection 1: Housing support, introduced {introduced}, 1 update", Described(new EpisodeCommand(EpisodeEventKind.ConnectionOutcomeRecorded, 1, 0)));
        Assert.Equal($"Connection 1: Housing support, introduced {introduced}, 2 updates", Described(new EpisodeCommand(EpisodeEventKind.ConnectionOutcomeRecorded, 1, 0), new EpisodeCommand(EpisodeEventKind.ConnectionOutcomeRecorded, 1, 3)));

        LinkWorkerId lw = LinkWorkerId.Create("LW-01");
        Assert.Equal("LW-01 from 2026-01-05 (accepted)", new Assignment(lw, new LocalDate(2026, 1, 5), null).ToString());
        Assert.Equal("LW-01 from 2026-01-05 (Cover)", new Assignment(lw, new LocalDate(2026, 1, 5), ReassignmentReason.Cover).ToString());
        Assert.Equal("EpisodeFold(Connected)", script.Episode.Fold.ToString());
    }
}

public sealed class EpisodeViewTests
{
    /// <summary>An episode with something in every list: connected, then an ONS4, a PAM, an escalation, a complaint, an outcome and a resolution.</summary>
    private static Episode Built() => EpisodeScript.Canonical(EpisodeState.Connected, EpisodeId.Create(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")), new NodaTime.LocalDate(2026, 1, 5))
        .With(
            new EpisodeCommand(EpisodeEventKind.Ons4Recorded, 1, 1),
            new EpisodeCommand(EpisodeEventKind.PamRecorded, 1, 1),
            new EpisodeCommand(EpisodeEventKind.Escalated, 1, 1),
            new EpisodeCommand(EpisodeEventKind.Escalated, 1, 1),
            new EpisodeCommand(EpisodeEventKind.ComplaintRecorded, 1, 1),
            new EpisodeCommand(EpisodeEventKind.ConnectionOutcomeRecorded, 1, 0),
            new EpisodeCommand(EpisodeEventKind.EscalationResolved, 1, 0))
        .Episode!;

    [Fact]
    public void Reading_a_list_twice_gives_the_same_array()
    {
        foreach (Episode episode in new[] { Built(), Episode.Replay(Built().Events) })
        {
            AssertSameArray(episode.Contacts, episode.Contacts);
            AssertSameArray(episode.Connections, episode.Connections);
            AssertSameArray(episode.Connections[0].Updates, episode.Connections[0].Updates);
            AssertSameArray(episode.Ons4Responses, episode.Ons4Responses);
            AssertSameArray(episode.PamAssessments, episode.PamAssessments);
            AssertSameArray(episode.Escalations, episode.Escalations);
            AssertSameArray(episode.UnresolvedEscalations, episode.UnresolvedEscalations);
            AssertSameArray(episode.EscalationResolutions, episode.EscalationResolutions);
            AssertSameArray(episode.Complaints, episode.Complaints);
            AssertSameArray(episode.CodedEntries, episode.CodedEntries);
            AssertSameArray(episode.Assignments, episode.Assignments);
            AssertSameArray(episode.Events, episode.Events);
        }
    }

    /// <summary>A replay leaves every list exactly sized and builds the derived ones, so reading a fresh episode allocates nothing.</summary>
    [Fact]
    public void Reading_every_list_of_a_replayed_episode_allocates_nothing()
    {
        Episode built = Built();
        Assert.True(ReadAll(Episode.Replay(built.Events)) > 0); // jitted
        Episode fresh = Episode.Replay(built.Events);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int items = ReadAll(fresh);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(ReadAll(built), items);
        Assert.Equal(0, allocated);
        Assert.Single(fresh.UnresolvedEscalations);
    }

    private static int ReadAll(Episode e)
        => e.Events.Length + e.Assignments.Length + e.Contacts.Length + e.Connections.Length + e.Connections[0].Updates.Length + e.Ons4Responses.Length
            + e.PamAssessments.Length + e.Escalations.Length + e.Complaints.Length + e.CodedEntries.Length + e.EscalationResolutions.Length
            + e.UnresolvedEscalations.Length + e.EventsEnteredInError.Length;

    private static void AssertSameArray<T>(ImmutableArray<T> first, ImmutableArray<T> second)
        => Assert.Same(ImmutableCollectionsMarshal.AsArray(first), ImmutableCollectionsMarshal.AsArray(second));
}
