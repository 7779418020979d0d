using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.Checklists;
using SocialPrescribing.Testing;

namespace SocialPrescribing.QualityAssurance.Testing;

/// <summary>FsCheck generators for quality assurance: prompt item results, checks part-way through, group schedules, groups and menus, with their shrinkers.</summary>
/// <remarks>
/// Each composite value has a shrinker that rebuilds a smaller value through the package's public API, so a shrunk
/// counterexample is always a valid value: <see cref="QualityAssuranceArbitraries"/> pairs them (a failing property over menus
/// reports a menu with only the groups that make it fail).
/// </remarks>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class QualityAssuranceGenerators
{
    /// <summary>The date the shrinkers start the reviews they rebuild for a group's state (the state does not depend on it).</summary>
    private static readonly LocalDate RebuiltReviewDate = new(2024, 1, 1);

    private static readonly PromptOutcome[] TopicOutcomes = Enum.GetValues<PromptOutcome>().Where(o => o != PromptOutcome.NotReceived).ToArray();

    /// <summary>
    /// Gets a generator of results for an item: any outcome the item takes (<see cref="PromptOutcome.NotReceived"/> only
    /// for the documents a sheet asks for, "Received: yes/no"), an action when one was agreed.
    /// </summary>
    /// <param name="item">The item, from one of the <see cref="PromptSheets"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<PromptItemResult> ResultFor(ChecklistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        PromptOutcome[] outcomes = item.ResponseKind == ChecklistResponseKind.YesNo ? Enum.GetValues<PromptOutcome>() : TopicOutcomes;
        return from outcome in Gen.Elements(outcomes)
               from notes in Gen.Elements<string?>(null, "No written policy", "Meets in the library", "Leader explained what they would do")
               select new PromptItemResult(item.Id, outcome, notes, outcome == PromptOutcome.ActionAgreed ? "Write down who to call" : null);
    }

    /// <summary>Gets a generator of checks with any subset of the sheet recorded, in any order, and no decision yet.</summary>
    /// <value>Checks in progress, of either kind of organisation, with documents received or not and policies seen or missing.</value>
    public static Gen<QualityAssuranceCheck> UndecidedChecks { get; } =
        from kind in Gen.Elements(Enum.GetValues<OrganisationKind>())
        from review in UndecidedChecksOf(kind)
        select review;

    /// <summary>Gets a generator of checks of one kind of organisation with any subset of its sheet recorded, in any order, and no decision yet.</summary>
    /// <param name="kind">The kind of organisation, which chooses the prompt sheet.</param>
    /// <returns>The generator.</returns>
    public static Gen<QualityAssuranceCheck> UndecidedChecksOf(OrganisationKind kind)
    {
        ChecklistDefinition sheet = PromptSheets.For(kind);
        return from start in CoreGenerators.Dates
               from chosen in Gen.ArrayOf(Gen.Elements(true, false), sheet.Items.Count)
               from results in Gen.CollectToSequence(sheet.Items.Select(ResultFor))
               from order in Gen.Shuffle(results.Where((_, i) => chosen[i]).ToArray())
               select order.Aggregate(QualityAssuranceCheck.Start("G-1", kind, start), (review, result) => review.Record(result));
    }

    /// <summary>Gets a generator of the due windows a service might choose: the default first, then none, two weeks, two months.</summary>
    /// <value>Periods of date units.</value>
    public static Gen<Period> DueWindows { get; } = Gen.Elements(Cadence.DefaultDueWindow, Period.Zero, Period.FromDays(14), Period.FromMonths(2));

    /// <summary>
    /// Gets a generator of schedules of agreements to connect signed 2024-2027, with leadership changes, catch-ups and surveys at any point after
    /// signing, and the seed's cadences with any of <see cref="DueWindows"/>.
    /// </summary>
    /// <value>Schedules at every stage of their year.</value>
    public static Gen<GroupSchedule> Schedules { get; } =
        from id in Gen.Choose(1, 99_999)
        from signedDays in Gen.Choose(0, 1460)
        from actions in Gen.Elements(true, false)
        from changes in Gen.ListOf(Gen.Choose(0, 500))
        from catchUp in Gen.Elements<int?>(null, 30, 150, 200, 400)
        from survey in Gen.Elements<int?>(null, 60, 180, 190)
        from reviewWindow in DueWindows
        from sixMonthlyWindow in DueWindows
        let signed = new LocalDate(2024, 1, 1).PlusDays(signedDays)
        let sixMonthly = Cadence.SixMonthly.WithDueWindow(sixMonthlyWindow)
        select new ScheduleParts(
            $"G-{id}", signed, actions, [.. changes.Take(3).Select(d => signed.PlusDays(d))], catchUp is int c ? signed.PlusDays(c) : null, survey is int v ? signed.PlusDays(v) : null,
            Cadence.Annual.WithDueWindow(reviewWindow), sixMonthly, sixMonthly).Build();

    /// <summary>Gets a generator of menu entries in every QA state (none, in progress, not connecting, agreed, awaiting or with the line manager's guidance), serving one to three categories, some with capacity reports.</summary>
    /// <value>Groups with ids G-0 upwards are made unique by <see cref="Menus"/>.</value>
    public static Gen<CommunityGroup> Groups { get; } =
        from agreement in Schedules
        from kind in Gen.Elements(Enum.GetValues<OrganisationKind>())
        from categories in Gen.ArrayOf(Gen.Elements(Enum.GetValues<ConnectionCategoryKind>()), 3)
        from count in Gen.Choose(1, 3)
        from state in Gen.Choose(0, 5)
        from capacity in Gen.Elements<bool?>(null, true, false)
        let entry = new CommunityGroup(agreement.GroupId, "Group " + agreement.GroupId, kind, categories.Take(count), "Tuesdays, 10am, the library", "Ask at reception")
        let review = QualityAssuranceCheck.Start(entry.Id, kind, agreement.SignedOn)
        let referred = review.ReferToLineManager(agreement.SignedOn)
        let staged = state switch
        {
            0 => entry,
            1 => entry.WithCheck(review),
            2 => entry.WithCheck(review.DecideNotToConnect("Not yet confident it is safe", ["Agree who to call if someone feels unsafe"], agreement.SignedOn)),
            3 => entry.WithSchedule(agreement),
            4 => entry.WithCheck(referred),
            _ => entry.WithCheck(referred.RecordGuidance(new LineManagerGuidance("PCN line manager", agreement.SignedOn, "Talk through the safeguarding scenarios again"))),
        }
        select capacity is bool can ? staged.WithCapacity(new CapacityReport(can, null, agreement.SignedOn, CapacitySource.CatchUp)) : staged;

    /// <summary>Gets a generator of menus of up to 40 groups with unique ids.</summary>
    /// <value>Menus.</value>
    public static Gen<CommunityGroupMenu> Menus { get; } =
        Gen.ListOf(Groups).Select(groups => new CommunityGroupMenu(groups.Take(40).DistinctBy(g => g.Id)));

    /// <summary>Shrinks an undecided check by removing one recorded result, or the notes of one; the rest is recorded again on a fresh check, so it stays valid.</summary>
    /// <param name="check">The check to shrink.</param>
    /// <returns>Smaller checks, fewer results first; none for a check that was referred to the line manager or decided (its later steps are not rebuilt).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is null.</exception>
    public static IEnumerable<QualityAssuranceCheck> ShrinkCheck(QualityAssuranceCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Decision is not null || check.ReferredOn is not null ? [] : ShrinkUndecided(check);
    }

    /// <summary>
    /// Shrinks a schedule by removing one leadership change, the last catch-up, the last survey or the agreed actions,
    /// or by putting one cadence back to the seed's; the rest is recorded again on a fresh schedule, so it stays valid.
    /// </summary>
    /// <param name="schedule">The schedule to shrink.</param>
    /// <returns>Smaller schedules, fewer leadership changes first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static IEnumerable<GroupSchedule> ShrinkSchedule(GroupSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return ScheduleParts.Of(schedule).Shrink().Select(parts => parts.Build());
    }

    /// <summary>
    /// Shrinks a menu entry to no QA state, to no capacity report, to one category fewer, or to a smaller agreement
    /// (<see cref="ShrinkSchedule"/>); the entry is rebuilt through the public API, so it stays valid.
    /// </summary>
    /// <param name="group">The entry to shrink.</param>
    /// <returns>Simpler entries, with the same id, name and kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public static IEnumerable<CommunityGroup> ShrinkGroup(CommunityGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return GroupParts.Of(group).Shrink().Select(parts => parts.Build());
    }

    /// <summary>Shrinks a menu by removing one group, or by shrinking one group (<see cref="ShrinkGroup"/>); ids stay unique, so every menu is valid.</summary>
    /// <param name="menu">The menu to shrink.</param>
    /// <returns>Smaller menus, fewer groups first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="menu"/> is null.</exception>
    public static IEnumerable<CommunityGroupMenu> ShrinkMenu(CommunityGroupMenu menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        ImmutableArray<CommunityGroup> groups = [.. menu.Groups];
        return Enumerable.Range(0, groups.Length).Select(i => groups.RemoveAt(i))
            .Concat(Enumerable.Range(0, groups.Length).SelectMany(i => ShrinkGroup(groups[i]).Select(smaller => groups.SetItem(i, smaller))))
            .Select(shrunk => new CommunityGroupMenu(shrunk));
    }

    private static IEnumerable<QualityAssuranceCheck> ShrinkUndecided(QualityAssuranceCheck review)
    {
        ImmutableArray<PromptItemResult> results = [.. review.Results.Values.OrderBy(r => r.ItemId, StringComparer.Ordinal)];
        for (int i = 0; i < results.Length; i++)
        {
            yield return Recorded(review, results.RemoveAt(i));
        }

        for (int i = 0; i < results.Length; i++)
        {
            if (results[i].Notes is not null)
            {
                yield return Recorded(review, results.SetItem(i, new PromptItemResult(results[i].ItemId, results[i].Outcome, null, results[i].AgreedAction)));
            }
        }
    }

    /// <summary>A fresh review of the same group, kind and date with <paramref name="results"/> recorded.</summary>
    private static QualityAssuranceCheck Recorded(QualityAssuranceCheck review, IEnumerable<PromptItemResult> results)
        => results.Aggregate(QualityAssuranceCheck.Start(review.GroupId, review.Kind, review.InitialDiscussionOn), (r, result) => r.Record(result));

    /// <summary>Everything an agreement records, so a shrinker can leave one part out and record the rest again.</summary>
    private sealed record ScheduleParts(
        string GroupId, LocalDate SignedOn, bool WithAgreedActions, ImmutableArray<LocalDate> LeadershipChanges, LocalDate? LastCatchUpOn, LocalDate? LastSurveyOn,
        Cadence ReviewCadence, Cadence CatchUpCadence, Cadence SurveyCadence)
    {
        public static ScheduleParts Of(GroupSchedule a) => new(
            a.GroupId, a.SignedOn, a.WithAgreedActions, [.. a.LeadershipChanges], a.LastCatchUpOn, a.LastSurveyOn, a.ReviewCadence, a.CatchUpCadence, a.SurveyCadence);

        public GroupSchedule Build()
        {
            GroupSchedule agreement = LeadershipChanges.Aggregate(
                GroupSchedule.Create(GroupId, SignedOn, WithAgreedActions, ReviewCadence, CatchUpCadence, SurveyCadence), (a, on) => a.WithLeadershipChange(on));
            agreement = LastCatchUpOn is LocalDate catchUp ? agreement.WithCatchUp(catchUp) : agreement;
            return LastSurveyOn is LocalDate survey ? agreement.WithSurvey(survey) : agreement;
        }

        public IEnumerable<ScheduleParts> Shrink()
        {
            for (int i = 0; i < LeadershipChanges.Length; i++)
            {
                yield return this with { LeadershipChanges = LeadershipChanges.RemoveAt(i) };
            }

            if (LastCatchUpOn is not null)
            {
                yield return this with { LastCatchUpOn = null };
            }

            if (LastSurveyOn is not null)
            {
                yield return this with { LastSurveyOn = null };
            }

            if (WithAgreedActions)
            {
                yield return this with { WithAgreedActions = false };
            }

            if (ReviewCadence != Cadence.Annual)
            {
                yield return this with { ReviewCadence = Cadence.Annual };
            }

            if (CatchUpCadence != Cadence.SixMonthly)
            {
                yield return this with { CatchUpCadence = Cadence.SixMonthly };
            }

            if (SurveyCadence != Cadence.SixMonthly)
            {
                yield return this with { SurveyCadence = Cadence.SixMonthly };
            }
        }
    }

    /// <summary>A menu entry as its state: agreement, review in progress or not connecting, categories and capacity.</summary>
    private sealed record GroupParts(
        CommunityGroup Entry, ImmutableArray<ConnectionCategoryKind> Categories, GroupSchedule? Schedule, bool CheckInProgress, bool NotConnecting, CapacityReport? Capacity)
    {
        private bool HasQualityAssuranceState => Schedule is not null || CheckInProgress || NotConnecting;

        public static GroupParts Of(CommunityGroup g) => new(g, [.. g.Categories.Order()], g.Schedule, g.CheckInProgress, g.NotConnecting, g.Capacity);

        public CommunityGroup Build()
        {
            var plain = new CommunityGroup(Entry.Id, Entry.Name, Entry.Kind, Categories, Entry.WhereAndWhen, Entry.Contact, Entry.AccessibilityNotes);
            CommunityGroup entry = Schedule is null ? plain : plain.WithSchedule(Schedule);
            QualityAssuranceCheck started = QualityAssuranceCheck.Start(Entry.Id, Entry.Kind, RebuiltReviewDate);
            entry = NotConnecting ? entry.WithCheck(started.DecideNotToConnect("Not yet confident it is safe", ["Agree who to call if someone feels unsafe"], RebuiltReviewDate))
                : CheckInProgress ? entry.WithCheck(started)
                : entry;
            return Capacity is null ? entry : entry.WithCapacity(Capacity);
        }

        public IEnumerable<GroupParts> Shrink()
        {
            if (HasQualityAssuranceState)
            {
                yield return this with { Schedule = null, CheckInProgress = false, NotConnecting = false };
            }

            if (Capacity is not null)
            {
                yield return this with { Capacity = null };
            }

            if (Categories.Length > 1)
            {
                for (int i = 0; i < Categories.Length; i++)
                {
                    yield return this with { Categories = Categories.RemoveAt(i) };
                }
            }

            foreach (GroupSchedule smaller in Schedule is null ? [] : ShrinkSchedule(Schedule))
            {
                yield return this with { Schedule = smaller };
            }
        }
    }
}
