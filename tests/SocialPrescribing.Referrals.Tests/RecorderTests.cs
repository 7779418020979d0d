using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>Recording with the context given once: numbers, the clock, the actor, expected numbers and the codes each step added.</summary>
public class RecorderTests
{
    [Fact]
    public void Record_FirstAndNext_NumbersFromOne_WithTheClockAndTheActor()
    {
        Recording r = Recording.FirstSeen();
        Assert.Equal([1, 2, 3, 4], r.Episode.Events.Select(e => e.Number));
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 9, 0), r.Episode.Events[0].At); // the fake clock moves a minute a reading
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 9, 3), r.Episode.Events[3].At);
        Assert.Equal([ActorRole.Referrer, ActorRole.LinkWorker, ActorRole.LinkWorker, ActorRole.LinkWorker], r.Episode.Events.Select(e => e.By));
        Assert.Null(r.Episode.Events[0].LinkWorker);
        Assert.Equal(Journeys.Lw, r.Episode.Events[2].LinkWorker);
        Assert.Equal(5, r.Episode.NextNumber);
        Assert.All(r.Results, result => Assert.Same(result.Event, result.Episode!.Events[^1]));
    }

    [Fact]
    public void Record_WithTheNumberExpectedBeforeAnotherRecording_IsRefusedAndRecordsNothing()
    {
        Recording r = Recording.FirstSeen();
        Episode loaded = r.Episode;
        int expected = loaded.NextNumber;
        r.Do(c => new PamEligibilityRecorded(c, Recording.FirstContactOn, Measures.PamEligibilityOutcome.Eligible)); // someone else, first

        EpisodeResult late = r.Worker.Record(r.Episode.Id, r.Episode, c => new PamRecorded(c, Recording.FirstContactOn, Measures.PamScore.Create(50m)), expected);
        Assert.False(late.IsSuccess);
        Assert.Equal(EpisodeErrorKind.NotNextNumber, late.Error.Kind);
        Assert.Null(late.Event);
        Assert.Empty(late.AddedCodedEntries);

        EpisodeResult onTime = r.Worker.Record(loaded.Id, loaded, c => new PamRecorded(c, Recording.FirstContactOn, Measures.PamScore.Create(50m)), expected);
        Assert.True(onTime.IsSuccess, onTime.ToString());
        Assert.Equal(expected, onTime.Event.Number);
    }

    [Fact]
    public void Record_ArgumentsThatCannotBeRight_Throw()
    {
        Recording r = Recording.Referred();
        EventContext? other = null;
        Assert.Equal("next", Assert.Throws<ArgumentException>(() => r.Worker.Record(r.Episode, c => new PersonDeclined(new EventContext(c.EpisodeId, c.Number + 1, c.At, c.By), Recording.ReferredOn))).ParamName);
        Assert.Equal("episodeId", Assert.Throws<ArgumentException>(() => r.Worker.Record(EpisodeId.Create(Guid.NewGuid()), r.Episode, c => new PersonDeclined(c, Recording.ReferredOn))).ParamName);
        Assert.Equal("episodeId", Assert.Throws<ArgumentException>(() => r.Worker.Record(default, null, c => new PersonDeclined(c, Recording.ReferredOn))).ParamName);
        Assert.Equal("next", Assert.Throws<ArgumentNullException>(() => r.Worker.Record(r.Episode, null!)).ParamName);
        Assert.Equal("next", Assert.Throws<ArgumentNullException>(() => r.Worker.Record(r.Episode, c => null!)).ParamName);
        Assert.Equal("expectedNumber", Assert.Throws<ArgumentOutOfRangeException>(() => r.Worker.Record(r.Episode.Id, r.Episode, c => { other = c; return new PersonDeclined(c, Recording.ReferredOn); }, 0)).ParamName);
        Assert.Null(other); // nothing was asked of the caller
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new EpisodeRecorder(null!, Journeys.London, ActorRole.LinkWorker)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new EpisodeRecorder(new FakeClock(Instant.MinValue), null!, ActorRole.LinkWorker)).ParamName);
        Assert.Equal("by", Assert.Throws<ArgumentOutOfRangeException>(() => new EpisodeRecorder(new FakeClock(Instant.MinValue), Journeys.London, 0)).ParamName);
        Assert.Equal("linkWorker", Assert.Throws<ArgumentException>(() => new EpisodeRecorder(new FakeClock(Instant.MinValue), Journeys.London, ActorRole.LinkWorker, default(LinkWorkerId))).ParamName);
    }

    [Fact]
    public void TodayAndNow_ReadTheClockInTheServicesZone()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (British Summer Time).
        var recorder = new EpisodeRecorder(new FakeClock(Instant.FromUtc(2026, 6, 30, 23, 30)), Journeys.London, ActorRole.LinkWorker, Journeys.Lw);
        Assert.Equal(new LocalDate(2026, 7, 1), recorder.Today);
        Assert.Equal(new LocalTime(0, 30), recorder.Now.TimeOfDay);
        Assert.Equal("EpisodeRecorder for LinkWorker LW-01 in Europe/London", recorder.ToString());
        Assert.Equal("EpisodeRecorder for Person in Europe/London", recorder.As(ActorRole.Person).ToString());
    }

    /// <summary>Writing codes is one loop: the entries each step added, in order, are the episode's coded entries.</summary>
    [Property(MaxTest = 300)]
    public void AddedCodedEntries_OverEveryStep_AreTheEpisodesCodedEntries(EpisodeScript script)
    {
        Episode? episode = null;
        var written = new List<CodedEntry>();
        foreach (EpisodeEvent next in script.Events)
        {
            EpisodeResult result = episode is null ? Episode.Start(next) : episode.Apply(next);
            if (result.IsSuccess)
            {
                written.AddRange(result.AddedCodedEntries);
                episode = result.Episode;
            }
            else
            {
                Assert.Empty(result.AddedCodedEntries);
            }
        }

        Assert.Equal(episode?.CodedEntries ?? [], written);
    }

    [Fact]
    public void EventContext_IsAValueWithADocumentedDefault()
    {
        var context = new EventContext(Journeys.Id, 3, Instant.FromUtc(2026, 1, 12, 10, 45), ActorRole.LinkWorker, Journeys.Lw);
        Assert.Equal(context, new EventContext(Journeys.Id, 3, Instant.FromUtc(2026, 1, 12, 10, 45), ActorRole.LinkWorker, Journeys.Lw));
        Assert.NotEqual(context, new EventContext(Journeys.Id, 4, Instant.FromUtc(2026, 1, 12, 10, 45), ActorRole.LinkWorker, Journeys.Lw));
        Assert.NotEqual(context, new EventContext(Journeys.Id, 3, Instant.FromUtc(2026, 1, 12, 10, 45), ActorRole.LinkWorker));
        Assert.Equal("event 3 of episode 7c9e6679-7425-40de-944b-e07fc1f90ae7 at 2026-01-12T10:45:00Z by LinkWorker for LW-01", context.ToString());
        Assert.True(default(EventContext).IsDefault);
        Assert.Equal("default(EventContext)", default(EventContext).ToString());
        EpisodeEvent contextless = new PersonDeclined(context, Recording.ReferredOn);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => contextless with { Context = default }).ParamName);
        Assert.Equal(7, (contextless with { Context = new EventContext(Journeys.Id, 7, context.At, context.By) }).Number);
    }
}
