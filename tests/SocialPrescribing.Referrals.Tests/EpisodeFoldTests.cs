using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// The linear fold (issue 19): a replay gives the episode that applying the events one by one gives; episodes that share
/// a parent stay independent; and the memory a fold allocates is in proportion to its events.
/// </summary>
public class EpisodeFoldTests
{
    private static readonly EpisodeId Id = EpisodeId.Create(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"));
    private static readonly LocalDate FirstDate = new(2026, 1, 5);

    /// <summary>Replaying the events of an episode built by Start and Apply gives the same episode, in every figure and list.</summary>
    [Property(MaxTest = 300)]
    public void Replay_EqualsTheEpisodeBuiltEventByEvent(EpisodeScript script)
    {
        if (script.Episode is not Episode built)
        {
            return;
        }

        Episode replayed = Episode.Replay(built.Events);
        Assert.Equal(built, replayed);
        Assert.Equal(Observed(built), Observed(replayed));
    }

    /// <summary>Version 1's rules are the current ones: a replay with either gives the same episode.</summary>
    [Property(MaxTest = 100)]
    public void Replay_WithVersion1_EqualsReplayWithCurrent(EpisodeScript script)
    {
        if (script.Episode is not Episode built)
        {
            return;
        }

        Assert.Same(EpisodeRules.Current, EpisodeRules.Version1);
        Assert.Equal(Observed(Episode.Replay(built.Events, EpisodeRules.Current)), Observed(Episode.Replay(built.Events, EpisodeRules.Version1)));
    }

    /// <summary>
    /// The hazard of sharing lists between episodes: apply X to an episode E, then Y to the same E, then go on from each.
    /// E keeps its own figures, and each branch is the episode its own events replay to, whichever appended in place.
    /// </summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(Commands)])]
    public void Apply_TwoEventsToOneEpisode_GivesTwoIndependentEpisodes(EpisodeScript script, EpisodeCommand x, EpisodeCommand y, EpisodeCommand z)
    {
        if (script.Episode is not Episode parent)
        {
            return;
        }

        object?[] before = Observed(parent);
        EpisodeResult withX = parent.Apply(NextEvent(script, x));
        EpisodeResult withY = parent.Apply(NextEvent(script, y));
        Assert.Equal(before, Observed(parent));

        foreach (EpisodeResult branch in new[] { withX, withY })
        {
            if (!branch.IsSuccess)
            {
                continue;
            }

            Episode episode = branch.Episode;
            Assert.Equal(parent.Events.Add(branch.Event).ToArray(), episode.Events.ToArray());
            Assert.Equal(Observed(Episode.Replay(episode.Events)), Observed(episode));

            // Go on from the branch: appending after a branch point must not disturb the other branch.
            EpisodeResult further = episode.Apply(NextEvent(new EpisodeScript(script.Id, script.FirstDate, [.. script.Commands, branch == withX ? x : y]), z));
            if (further.IsSuccess)
            {
                Assert.Equal(Observed(Episode.Replay(further.Episode.Events)), Observed(further.Episode));
            }
        }

        Assert.Equal(before, Observed(parent));
        if (withX.IsSuccess)
        {
            Assert.Equal(Observed(Episode.Replay(withX.Episode.Events)), Observed(withX.Episode));
        }
    }

    /// <summary>Many threads applying different events to one episode at once: each result is the episode its events replay to, and the parent is unchanged.</summary>
    [Fact]
    public void Apply_FromManyThreadsAtOnce_GivesIndependentEpisodes()
    {
        EpisodeScript script = EpisodeScript.Busy(Id, FirstDate, 40);
        EpisodeCommand[] commands = [.. Enumerable.Range(0, 8).Select(i => new EpisodeCommand(i % 2 == 0 ? EpisodeEventKind.ContactRecorded : EpisodeEventKind.Ons4Recorded, 1, i))];
        for (int round = 0; round < 200; round++)
        {
            Episode parent = new EpisodeScript(Id, FirstDate, script.Commands).Episode!;
            object?[] before = Observed(parent);
            EpisodeEvent[] next = [.. commands.Select(c => NextEvent(script, c))];
            var results = new Episode[next.Length];
            Parallel.For(0, next.Length, i =>
            {
                Episode branch = parent.Apply(next[i]).Episode!;
                results[i] = branch.Apply(NextEvent(script, commands[(i + 1) % commands.Length], branch)).Episode!;
            });

            Assert.Equal(before, Observed(parent));
            Assert.All(results, r => Assert.Equal(Observed(Episode.Replay(r.Events)), Observed(r)));
            Assert.Equal(next.Length, results.Select(r => r.Events[^2]).Distinct().Count());
        }
    }

    /// <summary>A refused event leaves the episode as it was, and the next event still appends after it.</summary>
    [Fact]
    public void Apply_AfterARefusal_AppendsAsIfNothingHappened()
    {
        EpisodeScript script = EpisodeScript.Busy(Id, FirstDate, 20);
        Episode episode = script.Episode!;
        object?[] before = Observed(episode);
        Assert.False(episode.Apply(NextEvent(script, new EpisodeCommand(EpisodeEventKind.Accepted, 1, 0))).IsSuccess);
        Assert.Equal(before, Observed(episode));
        Episode next = episode.Apply(NextEvent(script, new EpisodeCommand(EpisodeEventKind.ContactRecorded, 1, 0))).Episode!;
        Assert.Equal(Observed(Episode.Replay(next.Events)), Observed(next));
    }

    /// <summary>Corrections still refold the history, whether applied or replayed, and agree.</summary>
    [Fact]
    public void Correction_AppliedOrReplayed_GivesTheSameEpisode()
    {
        EpisodeScript script = EpisodeScript.Busy(Id, FirstDate, 30);
        Episode episode = script.Episode!;
        int contact = episode.Events.Last(e => e is ContactRecorded { IsAttended: true } && e.Number > 5).Number;
        var error = new EnteredInError(new EventContext(Id, episode.NextNumber, episode.Events[^1].At + Duration.FromMinutes(1), ActorRole.LinkWorker), episode.Events[^1].On, contact, ErrorReason.WrongPerson);
        Episode corrected = episode.Apply(error).Episode!;
        Assert.Equal(new[] { contact }, corrected.EventsEnteredInError.ToArray());
        Assert.Equal(episode.AttendedContactCount - 1, corrected.AttendedContactCount);
        Assert.Equal(Observed(corrected), Observed(Episode.Replay(corrected.Events)));
        Assert.Equal(Observed(episode), Observed(Episode.Replay(episode.Events)));
    }

    /// <summary>Replaying 4,050 events allocates under 2 MB besides the events themselves (the old fold: 79 to 129 MB).</summary>
    [Fact]
    public void Replay_OfALongEpisode_AllocatesInProportionToItsEvents()
    {
        EpisodeEvent[] events = [.. EpisodeScript.Busy(Id, FirstDate, 4_050).Events];
        EpisodeEvent[] tenth = [.. EpisodeScript.Busy(Id, FirstDate, 405).Events];
        Episode.Replay(tenth); // jitted, and the pooled buffers of both sizes rented once
        Episode.Replay(events);
        long all = Allocated(() => Episode.Replay(events));
        long part = Allocated(() => Episode.Replay(tenth));
        Assert.True(all < 2_000_000, $"{all} bytes for 4,050 events");
        Assert.True(all < 11 * part, $"{all} bytes for 4,050 events, {part} for 405: not linear");
    }

    /// <summary>Building an episode event by event, as a recorder does, allocates in proportion to its events too (each Apply shares its parent's lists).</summary>
    [Fact]
    public void Build_OfALongEpisode_AllocatesInProportionToItsEvents()
    {
        EpisodeEvent[] events = [.. EpisodeScript.Busy(Id, FirstDate, 4_050).Events];
        Build(events[..405]); // jitted, and the pooled buffers of both sizes rented once
        Build(events);
        long all = Allocated(() => Build(events));
        long part = Allocated(() => Build(events[..405]));
        Assert.True(all < 12 * part, $"{all} bytes for 4,050 events, {part} for 405: not linear");
        Assert.True(all < 8_000_000, $"{all} bytes for 4,050 events");
    }

    [Fact]
    public void Busy_AppliesEveryEvent()
    {
        EpisodeScript script = EpisodeScript.Busy(Id, FirstDate, 100);
        Assert.Equal(100, script.Episode!.Events.Length);
        Assert.Equal(script.Events, script.Episode.Events);
        Assert.Equal(EpisodeState.Connected, script.Episode.State);
        Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeScript.Busy(Id, FirstDate, 4));
    }

