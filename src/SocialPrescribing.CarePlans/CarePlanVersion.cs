using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// The plan as it stood from one date: the version the person agreed (number 1), or the version a review made
/// (seed section 5 item 3: reviews "assess progress and make changes").
/// </summary>
/// <remarks>
/// <para>
/// Every version stays readable: a review never rewrites an earlier one, it adds the next (docs/care-plans.md,
/// "Reviews and versions"). Version <c>n + 1</c> is version <c>n</c> with the review's <see cref="Changes"/> applied in
/// order, its goal reviews recorded, and its part two answers taken.
/// </para>
/// <para><see cref="ToString"/> shows only the version's number and counts, never the person's words.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlanVersion
{
    private static readonly ReadOnlyCollection<CarePlanChange> NoChanges = new([]);

    internal CarePlanVersion(int number, LocalDate date, CarePlanReview? review, PlanContent content)
    {
        Number = number;
        Date = date;
        Review = review;
        Content = content;
        ReviewDate = content.ReviewDate.GetValueOrDefault();
    }

    /// <summary>Gets the version's number.</summary>
    /// <value>1 for the version the person agreed; each review adds one.</value>
    public int Number { get; }

    /// <summary>Gets the date the version starts: the date agreed, or the date of the review that made it.</summary>
    /// <value>Never before the previous version's date.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the review that made this version.</summary>
    /// <value>The review, or <see langword="null"/> for the agreed version.</value>
    public CarePlanReview? Review { get; }

    /// <summary>Gets what the review changed, in the order applied.</summary>
    /// <value>The review's <see cref="CarePlanReview.Changes"/>; empty for the agreed version.</value>
    public IReadOnlyList<CarePlanChange> Changes => Review?.Changes ?? NoChanges;

    /// <summary>Gets the text of every text section filled in, by section key.</summary>
    /// <value>Non-blank text only, in the person's own words.</value>
    public IReadOnlyDictionary<string, string> Texts => Content.Texts;

    /// <summary>Gets the open goals, in the order added.</summary>
    /// <value>Each with its number and its reviews so far; closed goals are not listed.</value>
    public IReadOnlyList<CarePlanGoal> Goals => Content.Goals;

    /// <summary>Gets the open support connections, in the order added.</summary>
    /// <value>Each with its number; closed connections are not listed.</value>
    public IReadOnlyList<SupportConnection> Support => Content.Support;

    /// <summary>Gets when the plan is to be reviewed next ("when shall we check how it's going?", Appendix 4 item 7).</summary>
    /// <value>A date; every agreed plan has one.</value>
    public LocalDate ReviewDate { get; }

    /// <summary>Gets the person's answers to the sharing permissions as they stood in this version.</summary>
    /// <value>The answers.</value>
    public SharingPermissions Permissions => Content.Permissions;

    internal PlanContent Content { get; }

    /// <summary>Gets the text of a section in this version.</summary>
    /// <param name="sectionKey">The section's key.</param>
    /// <returns>The text, or <see langword="null"/> when not filled in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionKey"/> is null.</exception>
    public string? TextIn(string sectionKey)
        => Content.Texts.TryGetValue(Utility.Preconditions.CheckNotNull(sectionKey, nameof(sectionKey)), out string? text) ? text : null;

    /// <summary>Describes the version without the person's words.</summary>
    /// <returns>For example <c>Version 2 (reviewed): 3 goals, 1 support connections, 2 changes</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Version {Number} ({(Review is null ? "agreed" : "reviewed")}): {Goals.Count} goals, {Support.Count} support connections, {Changes.Count} changes");
}
