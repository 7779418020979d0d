using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// A review of an agreed plan with the person (seed section 5 item 3: "at regular, agreed intervals, to assess progress
/// and make changes"): its date, how each goal is going, the changes made to the plan, what changes have taken place,
/// and the part two permissions.
/// </summary>
/// <remarks>
/// <para>
/// A review is a value: build it, then apply it with <see cref="CarePlan.Review"/>, which checks it against the plan
/// and adds a new <see cref="CarePlanVersion"/>. It is applied in this order (docs/care-plans.md): the goal reviews
/// (each names a goal open before the review), then the <see cref="Changes"/> in order, then
/// <see cref="ChangesTakenPlace"/> (Appendix 4 item 8), then the <see cref="Permissions"/> answered (items 9 to 11).
/// </para>
/// <para><see cref="ToString"/> shows only counts, never the person's words.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlanReview
{
    /// <summary>Creates a review: progress on goals, and any changes to the plan (goals and support added, changed or closed, the next review date, texts).</summary>
    /// <param name="date">The date of the review.</param>
    /// <param name="goalReviews">How each goal reviewed is going.</param>
    /// <param name="changes">The changes to the plan, applied in order; <see langword="null"/> or empty for a review that only records progress.</param>
    /// <param name="changesTakenPlace">What changes have taken place, in the person's words (Appendix 4 item 8), or <see langword="null"/>.</param>
    /// <param name="permissions">The person's answers to the part two permissions (items 9 to 11); answers not asked keep the plan's earlier answers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="goalReviews"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="goalReviews"/> or <paramref name="changes"/> holds a null entry.</exception>
    public CarePlanReview(LocalDate date, IEnumerable<GoalReview> goalReviews, IEnumerable<CarePlanChange>? changes = null, string? changesTakenPlace = null, SharingPermissions permissions = default)
    {
        Date = date;
        GoalReviews = CheckEntries(goalReviews, nameof(goalReviews));
        Changes = CheckEntries(changes ?? [], nameof(changes));
        ChangesTakenPlace = string.IsNullOrWhiteSpace(changesTakenPlace) ? null : changesTakenPlace.Trim();
        Permissions = permissions;
    }

    /// <summary>Gets the date of the review.</summary>
    /// <value>Applied only when not before the plan was agreed nor before its previous review.</value>
    public LocalDate Date { get; }

    /// <summary>Gets how each goal reviewed is going.</summary>
    /// <value>One entry per goal reviewed; each names a goal open before the review.</value>
    public ReadOnlyCollection<GoalReview> GoalReviews { get; }

    /// <summary>Gets the changes the review makes to the plan, in the order applied.</summary>
    /// <value>Possibly empty: a review may only record progress.</value>
    public ReadOnlyCollection<CarePlanChange> Changes { get; }

    /// <summary>Gets what changes have taken place.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? ChangesTakenPlace { get; }

    /// <summary>Gets the permissions answered at this review.</summary>
    /// <value>Answers; not asked means unchanged.</value>
    public SharingPermissions Permissions { get; }

    /// <summary>Describes the review by counts, without the person's words.</summary>
    /// <returns>For example <c>Care plan review: 2 goal reviews, 3 changes</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Care plan review: {GoalReviews.Count} goal reviews, {Changes.Count} changes");

    private static ReadOnlyCollection<T> CheckEntries<T>(IEnumerable<T> entries, string paramName)
        where T : class
    {
        var list = Preconditions.CheckNotNull(entries, paramName).ToList();
        Preconditions.CheckArgument(list.TrueForAll(e => e is not null), paramName, CarePlansMessages.NullEntry);
        return list.AsReadOnly();
    }
}
