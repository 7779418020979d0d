using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace SocialPrescribing.Referrals.Testing;

/// <summary>FsCheck generators of episode scripts (shrinking by command) and of episodes in any state or a chosen one.</summary>
/// <remarks>
/// Scripts start between <see cref="Origin"/> and two years after it, so a set of episodes shares a time frame in which
/// caseload dates are interesting. Kinds that move an episode on are drawn more often, so random scripts reach every
/// state; about one command in ten has a <see cref="EpisodeTwist"/>.
/// </remarks>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class EpisodeGenerators
{
    /// <summary>Gets the earliest first date of a generated script.</summary>
    /// <value>1 January 2025.</value>
    public static LocalDate Origin { get; } = new(2025, 1, 1);

    /// <summary>Gets a generator of episode ids.</summary>
    /// <value>Random GUIDs, never the empty GUID.</value>
    public static Gen<EpisodeId> Ids { get; } =
        from a in Gen.Choose(1, int.MaxValue)
        from b in Gen.Choose(0, int.MaxValue)
        from c in Gen.Choose(0, int.MaxValue)
        select EpisodeId.Create(unchecked(new Guid(a, (short)b, (short)(b >> 16), (byte)c, (byte)(c >> 8), (byte)(c >> 16), (byte)(c >> 24), 1, 2, 3, 4)));

    /// <summary>Gets a generator of event kinds, weighted towards those that move an episode on.</summary>
    /// <value>Every kind.</value>
    public static Gen<EpisodeEventKind> Kinds { get; } = Gen.Frequency(
        (6, Gen.Constant(EpisodeEventKind.ContactRecorded)),
        (4, Gen.Constant(EpisodeEventKind.Accepted)),
        (4, Gen.Constant(EpisodeEventKind.ConnectionMade)),
        (4, Gen.Constant(EpisodeEventKind.ConnectionOutcomeRecorded)),
        (3, Gen.Constant(EpisodeEventKind.PlanAgreed)),
        (3, Gen.Constant(EpisodeEventKind.Ons4Recorded)),
        (3, Gen.Constant(EpisodeEventKind.Reassigned)),
        (2, Gen.Constant(EpisodeEventKind.PamRecorded)),
        (2, Gen.Constant(EpisodeEventKind.ReviewStarted)),
        (2, Gen.Constant(EpisodeEventKind.ReviewCompleted)),
        (2, Gen.Constant(EpisodeEventKind.PermissionsRecorded)),
        (2, Gen.Constant(EpisodeEventKind.PutOnHold)),
        (2, Gen.Constant(EpisodeEventKind.Resumed)),
        (2, Gen.Constant(EpisodeEventKind.Referred)),
        (1, Gen.Constant(EpisodeEventKind.Closed)),
        (1, Gen.Constant(EpisodeEventKind.Declined)),
        (1, Gen.Constant(EpisodeEventKind.NotAccepted)),
        (7, Gen.Elements(
            EpisodeEventKind.Offered,
            EpisodeEventKind.PamEligibilityRecorded,
            EpisodeEventKind.SatisfactionRecorded,
            EpisodeEventKind.ChangesRecorded,
            EpisodeEventKind.Escalated,
            EpisodeEventKind.PersonalHealthBudgetExplored,
            EpisodeEventKind.ComplaintRecorded)),
        (6, Gen.Elements(
            EpisodeEventKind.OfferLapsed,
            EpisodeEventKind.EscalationResolved,
            EpisodeEventKind.UrgencyChanged,
            EpisodeEventKind.EnteredInError,
            EpisodeEventKind.NhsNumberTraced,
            EpisodeEventKind.ConnectionSharingRecorded,
            EpisodeEventKind.ReferrerSharingRecorded,
            EpisodeEventKind.MeasuresNotTakenRecorded,
            EpisodeEventKind.DemographicsRecorded)));

    /// <summary>Gets a generator of commands: mostly well-formed, some a few months apart, about one in ten twisted.</summary>
    /// <value>Any kind, 0 to 200 days later (often the same day), any choice.</value>
    public static Gen<EpisodeCommand> Commands { get; } =
        from kind in Kinds
        from days in Gen.Frequency((8, Gen.Constant(0)), (6, Gen.Choose(1, 7)), (3, Gen.Choose(8, 45)), (1, Gen.Choose(46, 200)))
        from choice in Gen.Choose(0, 4095)
        from twist in Gen.Frequency((18, Gen.Constant(EpisodeTwist.None)), (2, Gen.Elements(Enum.GetValues<EpisodeTwist>())))
        select new EpisodeCommand(kind, days, choice, twist);

    /// <summary>Gets a generator of scripts: usually starting with an offer or a referral, then up to 40 commands.</summary>
    /// <value>Scripts whose first date is in the two years from <see cref="Origin"/>.</value>
    public static Gen<EpisodeScript> Scripts { get; } =
        from id in Ids
        from first in Gen.Choose(0, 730).Select(days => Origin.PlusDays(days))
        from start in Gen.Frequency((1, Commands), (9, Gen.Elements(EpisodeEventKind.Offered, EpisodeEventKind.Referred).Select(k => new EpisodeCommand(k, 0, 0))))
        from startChoice in Gen.Choose(0, 4095)
        from rest in Gen.ListOf(Commands).Select(list => list.Take(40))
        select new EpisodeScript(id, first, [new EpisodeCommand(start.Kind, start.DaysLater, startChoice, start.Twist), .. rest]);

    /// <summary>Gets a generator of episodes in any state.</summary>
    /// <value>The episodes of <see cref="Scripts"/> that started.</value>
    public static Gen<Episode> Episodes { get; } =
        Scripts.Where(s => s.Episode is not null).Select(s => s.Episode!);

    /// <summary>Gets a generator of scripts that pass through a state: the shortest path to it, then random commands.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The generator.</returns>
    public static Gen<EpisodeScript> ScriptsThrough(EpisodeState state) =>
        from id in Ids
        from first in Gen.Choose(0, 730).Select(days => Origin.PlusDays(days))
        from rest in Gen.ListOf(Commands).Select(list => list.Take(30))
        select EpisodeScript.Canonical(state, id, first).With([.. rest]);

    /// <summary>Gets a generator of episodes in a chosen state: the last stage in that state of a script through it.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The generator; every episode is in <paramref name="state"/>.</returns>
    public static Gen<Episode> EpisodesIn(EpisodeState state) =>
        ScriptsThrough(state).Select(s => s.Stages.Last(e => e.State == state));

    /// <summary>Gets a generator of episodes spread over every state, in about equal numbers.</summary>
    /// <value>Any state.</value>
    public static Gen<Episode> EpisodesInEveryState { get; } =
        Gen.Elements(Enum.GetValues<EpisodeState>()).SelectMany(EpisodesIn);

    /// <summary>Shrinks a script by removing commands: the second half, the first half (keeping the first command), then each command alone.</summary>
    /// <param name="script">The script to shrink.</param>
    /// <returns>Shorter scripts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="script"/> is null.</exception>
    public static IEnumerable<EpisodeScript> ShrinkScript(EpisodeScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        int count = script.Commands.Count;
        if (count > 3)
        {
            yield return new EpisodeScript(script.Id, script.FirstDate, script.Commands.Take(count / 2));
            yield return new EpisodeScript(script.Id, script.FirstDate, script.Commands.Take(1).Concat(script.Commands.Skip(1 + (count / 2))));
        }

        for (int i = count - 1; i >= 0; i--)
        {
            yield return new EpisodeScript(script.Id, script.FirstDate, script.Commands.Where((_, j) => j != i));
        }
    }
}
