using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SocialPrescribing.QualityAssurance;

namespace SocialPrescribing.Testing;

/// <summary>FsCheck generators for quality assurance: prompt item results and reviews part-way through.</summary>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class QaGenerators
{
    /// <summary>Gets a generator of results for an item: any outcome, an action when one was agreed.</summary>
    /// <param name="itemId">The item.</param>
    /// <returns>The generator.</returns>
    public static Gen<PromptItemResult> ResultFor(string itemId) =>
        from outcome in Gen.Elements(Enum.GetValues<PromptOutcome>())
        from notes in Gen.Elements<string?>(null, "No written policy", "Meets in the library", "Leader explained what they would do")
        select new PromptItemResult(itemId, outcome, notes, outcome == PromptOutcome.ActionAgreed ? "Write down who to call" : null);

    /// <summary>Gets a generator of reviews with any subset of the sheet recorded, in any order, and no decision yet.</summary>
    /// <value>Reviews in progress, of either kind of organisation.</value>
    public static Gen<QaReview> UndecidedReviews { get; } =
        from kind in Gen.Elements(Enum.GetValues<OrganisationKind>())
        from start in MeasuresGenerators.Dates
        let sheet = PromptSheets.For(kind)
        from chosen in Gen.ArrayOf(Gen.Elements(true, false), sheet.Items.Count)
        from results in Gen.CollectToSequence(sheet.Items.Select(i => ResultFor(i.Id)))
        from order in Gen.Shuffle(results.Where((_, i) => chosen[i]).ToArray())
        select order.Aggregate(QaReview.Start("G-1", kind, start), (review, result) => review.Record(result));
}