    /// <summary>Every figure and list an episode shows, in a form xunit compares item by item.</summary>
    internal static object?[] Observed(Episode e)
    {
        LocalDate asOf = e.Events[^1].On.PlusDays(30);
        return
        [
            e.Id, e.PreviousEpisodeId, e.State, e.IsOpen, e.IsFinal, e.Person, e.RegisteredPractice, e.OfferedOn, e.Referral, e.DeclinedOn,
            e.NotAccepted, e.LinkWorker, e.IsHeldByCover, e.FirstContact, e.AttendedContactCount, e.TimeWithPerson, e.CarePlan,
            e.PamEligibility, e.Satisfaction, e.Changes, e.PersonalHealthBudget, e.Permissions, e.ReferrerSharing, e.Urgency, e.Hold,
            e.ClosedOn, e.ClosureReason, e.OtherClosureReason, e.MeasuresNotTaken, e.DaysToFirstContact, e.FollowUpEndsOn, e.NextNumber,
            e.WaitingDays(asOf), e.MeasurementSchedule?.Start, e.MeasurementSchedule?.EndedOn, e.ToString(),
            e.Events.ToArray(), e.Assignments.ToArray(), e.Contacts.ToArray(), e.Ons4Responses.ToArray(), e.PamAssessments.ToArray(),
            e.Escalations.ToArray(), e.Complaints.ToArray(), e.CodedEntries.ToArray(), e.EscalationResolutions.ToArray(),
            e.UnresolvedEscalations.ToArray(), e.EventsEnteredInError.ToArray(),
            e.Connections.Select(c => (object?[])[c.Number, c.Made, c.Updates.ToArray(), c.Latest, c.IsSupportTakenUp, c.IsStopped, e.NeedToKnowFor(c.Number)]).ToArray(),
            Caseload.For([e], asOf).Entries.Select(c => (object?[])[c.EpisodeId, c.Reason, c.LinkWorker, c.Date, c.Status, c.Urgency, c.DaysWaiting, c.ConnectionNumber, c.EscalationNumber, c.CoveredBy, c.HandBackTo, c.NeedsEligibilityConfirmation]).ToArray(),
        ];
    }

    /// <summary>The event a command stands for after a script's events, numbered after <paramref name="episode"/> (by default, the script's).</summary>
    private static EpisodeEvent NextEvent(EpisodeScript script, EpisodeCommand command, Episode? episode = null)
    {
        EpisodeEvent made = script.With(command).Events[^1];
        return episode is null ? made : made with { Context = new EventContext(made.EpisodeId, episode.NextNumber, episode.Events[^1].At + Duration.FromMinutes(1), made.By, made.Context.LinkWorker) };
    }

    private static Episode Build(EpisodeEvent[] events)
    {
        Episode episode = Episode.Start(events[0]).Episode!;
        for (int i = 1; i < events.Length; i++)
        {
            episode = episode.Apply(events[i]).Episode!;
        }

        return episode;
    }

    private static long Allocated(Func<Episode> fold)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        Episode episode = fold();
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotNull(episode);
        return bytes;
    }

    /// <summary>Commands as the scripts draw them: any kind, mostly well-formed.</summary>
    public static class Commands
    {
        /// <summary>Gets commands.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<EpisodeCommand> Command() => EpisodeGenerators.Commands.ToArbitrary();
    }
}
