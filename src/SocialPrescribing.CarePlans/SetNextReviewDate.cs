using NodaTime;

namespace SocialPrescribing.CarePlans;

/// <summary>A review change: the person and link worker agree when to check how it's going next (seed section 5 item 3, "at regular, agreed intervals"; Appendix 4 item 7).</summary>
/// <remarks>
/// The seed sets no interval: the date is whatever the two agree. It must be after the date of the review that sets
/// it (this library's choice; docs/care-plans.md). A review that sets no date keeps the plan's review date.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SetNextReviewDate : CarePlanChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="date">When the next review will be.</param>
    public SetNextReviewDate(LocalDate date)
    {
        Date = date;
    }

    /// <summary>Gets when the next review will be.</summary>
    /// <value>Checked, when the review is applied, to be after the review's own date.</value>
    public LocalDate Date { get; }

    /// <summary>Names the kind of change.</summary>
    /// <returns><c>SetNextReviewDate</c>.</returns>
    public override string ToString() => "SetNextReviewDate";

    internal override PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate)
    {
        Check(Date > reviewDate, CarePlansMessages.NextReviewNotAfterReview);
        return content with { ReviewDate = Date };
    }
}
