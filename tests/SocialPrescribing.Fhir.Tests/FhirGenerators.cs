using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// Generated episodes in every state (Referrals.Testing's scripts: cover, corrections and the rest), some of them
/// extended with what those scripts reach rarely: closure after contact and measures in the follow-up, and a person
/// known by a local key whose NHS number is traced later.
/// </summary>
internal static class FhirGenerators
{
    private static readonly PersonIdentifier LocalOnly = PersonIdentifier.Create(null, "LOCAL-77");

    public static Gen<Episode> Episodes { get; } =
        from episode in EpisodeGenerators.EpisodesInEveryState
        from traced in Gen.Elements(false, false, true)
        from followUp in Gen.Elements(false, true)
        select Extend(episode, traced, followUp);

    public static Arbitrary<Episode> Arbitrary => Episodes.ToArbitrary();

    private static Episode Extend(Episode episode, bool traced, bool followUp)
    {
        if (traced && Traced(episode) is Episode withTrace)
        {
            episode = withTrace;
        }

        if (followUp && episode.FirstContact is not null && episode.State is EpisodeState.FirstContactMade or EpisodeState.PlanAgreed or EpisodeState.Connected or EpisodeState.UnderReview)
        {
            // Closed after the first contact, then measured in the follow-up (docs/referrals.md, "Measures after closure").
            LocalDate closedOn = episode.Events[^1].On.PlusDays(7);
            episode = episode.Apply(new EpisodeClosed(Context(episode), closedOn, ClosureReason.GoalsMet)).Episode ?? episode;
        }

        if (followUp && episode.State == EpisodeState.Closed && episode.ClosedOn is LocalDate closed)
        {
            EpisodeEvent last = episode.Events[^1];
            LocalDate on = LocalDate.Max(closed, last.On).PlusDays(14);
            var measure = new Ons4Recorded(Context(episode), new Ons4Response(on, AssessmentOccasion.FollowUp, Ons4Answer.Create(7), Ons4Answer.Create(8), Ons4Answer.Refused, Ons4Answer.Create(3)));
            episode = episode.Apply(measure).Episode ?? episode;
            episode = episode.Apply(new PamRecorded(Context(episode), on, PamScore.Create(61.2m))).Episode ?? episode;
        }

        return episode;
    }

    /// <summary>The same history with the person known by a local key at the offer and referral, and the NHS number traced at the end.</summary>
    private static Episode? Traced(Episode episode)
    {
        EpisodeEvent[] events = [.. episode.Events.Select(e => e switch
        {
            SocialPrescribingOffered x => new SocialPrescribingOffered(x.Context, x.On, LocalOnly, x.RegisteredPractice, x.PreviousEpisodeId, x.Demographics),
            ReferralMade x => new ReferralMade(x.Context, WithPerson(x.Referral), x.PreviousEpisodeId),
            _ => e,
        })];
        Episode local;
        try
        {
            local = Episode.Replay(events);
        }
        catch (ArgumentException)
        {
            return null;
        }

        EpisodeEvent last = local.Events[^1];
        return local.Apply(new NhsNumberTraced(Context(local), last.On, NhsNumber.Parse("9990000018"))).Episode;
    }

    private static Referral WithPerson(Referral r)
        => new(r.ReferredOn, r.Referrer, r.Method, LocalOnly, r.RegisteredPractice, r.Reasons, r.OtherReasonText, r.Urgency, r.UrgencyReason, r.PrimaryCareNetwork, r.ReferrerCaseReference, r.Demographics, r.NeedsAndConcerns);

    private static EventContext Context(Episode episode)
        => new(episode.Id, episode.NextNumber, episode.Events[^1].At.Plus(NodaTime.Duration.FromHours(1)), ActorRole.LinkWorker, episode.LinkWorker);
}
