using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>
/// One episode built event by event for the worked examples: referred, accepted and first seen, then the assessments,
/// escalations and answers a test needs, each recorded a minute after the one before (whatever date it carries).
/// </summary>
internal sealed class EpisodeBuilder
{
    private static readonly LinkWorkerId LinkWorker = EpisodeScript.LinkWorkers[0];
    private readonly EpisodeId _id;
    private Instant _at;

    private EpisodeBuilder(EpisodeScript script)
    {
        Episode = script.Episode ?? throw new InvalidOperationException("The script did not make an episode: " + script);
        _id = script.Id;
        _at = script.FirstInstant + Duration.FromHours(1);
    }

    /// <summary>Gets the episode built so far.</summary>
    internal Episode Episode { get; private set; }

    /// <summary>
    /// Starts an episode referred on <paramref name="referredOn"/> (by the script's referral for <paramref name="choice"/>:
    /// 1 is a GP practice in PCN U12345 for reasons 2 and 5), accepted that day, first seen <paramref name="waitDays"/> later.
    /// </summary>
    internal static EpisodeBuilder Referred(LocalDate referredOn, int waitDays = 2, int choice = 1)
        => new(new EpisodeScript(NewId(), referredOn, [
            new EpisodeCommand(EpisodeEventKind.Referred, 0, choice),
            new EpisodeCommand(EpisodeEventKind.Accepted, 0),
            new EpisodeCommand(EpisodeEventKind.ContactRecorded, waitDays, 0)]));

    /// <summary>Starts an episode offered on <paramref name="offeredOn"/> and, when <paramref name="referredDaysLater"/> is given, referred that many days later.</summary>
    internal static EpisodeBuilder Offered(LocalDate offeredOn, int? referredDaysLater = null)
        => new(new EpisodeScript(NewId(), offeredOn, referredDaysLater is int days
            ? [new EpisodeCommand(EpisodeEventKind.Offered, 0), new EpisodeCommand(EpisodeEventKind.Referred, days, 1)]
            : [new EpisodeCommand(EpisodeEventKind.Offered, 0)]));

    /// <summary>Records an ONS4 response dated <paramref name="on"/>, with the four ratings (life satisfaction, worthwhile, happiness, anxiety).</summary>
    internal EpisodeBuilder Ons4(LocalDate on, int life, int worthwhile, int happiness, int anxiety)
        => Ons4(on, Ons4Answer.Create(life), Ons4Answer.Create(worthwhile), Ons4Answer.Create(happiness), Ons4Answer.Create(anxiety));

    /// <summary>Records an ONS4 response dated <paramref name="on"/>, with the four answers.</summary>
    internal EpisodeBuilder Ons4(LocalDate on, Ons4Answer life, Ons4Answer worthwhile, Ons4Answer happiness, Ons4Answer anxiety)
        => Apply(new Ons4Recorded(new EventContext(_id, Episode.NextNumber, Next(), ActorRole.LinkWorker, LinkWorker), new Ons4Response(on, AssessmentOccasion.FollowUp, life, worthwhile, happiness, anxiety)));

    /// <summary>Records a PAM score, in tenths of a point, dated <paramref name="on"/>.</summary>
    internal EpisodeBuilder Pam(LocalDate on, int tenths)
        => Apply(new PamRecorded(new EventContext(_id, Episode.NextNumber, Next(), ActorRole.LinkWorker, LinkWorker), on, PamScore.FromTenths(tenths)));

    /// <summary>Records an escalation to the GP supervisor that leaves the episode open.</summary>
    internal EpisodeBuilder Escalate(LocalDate on)
        => Apply(new Escalated(new EventContext(_id, Episode.NextNumber, Next(), ActorRole.LinkWorker, LinkWorker), on, EscalationReason.OtherClinicalConcern, EscalationRecipient.GpSupervisor, Urgency.Routine, false));

    /// <summary>Records the person's Friends and Family Test answer.</summary>
    internal EpisodeBuilder Satisfaction(LocalDate on, FriendsAndFamilyAnswer answer)
        => Apply(new SatisfactionRecorded(new EventContext(_id, Episode.NextNumber, Next(), ActorRole.Person, LinkWorker), on, answer));

    private static EpisodeId NewId() => EpisodeId.Create(Guid.NewGuid());

    private Instant Next() => _at += Duration.FromMinutes(1);

    private EpisodeBuilder Apply(EpisodeEvent e)
    {
        EpisodeResult result = Episode.Apply(e);
        Assert.True(result.IsSuccess, result.ToString());
        Episode = result.Episode!;
        return this;
    }
}
