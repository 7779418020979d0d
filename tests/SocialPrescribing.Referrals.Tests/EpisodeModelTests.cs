using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// The model-based test: random scripts of commands (shrinking by command) applied to the real episode and to
/// <see cref="EpisodeModel"/> side by side.
/// </summary>
public class EpisodeModelTests
{
    private static readonly EpisodeState[] Final = [EpisodeState.Declined, EpisodeState.NotAccepted, EpisodeState.Closed, EpisodeState.Lapsed];

    [Property(MaxTest = 400)]
    public void Script_MatchesTheModel(EpisodeScript script)
    {
        var model = EpisodeModel.Empty(script.Id);
        Episode? episode = null;
        for (int i = 0; i < script.Events.Count; i++)
        {
            EpisodeEvent next = script.Events[i];
            EpisodeState? stateBefore = episode?.State;
            int countBefore = episode?.Events.Length ?? 0;
            (EpisodeErrorKind? refusal, EpisodeModel after) = model.Step(next);

            EpisodeResult result = episode is null ? Episode.Start(next) : episode.Apply(next);

            if (refusal is EpisodeErrorKind expected)
            {
                // A refused command changes nothing and names the state and the kind.
                Assert.False(result.IsSuccess, $"step {i} {script.Commands[i]}: expected {expected}");
                Assert.Equal(expected, result.Error.Kind);
                Assert.Equal(model.State, result.Error.CurrentState);
                Assert.Equal(next.Kind, result.Error.Requested);
                Assert.Equal(stateBefore, episode?.State);
                Assert.Equal(countBefore, episode?.Events.Length ?? 0);
            }
            else
            {
                Assert.True(result.IsSuccess, $"step {i} {script.Commands[i]}: {result}");
                episode = result.Episode;
                Assert.Equal(after.State, episode.State);
                Assert.Equal(Final.Contains(episode.State), episode.IsFinal);
                Assert.Equal(after.Holder, episode.LinkWorker);
                CheckCodedEntries(episode, after);
                CheckWaiting(episode, after, script.DateOf(i));
                SharingTests.GroupViewsFollowPermissions(episode);
            }

            model = after;
        }

        if (episode is not null)
        {
            Episode replayed = Episode.Replay(episode.Events);
            Assert.Equal(episode, replayed);
            Assert.Equal(Snapshot(episode), Snapshot(replayed));
        }
    }

    /// <summary>The codes agree with the history: one per offer, referral and decline, in order, with its date; the referral code at most once.</summary>
    private static void CheckCodedEntries(Episode episode, EpisodeModel model)
    {
        var expected = new List<CodedEntry>();
        foreach (EpisodeEvent e in episode.Events)
        {
            SnomedConcept? concept = e.Kind switch
            {
                EpisodeEventKind.Offered => SocialPrescribingConcepts.Offered,
                EpisodeEventKind.Referred => SocialPrescribingConcepts.ReferralToService,
                EpisodeEventKind.Declined => SocialPrescribingConcepts.Declined,
                _ => null,
            };
            if (concept is not null)
            {
                expected.Add(new CodedEntry(concept, e.On));
            }
        }

        Assert.Equal(expected, episode.CodedEntries);
        Assert.Equal(model.OfferCodes, episode.CodedEntries.Count(c => c.Concept == SocialPrescribingConcepts.Offered));
        Assert.Equal(model.DeclineCodes, episode.CodedEntries.Count(c => c.Concept == SocialPrescribingConcepts.Declined));
        Assert.Equal(model.ReferralCodes, episode.CodedEntries.Count(c => c.Concept == SocialPrescribingConcepts.ReferralToService));
        Assert.InRange(model.ReferralCodes, 0, 1);
        Assert.Equal(episode.CodedEntries.Length, episode.CodedEntries.Distinct().Count());
    }

    private static void CheckWaiting(Episode episode, EpisodeModel model, LocalDate today)
    {
        foreach (LocalDate asOf in new[] { today.PlusDays(-400), today, today.PlusDays(400) })
        {
            int? days = episode.WaitingDays(asOf);
            Assert.Equal(model.WaitingDays(asOf), days);
            Assert.True(days is null or >= 0);
        }
    }

    private static string Snapshot(Episode e)
        => string.Join(
            "|",
            e.State,
            e.Id,
            string.Join(",", e.CodedEntries),
            e.WaitingDays(new LocalDate(2030, 1, 1)),
            e.AttendedContactCount,
            e.TimeWithPerson,
            string.Join(",", e.Connections.Select(c => c.ToString() + c.Latest)),
            e.CarePlan,
            e.LinkWorker,
            e.IsHeldByCover,
            e.ClosedOn,
            e.ClosureReason,
            e.Permissions,
            e.Ons4Responses.Length,
            e.PamAssessments.Length,
            e.Escalations.Length,
            e.Complaints.Length);

    [Property(MaxTest = 100)]
    public void EpisodesIn_EveryState_AreInThatState(EpisodeState state)
    {
        if (!Enum.IsDefined(state))
        {
            return;
        }

        foreach (Episode episode in EpisodeGenerators.EpisodesIn(state).Sample(5, new Rnd(20261206UL), 20))
        {
            Assert.Equal(state, episode.State);
            Assert.Equal(episode, Episode.Replay(episode.Events));
        }
    }

    [Fact]
    public void RandomScripts_ReachEveryState()
    {
        var reached = EpisodeGenerators.Scripts.Sample(500, new Rnd(20261206UL), 40)
            .SelectMany(s => s.Stages)
            .Select(e => e.State)
            .ToHashSet();
        Assert.Equal(Enum.GetValues<EpisodeState>().ToHashSet(), reached);
    }
}
