using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>Examples of the coded entries for the GP record (seed section 10) and of waiting time.</summary>
public class CodedEntriesAndWaitingTests
{
    private static readonly EpisodeId Id = TransitionTests.Id;
    private static readonly LocalDate FirstDate = TransitionTests.FirstDate;

    private static EpisodeScript Script(params EpisodeEventKind[] kinds)
        => new(Id, FirstDate, kinds.Select(k => new EpisodeCommand(k, 2, TransitionTests.TypicalChoice(k))));

    [Fact]
    public void Offered_IsCoded871691000000100OnTheOfferDate()
    {
        Episode episode = Script(EpisodeEventKind.Offered).Episode!;
        CodedEntry entry = Assert.Single(episode.CodedEntries);
        Assert.Equal("871691000000100", entry.Concept.Id.ToString());
        Assert.Equal(FirstDate.PlusDays(2), entry.On);
        Assert.Equal("871691000000100 |Social prescribing offered (finding)| on 2026-01-07", entry.ToString());
    }

    [Fact]
    public void OfferedThenReferred_AddsTheReferralCodeOnTheReferralDate()
    {
        Episode episode = Script(EpisodeEventKind.Offered, EpisodeEventKind.Referred).Episode!;
        Assert.Equal(
            [new CodedEntry(SocialPrescribingConcepts.Offered, FirstDate.PlusDays(2)), new CodedEntry(SocialPrescribingConcepts.ReferralToService, FirstDate.PlusDays(4))],
            episode.CodedEntries);
    }

    [Fact]
    public void DeclinedAtTheOffer_IsCodedOfferedThenDeclined()
    {
        Episode episode = Script(EpisodeEventKind.Offered, EpisodeEventKind.Declined).Episode!;
        Assert.Equal([SocialPrescribingConcepts.Offered, SocialPrescribingConcepts.Declined], episode.CodedEntries.Select(c => c.Concept));
        Assert.Equal(FirstDate.PlusDays(4), episode.CodedEntries[1].On);
        Assert.Equal(FirstDate.PlusDays(4), episode.DeclinedOn);
    }

    [Fact]
    public void DeclinedWhileWaiting_KeepsTheReferralCodeAndAddsDeclined()
    {
        Episode episode = Script(EpisodeEventKind.Referred, EpisodeEventKind.Accepted, EpisodeEventKind.Declined).Episode!;
        Assert.Equal([SocialPrescribingConcepts.ReferralToService, SocialPrescribingConcepts.Declined], episode.CodedEntries.Select(c => c.Concept));
    }

    [Fact]
    public void ReferralCode_IsRecordedOncePerEpisode_WhateverFollows()
    {
        EpisodeScript script = EpisodeScript.Canonical(EpisodeState.Connected, Id, FirstDate).With(
            new EpisodeCommand(EpisodeEventKind.Referred, 1, 1),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, 1, 0),
            new EpisodeCommand(EpisodeEventKind.Offered, 1, 1),
            new EpisodeCommand(EpisodeEventKind.Closed, 1, 1),
            new EpisodeCommand(EpisodeEventKind.Referred, 1, 1));
        Assert.Equal([new CodedEntry(SocialPrescribingConcepts.ReferralToService, FirstDate.PlusDays(2))], script.Episode!.CodedEntries);
    }

    [Fact]
    public void WaitingDays_FromReferralToTheFirstAttendedContact()
    {
        // Referred on day 2; accepted day 4; did not attend day 6; attended day 10.
        EpisodeScript script = new(Id, FirstDate,
        [
            new EpisodeCommand(EpisodeEventKind.Referred, 2, 1),
            new EpisodeCommand(EpisodeEventKind.Accepted, 2, 1),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, 2, 2),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, 4, 0),
        ]);
        Episode waiting = script.Stages[2];
        Assert.Equal(0, waiting.WaitingDays(FirstDate));              // before the referral: never negative
        Assert.Equal(0, waiting.WaitingDays(FirstDate.PlusDays(2)));  // on the referral date
        Assert.Equal(5, waiting.WaitingDays(FirstDate.PlusDays(7)));  // the wait so far; a DNA does not end it
        Assert.Null(waiting.DaysToFirstContact);

        Episode seen = script.Episode!;
        Assert.Equal(8, seen.DaysToFirstContact);
        Assert.Equal(8, seen.WaitingDays(FirstDate.PlusDays(400)));
        Assert.Equal(8, seen.WaitingDays(FirstDate));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void WaitingDays_SeenOnTheDayOrTheDayAfter(int days)
    {
        EpisodeScript script = new(Id, FirstDate,
        [
            new EpisodeCommand(EpisodeEventKind.Referred, 2, 1),
            new EpisodeCommand(EpisodeEventKind.Accepted, 0, 1),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, days, 0),
        ]);
        Assert.Equal(days, script.Episode!.DaysToFirstContact);
        Assert.Equal(days, script.Episode.WaitingDays(FirstDate.PlusDays(60)));
    }

    [Fact]
    public void WaitingDays_EndedWithoutAContact_CountsToTheEnd_AndNoReferralHasNone()
    {
        Episode declined = Script(EpisodeEventKind.Referred, EpisodeEventKind.Accepted, EpisodeEventKind.Declined).Episode!;
        Assert.Equal(4, declined.WaitingDays(FirstDate.PlusDays(100)));
        Episode notAccepted = Script(EpisodeEventKind.Referred, EpisodeEventKind.NotAccepted).Episode!;
        Assert.Equal(2, notAccepted.WaitingDays(FirstDate.PlusDays(100)));
        Episode closed = Script(EpisodeEventKind.Referred, EpisodeEventKind.Closed).Episode!;
        Assert.Equal(2, closed.WaitingDays(FirstDate.PlusDays(100)));
        Assert.Null(Script(EpisodeEventKind.Offered, EpisodeEventKind.Declined).Episode!.WaitingDays(FirstDate.PlusDays(100)));
    }

    [Fact]
    public void WaitingDays_OnHoldBeforeTheFirstContact_KeepsCounting()
    {
        Episode onHold = EpisodeScript.Canonical(EpisodeState.OnHold, Id, FirstDate).Episode!;
        Assert.Equal(30, onHold.WaitingDays(onHold.Referral!.ReferredOn.PlusDays(30)));
    }
}
