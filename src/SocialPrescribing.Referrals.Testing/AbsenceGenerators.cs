using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace SocialPrescribing.Referrals.Testing;

/// <summary>FsCheck generators of link workers' absences (<see cref="Absence"/>) for caseload tests: random ones, and ones around the cover recorded in episodes.</summary>
/// <remarks>
/// Absences are of the link workers of <see cref="EpisodeScript.LinkWorkers"/>, in the time frame of
/// <see cref="EpisodeGenerators"/> (from <see cref="EpisodeGenerators.Origin"/>, about three years), a day to two months
/// long, now and then with no end date. A set never holds two absences of one link worker that share a day (the
/// caseload refuses that).
/// </remarks>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class AbsenceGenerators
{
    /// <summary>Gets a generator of single absences.</summary>
    /// <value>Any of the script's link workers, covered by another.</value>
    public static Gen<Absence> Absences { get; } =
        from absent in Gen.Choose(0, 2)
        from other in Gen.Choose(1, 2)
        from start in Gen.Choose(0, 1_000)
        from length in Gen.Frequency((4, Gen.Choose(0, 13)), (2, Gen.Choose(14, 60)), (1, Gen.Constant(-1)))
        let first = EpisodeGenerators.Origin.PlusDays(start)
        select new Absence(EpisodeScript.LinkWorkers[absent], first, length < 0 ? null : first.PlusDays(length), EpisodeScript.LinkWorkers[(absent + other) % 3]);

    /// <summary>Gets a generator of absences for a set of episodes: some around the cover their events record (so that the cover began during an absence, which may end), and some at random.</summary>
    /// <param name="episodes">The episodes.</param>
    /// <returns>Sets of absences, no two of one link worker sharing a day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    public static Gen<Absence[]> For(IEnumerable<Episode> episodes)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        Assignment[][] covers = [.. episodes
            .SelectMany(e => e.Assignments.Select((a, i) => (a, i, e.Assignments)))
            .Where(x => x.a.Reason == ReassignmentReason.Cover && x.i > 0)
            .Select(x => new[] { x.Assignments[x.i - 1], x.a })];
        return from choices in Gen.ArrayOf(Gen.Choose(0, 4095), covers.Length)
               from random in Gen.ListOf(Absences).Select(list => list.Take(6))
               select NoneSharingADay(covers.Select((c, i) => Around(c[0], c[1], choices[i])).OfType<Absence>().Concat(random));
    }

    /// <summary>An absence of the link worker who held the episode, covered by the one who took it over, running on the day the cover began (or none, one time in four).</summary>
    private static Absence? Around(Assignment before, Assignment cover, int choice)
    {
        if (choice % 4 == 3)
        {
            return null;
        }

        LocalDate from = cover.From.PlusDays(-(choice % 7));
        LocalDate? to = choice % 9 == 8 ? null : cover.From.PlusDays(choice / 7 % 30);
        return new Absence(before.LinkWorker, from, to, cover.LinkWorker);
    }

    /// <summary>The absences in order, leaving out any that shares a day with an earlier one of the same link worker.</summary>
    private static Absence[] NoneSharingADay(IEnumerable<Absence> absences)
    {
        var kept = new List<Absence>();
        foreach (Absence a in absences)
        {
            bool clash = kept.Any(k => k.AbsentLinkWorker == a.AbsentLinkWorker
                && (k.To is null || a.From <= k.To) && (a.To is null || k.From <= a.To));
            if (!clash)
            {
                kept.Add(a);
            }
        }

        return [.. kept];
    }
}
