using System.Collections.Immutable;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// A signed agreement to connect with one group, over time: when it must be reviewed, when the next catch-up and
/// confidence survey are due, and whether it is current on a date.
/// </summary>
/// <remarks>
/// <para>
/// DESIGN.md and seed section 9: agreements are reviewed annually, or on a significant change of group leadership;
/// catch-ups at least every 6 months; the confidence survey every six months (section 12). A leadership change brings
/// the review forward to the date of the change. The agreement is current from its signing to its review due date,
/// inclusive; after that the review is overdue and the group is not offered until the agreement is renewed.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class GroupAgreement
{
    private readonly ImmutableList<LocalDate> _leadershipChanges;

    private GroupAgreement(string groupId, LocalDate signedOn, bool withAgreedActions, ImmutableList<LocalDate> leadershipChanges, LocalDate? lastCatchUpOn, LocalDate? lastSurveyOn)
    {
        GroupId = groupId;
        SignedOn = signedOn;
        WithAgreedActions = withAgreedActions;
        _leadershipChanges = leadershipChanges;
        LastCatchUpOn = lastCatchUpOn;
        LastSurveyOn = lastSurveyOn;
        LocalDate annual = signedOn.Plus(ReviewInterval);
        ReviewDueOn = leadershipChanges.IsEmpty ? annual : LocalDate.Min(annual, leadershipChanges.Min());
        CatchUpDueOn = (lastCatchUpOn ?? signedOn).Plus(CatchUpInterval);
        SurveyDueOn = (lastSurveyOn ?? signedOn).Plus(SurveyInterval);
    }

    /// <summary>Gets the interval between reviews of an agreement, 1 year.</summary>
    /// <value>1 year.</value>
    public static Period ReviewInterval { get; } = Period.FromYears(1);

    /// <summary>Gets the longest interval between catch-ups, 6 months.</summary>
    /// <value>6 months.</value>
    public static Period CatchUpInterval { get; } = Period.FromMonths(6);

    /// <summary>Gets the interval between confidence surveys, 6 months.</summary>
    /// <value>6 months.</value>
    public static Period SurveyInterval { get; } = Period.FromMonths(6);

    /// <summary>Gets the group's id.</summary>
    /// <value>The menu's id for the group.</value>
    public string GroupId { get; }

    /// <summary>Gets the date the agreement took effect.</summary>
    /// <value>When the second side signed (or the last renewal).</value>
    public LocalDate SignedOn { get; }

    /// <summary>Gets a value indicating whether the group connects with agreed actions.</summary>
    /// <value><see langword="true"/> when actions were agreed.</value>
    public bool WithAgreedActions { get; }

    /// <summary>Gets the significant changes of group leadership recorded since signing.</summary>
    /// <value>Dates, in the order recorded.</value>
    public IReadOnlyList<LocalDate> LeadershipChanges => _leadershipChanges;

    /// <summary>Gets the date of the last catch-up.</summary>
    /// <value>A date, or <see langword="null"/> if none since signing.</value>
    public LocalDate? LastCatchUpOn { get; }

    /// <summary>Gets the date of the last confidence survey.</summary>
    /// <value>A date, or <see langword="null"/> if none since signing.</value>
    public LocalDate? LastSurveyOn { get; }

    /// <summary>Gets the date the agreement must be reviewed.</summary>
    /// <value>One year after signing, or the earliest leadership change if sooner.</value>
    public LocalDate ReviewDueOn { get; }

    /// <summary>Gets the date the next catch-up is due.</summary>
    /// <value>6 months after the last catch-up, or after signing.</value>
    public LocalDate CatchUpDueOn { get; }

    /// <summary>Gets the date the next confidence survey is due.</summary>
    /// <value>6 months after the last survey, or after signing.</value>
    public LocalDate SurveyDueOn { get; }

    /// <summary>Starts tracking a signed agreement.</summary>
    /// <param name="groupId">The group's id.</param>
    /// <param name="signedOn">When it took effect.</param>
    /// <param name="withAgreedActions">Whether actions were agreed.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is empty.</exception>
    public static GroupAgreement Create(string groupId, LocalDate signedOn, bool withAgreedActions = false)
    {
        Preconditions.CheckNotBlank(groupId, nameof(groupId), QaMessages.TextEmpty);
        return new GroupAgreement(groupId, signedOn, withAgreedActions, [], null, null);
    }

    /// <summary>Starts tracking the agreement of a signed QA review.</summary>
    /// <param name="review">A review with a signed agreement.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentException">The review has no signed agreement.</exception>
    public static GroupAgreement From(QaReview review)
    {
        Preconditions.CheckNotNull(review, nameof(review));
        Preconditions.CheckArgument(review.Agreement is not null, nameof(review), QaMessages.NotSigned);
        return Create(review.GroupId, review.Agreement.SignedOn, review.WithAgreedActions);
    }

    /// <summary>Records a significant change of group leadership, which brings the review forward to that date.</summary>
    /// <param name="on">The date of the change.</param>
    /// <returns>The updated agreement.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the agreement was signed.</exception>
    public GroupAgreement WithLeadershipChange(LocalDate on)
    {
        Preconditions.CheckArgument(on >= SignedOn, nameof(on), QaMessages.LeadershipChangeBeforeSigning);
        return new GroupAgreement(GroupId, SignedOn, WithAgreedActions, _leadershipChanges.Add(on), LastCatchUpOn, LastSurveyOn);
    }

    /// <summary>Records a catch-up with the group.</summary>
    /// <param name="on">The date of the catch-up.</param>
    /// <returns>The updated agreement.</returns>
    public GroupAgreement WithCatchUp(LocalDate on)
        => new(GroupId, SignedOn, WithAgreedActions, _leadershipChanges, LocalDate.Max(on, LastCatchUpOn ?? on), LastSurveyOn);

    /// <summary>Records a completed confidence survey.</summary>
    /// <param name="on">The date it was completed.</param>
    /// <returns>The updated agreement.</returns>
    public GroupAgreement WithSurvey(LocalDate on)
        => new(GroupId, SignedOn, WithAgreedActions, _leadershipChanges, LastCatchUpOn, LocalDate.Max(on, LastSurveyOn ?? on));

    /// <summary>Records the agreement's review: it is renewed from that date, and earlier leadership changes are settled.</summary>
    /// <param name="on">The date of the renewal.</param>
    /// <param name="withAgreedActions">Whether actions were agreed at the review.</param>
    /// <returns>The renewed agreement.</returns>
    public GroupAgreement Renewed(LocalDate on, bool withAgreedActions)
        => new(GroupId, on, withAgreedActions, [], LastCatchUpOn, LastSurveyOn);

    /// <summary>Tests whether the agreement is current on a date: signed by then, and its review not overdue.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when people can be connected under it on that date.</returns>
    public bool IsCurrentOn(LocalDate date) => date >= SignedOn && date <= ReviewDueOn;

    /// <summary>Lists what this group is due for on a date: every review, catch-up or survey whose date has come.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <returns>Zero to three entries.</returns>
    public IReadOnlyList<DueItem> DueOn(LocalDate asOf)
    {
        var due = new List<DueItem>(3);
        AddDue(due, asOf);
        return due.AsReadOnly();
    }

    /// <summary>Lists what every group is due for on a date, most overdue first.</summary>
    /// <param name="agreements">The agreements.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <returns>Every review, catch-up or survey whose date has come: by due date, then in the order the agreements were given, then review, catch-up, survey.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreements"/> is null.</exception>
    public static IReadOnlyList<DueItem> DueList(IEnumerable<GroupAgreement> agreements, LocalDate asOf)
    {
        Preconditions.CheckNotNull(agreements, nameof(agreements));
        GroupAgreement[] all = agreements as GroupAgreement[] ?? agreements.ToArray();

        // Thousands of agreements: count, pack each entry into one sortable long (due date, agreement index, kind),
        // sort the longs, then build each entry once, with no intermediate list of entries.
        int count = 0;
        foreach (GroupAgreement agreement in all)
        {
            count += (agreement.ReviewDueOn <= asOf ? 1 : 0) + (agreement.CatchUpDueOn <= asOf ? 1 : 0) + (agreement.SurveyDueOn <= asOf ? 1 : 0);
        }

        var keys = new long[count];
        int k = 0;
        for (int index = 0; index < all.Length; index++)
        {
            foreach (DueKind kind in DueKinds)
            {
                LocalDate dueOn = all[index].DueDateOf(kind);
                if (dueOn <= asOf)
                {
                    keys[k++] = ((long)dueOn.ToDateOnly().DayNumber << 32) | ((long)index << 2) | (long)kind;
                }
            }
        }

        Array.Sort(keys);
        var sorted = new DueItem[count];
        for (int i = 0; i < count; i++)
        {
            GroupAgreement agreement = all[unchecked((int)((keys[i] & uint.MaxValue) >> 2))];
            var kind = (DueKind)(keys[i] & 3);
            LocalDate dueOn = agreement.DueDateOf(kind);
            sorted[i] = new DueItem(agreement.GroupId, kind, dueOn, asOf > dueOn);
        }

        return Array.AsReadOnly(sorted);
    }

    private static readonly DueKind[] DueKinds = [DueKind.AgreementReview, DueKind.CatchUp, DueKind.ConfidenceSurvey];

    /// <summary>The date this agreement falls due for <paramref name="kind"/>.</summary>
    private LocalDate DueDateOf(DueKind kind) => kind switch
    {
        DueKind.AgreementReview => ReviewDueOn,
        DueKind.CatchUp => CatchUpDueOn,
        _ => SurveyDueOn,
    };

    /// <summary>Describes the agreement's dates.</summary>
    /// <returns>For example <c>G-12 signed 2026-02-05, review due 2027-02-05</c>.</returns>
    public override string ToString() => $"{GroupId} signed {SignedOn:uuuu-MM-dd}, review due {ReviewDueOn:uuuu-MM-dd}";

    private void AddDue(List<DueItem> due, LocalDate asOf)
    {
        foreach (DueKind kind in DueKinds)
        {
            LocalDate dueOn = DueDateOf(kind);
            if (dueOn <= asOf)
            {
                due.Add(new DueItem(GroupId, kind, dueOn, asOf > dueOn));
            }
        }
    }
}
