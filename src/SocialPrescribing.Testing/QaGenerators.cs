using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.Checklists;
using SocialPrescribing.QualityAssurance;

namespace SocialPrescribing.Testing;

/// <summary>FsCheck generators for quality assurance: prompt item results and reviews part-way through.</summary>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class QaGenerators
{
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

    /// <summary>Gets a generator of reviews with any subset of the sheet recorded, in any order, and no decision yet.</summary>
    /// <value>Reviews in progress, of either kind of organisation, with documents received or not and policies seen or missing.</value>
    public static Gen<QaReview> UndecidedReviews { get; } =
        from kind in Gen.Elements(Enum.GetValues<OrganisationKind>())
        from review in UndecidedReviewsOf(kind)
        select review;

    /// <summary>Gets a generator of reviews of one kind of organisation with any subset of its sheet recorded, in any order, and no decision yet.</summary>
    /// <param name="kind">The kind of organisation, which chooses the prompt sheet.</param>
    /// <returns>The generator.</returns>
    public static Gen<QaReview> UndecidedReviewsOf(OrganisationKind kind)
    {
        ChecklistDefinition sheet = PromptSheets.For(kind);
        return from start in DomainGenerators.Dates
               from chosen in Gen.ArrayOf(Gen.Elements(true, false), sheet.Items.Count)
               from results in Gen.CollectToSequence(sheet.Items.Select(ResultFor))
               from order in Gen.Shuffle(results.Where((_, i) => chosen[i]).ToArray())
               select order.Aggregate(QaReview.Start("G-1", kind, start), (review, result) => review.Record(result));
    }

    /// <summary>Gets a generator of the due windows a service might choose: the default first, then none, two weeks, two months.</summary>
    /// <value>Periods of date units.</value>
    public static Gen<Period> DueWindows { get; } = Gen.Elements(Cadence.DefaultDueWindow, Period.Zero, Period.FromDays(14), Period.FromMonths(2));

    /// <summary>
    /// Gets a generator of agreements signed 2024-2027, with leadership changes, catch-ups and surveys at any point after
    /// signing, and the seed's cadences with any of <see cref="DueWindows"/>.
    /// </summary>
    /// <value>Agreements at every stage of their year.</value>
    public static Gen<GroupAgreement> Agreements { get; } =
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
        let created = GroupAgreement.Create($"G-{id}", signed, actions, Cadence.Annual.WithDueWindow(reviewWindow), sixMonthly, sixMonthly)
        let agreement = changes.Take(3).Aggregate(created, (a, d) => a.WithLeadershipChange(signed.PlusDays(d)))
        let withCatchUp = catchUp is int c ? agreement.WithCatchUp(signed.PlusDays(c)) : agreement
        select survey is int s ? withCatchUp.WithSurvey(signed.PlusDays(s)) : withCatchUp;

    /// <summary>Gets a generator of menu entries in every QA state (none, in progress, not connecting, agreed, awaiting or with the line manager's guidance), serving one to three categories, some with capacity reports.</summary>
    /// <value>Groups with ids G-0 upwards are made unique by <see cref="Menus"/>.</value>
    public static Gen<CommunityGroup> Groups { get; } =
        from agreement in Agreements
        from kind in Gen.Elements(Enum.GetValues<OrganisationKind>())
        from categories in Gen.ArrayOf(Gen.Elements(Enum.GetValues<ConnectionCategoryKind>()), 3)
        from count in Gen.Choose(1, 3)
        from state in Gen.Choose(0, 5)
        from capacity in Gen.Elements<bool?>(null, true, false)
        let entry = new CommunityGroup(agreement.GroupId, "Group " + agreement.GroupId, kind, categories.Take(count), "Tuesdays, 10am, the library", "Ask at reception")
        let review = QaReview.Start(entry.Id, kind, agreement.SignedOn)
        let referred = review.ReferToLineManager(agreement.SignedOn)
        let staged = state switch
        {
            0 => entry,
            1 => entry.WithReview(review),
            2 => entry.WithReview(review.DecideNotToConnect("Not yet confident it is safe", ["Agree who to call if someone feels unsafe"], agreement.SignedOn)),
            3 => entry.WithAgreement(agreement),
            4 => entry.WithReview(referred),
            _ => entry.WithReview(referred.RecordGuidance(new LineManagerGuidance("PCN line manager", agreement.SignedOn, "Talk through the safeguarding scenarios again"))),
        }
        select capacity is bool can ? staged.WithCapacity(new CapacityReport(can, null, agreement.SignedOn, CapacitySource.CatchUp)) : staged;

    /// <summary>Gets a generator of menus of up to 40 groups with unique ids.</summary>
    /// <value>Menus.</value>
    public static Gen<CommunityGroupMenu> Menus { get; } =
        Gen.ListOf(Groups).Select(groups => new CommunityGroupMenu(groups.Take(40).DistinctBy(g => g.Id)));
}
