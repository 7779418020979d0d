using NodaTime;
using NodaTime.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// One episode recorded step by step through <see cref="EpisodeRecorder"/>, as a GP system would: a fake clock that
/// moves a minute a reading, a link worker, the person and the GP supervisor. <see cref="Do"/> asserts the step was
/// recorded; <see cref="Try"/> returns the result, refused or not.
/// </summary>
internal sealed class Recording
{
    internal static readonly LocalDate ReferredOn = Journeys.ReferredOn;
    internal static readonly LocalDate FirstContactOn = new(2026, 1, 12);

    private Recording(Referral referral)
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 5, 9, 0), Duration.FromMinutes(1));
        Referrer = new EpisodeRecorder(clock, Journeys.London, ActorRole.Referrer);
        Worker = Referrer.As(ActorRole.LinkWorker, Journeys.Lw);
        Person = Referrer.As(ActorRole.Person, Journeys.Lw);
        Supervisor = Referrer.As(ActorRole.GpSupervisor);
        EpisodeResult first = Referrer.Record(Journeys.Id, null, c => new ReferralMade(c, referral));
        Assert.True(first.IsSuccess, first.ToString());
        Episode = first.Episode;
        Results.Add(first);
    }

    internal EpisodeRecorder Referrer { get; }

    internal EpisodeRecorder Worker { get; }

    internal EpisodeRecorder Person { get; }

    internal EpisodeRecorder Supervisor { get; }

    internal Episode Episode { get; private set; }

    internal List<EpisodeResult> Results { get; } = [];

    /// <summary>A referral from the GP practice, for the person by NHS number or, when <paramref name="localKeyOnly"/>, by a local key alone.</summary>
    internal static Referral Referral(bool localKeyOnly = false) => new(
        ReferredOn, Journeys.Gp, ReferralMethod.Electronic,
        localKeyOnly ? PersonIdentifier.Create(null, "POLICE-CASE-17") : PersonIdentifier.Create(Journeys.Nhs),
        Journeys.Practice, [ReferralReason.LonelinessOrIsolation], primaryCareNetwork: Journeys.Pcn);

    /// <summary>Referred on 2026-01-05 and nothing more.</summary>
    internal static Recording Referred(bool localKeyOnly = false) => new(Referral(localKeyOnly));

    /// <summary>Referred, accepted the next day, first seen at home on 2026-01-12 with baselines taken.</summary>
    internal static Recording FirstSeen()
        => Referred()
            .Do(c => new ReferralAccepted(c, Journeys.Lw, ReferredOn.PlusDays(1)))
            .Do(c => new ContactRecorded(c, At(FirstContactOn), ConsultationMethod.FaceToFace, ContactLocation.Home, Duration.FromMinutes(60), ContactAttendance.Attended))
            .Do(c => new Ons4Recorded(c, Journeys.Ons4(FirstContactOn, Measures.AssessmentOccasion.Baseline, 3, 4, 4, 8)));

    internal static ZonedDateTime At(LocalDate day) => day.At(new LocalTime(10, 30)).InZoneLeniently(Journeys.London);

    /// <summary>Records a step by the link worker (or <paramref name="who"/>) and asserts it was recorded.</summary>
    internal Recording Do(Func<EventContext, EpisodeEvent> what, EpisodeRecorder? who = null)
    {
        EpisodeResult result = Try(what, who);
        Assert.True(result.IsSuccess, result.ToString());
        return this;
    }

    /// <summary>Records a step by the link worker (or <paramref name="who"/>); a refused step leaves the episode as it was.</summary>
    internal EpisodeResult Try(Func<EventContext, EpisodeEvent> what, EpisodeRecorder? who = null)
    {
        EpisodeResult result = (who ?? Worker).Record(Episode, what);
        if (result.IsSuccess)
        {
            Episode = result.Episode;
            Results.Add(result);
        }

        return result;
    }
}
