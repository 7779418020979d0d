using NodaTime;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>Reading stored history (docs/referrals.md): lifecycle rules by the version that wrote the history; what cannot exist, always.</summary>
public partial class EpisodeRulesTests
{
    [Fact]
    public void Versions_OneIsKnown_AndCurrent()
    {
        Assert.Equal(1, EpisodeRules.Current.Version);
        Assert.Same(EpisodeRules.Version1, EpisodeRules.Current);
        Assert.Same(EpisodeRules.Version1, EpisodeRules.ForVersion(1));
        Assert.True(EpisodeRules.TryGetVersion(1, out EpisodeRules? one));
        Assert.Same(EpisodeRules.Version1, one);
        Assert.Equal("Episode rules, version 1", EpisodeRules.Version1.ToString());
        foreach (int unknown in new[] { 0, 2, -1, int.MaxValue, int.MinValue })
        {
            Assert.False(EpisodeRules.TryGetVersion(unknown, out EpisodeRules? none));
            Assert.Null(none);
            Assert.Equal("version", Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeRules.ForVersion(unknown)).ParamName);
        }
    }

    [Fact]
    public void Replay_WithNullRules_Throws()
        => Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => Episode.Replay(Recording.Referred().Episode.Events, null!)).ParamName);

    /// <summary>
    /// A later release tightens a lifecycle rule (here: no ONS4 after closure, which version 1 allows within the
    /// follow-up). History written under version 1 still replays with version 1's rules; the tighter rules refuse it,
    /// with the position and kind of the event and nothing about the person.
    /// </summary>
    [Fact]
    public void TightenedRule_RefusesTheHistory_ThatVersion1Wrote_WhichStillReplaysWithVersion1()
    {
        var version2 = new EpisodeRules(2, (state, e) => state == EpisodeState.Closed && e is Ons4Recorded ? EpisodeErrorKind.NotAllowedInState : null);
        Recording written = ClosedAfterFirstContact().Do(Ons4On(ClosedOn.PlusDays(30)));
        EpisodeEvent[] stored = [.. written.Episode.Events];
        Assert.IsType<Ons4Recorded>(stored[^1]);

        Episode read = Episode.Replay(stored, EpisodeRules.Version1);
        Assert.Equal(EpisodeFoldTests.Observed(written.Episode), EpisodeFoldTests.Observed(read));
        Assert.Same(EpisodeRules.Version1, read.Rules);

        ArgumentException refused = Assert.Throws<ArgumentException>(() => Episode.Replay(stored, version2));
        Assert.Equal("events", refused.ParamName);
        Assert.StartsWith($"Event {stored.Length - 1} (Ons4Recorded) could not be applied: An ONS4 response cannot be recorded once the episode has closed.", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("999", refused.Message, StringComparison.Ordinal);

        // The history before the tightened rule bites replays under both; new events are checked by the current rules.
        Assert.Equal(Episode.Replay(stored[..^1], EpisodeRules.Version1), Episode.Replay(stored[..^1], version2));
        Assert.True(Episode.Replay(stored[..^1], version2).Apply(stored[^1]).IsSuccess);
    }

    /// <summary>Values that cannot exist are refused whatever the version: events of two episodes, out of their recorded order or numbering, a bad first event.</summary>
    [Fact]
    public void ImpossibleHistory_IsRefused_UnderEveryVersion()
    {
        EpisodeEvent[] stored = [.. ClosedAfterFirstContact().Episode.Events];
        EpisodeEvent other = stored[2] with { Context = new EventContext(EpisodeId.Create(Guid.NewGuid()), 3, stored[2].At, stored[2].By, stored[2].Context.LinkWorker) };
        EpisodeEvent early = stored[2] with { Context = new EventContext(stored[2].EpisodeId, 3, stored[1].At - Duration.FromMinutes(1), stored[2].By, stored[2].Context.LinkWorker) };
        EpisodeEvent misnumbered = stored[2] with { Context = new EventContext(stored[2].EpisodeId, 4, stored[2].At, stored[2].By, stored[2].Context.LinkWorker) };
        EpisodeEvent first = stored[1] with { Context = new EventContext(stored[1].EpisodeId, 1, stored[1].At, stored[1].By, stored[1].Context.LinkWorker) };
        var lenient = new EpisodeRules(2, (_, _) => null);
        (EpisodeEvent[] History, string Refusal)[] impossible =
        [
            ([stored[0], stored[1], other], "the event names another episode."),
            ([stored[0], stored[1], early], "it was recorded before the latest event of the episode."),
            ([stored[0], stored[1], misnumbered], "its number is not the episode's next"),
            ([first, stored[2]], "Event 0 (Accepted) could not be applied: A referral cannot be accepted"),
        ];
        foreach ((EpisodeEvent[] history, string refusal) in impossible)
        {
            foreach (EpisodeRules rules in new[] { EpisodeRules.Version1, lenient })
            {
                ArgumentException thrown = Assert.Throws<ArgumentException>(() => Episode.Replay(history, rules));
                Assert.Contains(refusal, thrown.Message, StringComparison.Ordinal);
            }
        }
    }
}
