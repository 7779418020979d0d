using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// A signed agreement to connect with one group, over time: when it must be reviewed, when the next catch-up and
/// confidence survey are due, where each stands on a date, and whether the agreement is current.
/// </summary>
/// <remarks>
/// <para>
/// Seed section 9, process steps 6 and 7, and section 12: the QA process is reviewed annually, or whenever there is a
/// significant change of group leadership; link workers and groups catch up at least every 6 months; the confidence
/// survey is conducted every six months. A leadership change brings the review forward to the date of the change.
/// </para>
/// <para>
/// Each schedule is a <see cref="Cadence"/>, taken as an optional parameter so a service can choose: reviews
/// <see cref="Cadence.Annual"/>, catch-ups and surveys <see cref="Cadence.SixMonthly"/> by default (the seed's
/// periods). Something not done is <see cref="ScheduleStatus.Due"/> from its due date to the end of the cadence's due
/// window, then <see cref="ScheduleStatus.Overdue"/> (<see cref="Cadence.StatusOn"/>). The seed names no grace: the due
/// window (one month by default) is this library's choice.
/// </para>
/// <para>
/// The agreement is current from its signing until its review is overdue: while the review is due (within the review
/// cadence's due window, the grace) the group is still offered, with a note; after it, not until the agreement is
/// renewed. Catch-ups and surveys are anchored on the date the agreement was signed, when the group starts receiving
/// people, and then on the last one done: this type is the one answer to "is this group's confidence survey overdue on
/// this date?". Every date recorded (leadership change, catch-up, survey, renewal) must be on or after the signing.
/// See <c>docs/quality-assurance.md</c>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class GroupSchedule
{
    private static readonly DueKind[] DueKinds = [DueKind.AgreementReview, DueKind.CatchUp, DueKind.ConfidenceSurvey];

    private readonly State _state;

    private GroupSchedule(State state)
    {
        _state = state;
        LocalDate annual = state.ReviewCadence.NextDueAfter(state.SignedOn);
        ReviewDueOn = state.LeadershipChanges.IsEmpty ? annual : LocalDate.Min(annual, state.LeadershipChanges.Min());
        CatchUpDueOn = state.CatchUpCadence.NextDueAfter(state.LastCatchUpOn ?? state.SignedOn);
        SurveyDueOn = state.SurveyCadence.NextDueAfter(state.LastSurveyOn ?? state.SignedOn);
    }

    /// <summary>Gets the group's id.</summary>
    /// <value>The menu's id for the group.</value>
    public string GroupId => _state.GroupId;

    /// <summary>Gets the date the agreement took effect.</summary>
    /// <value>When the second side signed (or the last renewal).</value>
    public LocalDate SignedOn => _state.SignedOn;

    /// <summary>Gets a value indicating whether the group connects with agreed actions.</summary>
    /// <value><see langword="true"/> when actions were agreed.</value>
    public bool WithAgreedActions => _state.WithAgreedActions;

    /// <summary>Gets the significant changes of group leadership recorded since signing.</summary>
    /// <value>Dates, in the order recorded.</value>
    public IReadOnlyList<LocalDate> LeadershipChanges => _state.LeadershipChanges;

    /// <summary>Gets the date of the last catch-up.</summary>
    /// <value>A date, or <see langword="null"/> if none since signing.</value>
    public LocalDate? LastCatchUpOn => _state.LastCatchUpOn;

    /// <summary>Gets the date of the last confidence survey.</summary>
    /// <value>A date, or <see langword="null"/> if none since signing.</value>
    public LocalDate? LastSurveyOn => _state.LastSurveyOn;

    /// <summary>Gets how often the agreement is reviewed, and the grace after a review falls due.</summary>
    /// <value><see cref="Cadence.Annual"/> unless the service chose another (section 9, process step 6: "reviewed annually").</value>
    public Cadence ReviewCadence => _state.ReviewCadence;

    /// <summary>Gets how often the link worker and the group catch up.</summary>
    /// <value><see cref="Cadence.SixMonthly"/> unless the service chose another (section 9, process step 7: "at least every 6 months").</value>
    public Cadence CatchUpCadence => _state.CatchUpCadence;

    /// <summary>Gets how often the confidence survey is conducted.</summary>
    /// <value><see cref="Cadence.SixMonthly"/> unless the service chose another (section 12: "every six months").</value>
    public Cadence SurveyCadence => _state.SurveyCadence;

    /// <summary>Gets the date the agreement must be reviewed.</summary>
    /// <value>One review interval after signing, or the earliest leadership change if sooner.</value>
    public LocalDate ReviewDueOn { get; }

    /// <summary>Gets the date the next catch-up is due.</summary>
    /// <value>One catch-up interval after the last catch-up, or after signing.</value>
    public LocalDate CatchUpDueOn { get; }

    /// <summary>Gets the date the next confidence survey is due.</summary>
    /// <value>One survey interval after the last survey, or after signing.</value>
    public LocalDate SurveyDueOn { get; }

    /// <summary>Starts tracking a signed agreement.</summary>
    /// <param name="groupId">The group's id.</param>
    /// <param name="signedOn">When it took effect.</param>
    /// <param name="withAgreedActions">Whether actions were agreed.</param>
    /// <param name="reviewCadence">How often it is reviewed and the grace after; default <see cref="Cadence.Annual"/>.</param>
    /// <param name="catchUpCadence">How often to catch up; default <see cref="Cadence.SixMonthly"/>.</param>
    /// <param name="surveyCadence">How often to survey; default <see cref="Cadence.SixMonthly"/>.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is empty.</exception>
    public static GroupSchedule Create(string groupId, LocalDate signedOn, bool withAgreedActions = false, Cadence? reviewCadence = null, Cadence? catchUpCadence = null, Cadence? surveyCadence = null)
    {
        Preconditions.CheckNotBlank(groupId, nameof(groupId), QualityAssuranceMessages.TextEmpty);
        return new GroupSchedule(new State
        {
            GroupId = groupId,
            SignedOn = signedOn,
            WithAgreedActions = withAgreedActions,
            ReviewCadence = reviewCadence ?? Cadence.Annual,
            CatchUpCadence = catchUpCadence ?? Cadence.SixMonthly,
            SurveyCadence = surveyCadence ?? Cadence.SixMonthly,
        });
    }

    /// <summary>Starts the schedule of the agreement to connect signed at the end of a quality assurance check.</summary>
    /// <param name="check">A check with a signed agreement to connect.</param>
    /// <param name="reviewCadence">How often it is reviewed and the grace after; default <see cref="Cadence.Annual"/>.</param>
    /// <param name="catchUpCadence">How often to catch up; default <see cref="Cadence.SixMonthly"/>.</param>
    /// <param name="surveyCadence">How often to survey; default <see cref="Cadence.SixMonthly"/>.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is null.</exception>
    /// <exception cref="ArgumentException">The check has no signed agreement to connect.</exception>
    public static GroupSchedule Start(QualityAssuranceCheck check, Cadence? reviewCadence = null, Cadence? catchUpCadence = null, Cadence? surveyCadence = null)
    {
        Preconditions.CheckNotNull(check, nameof(check));
        Preconditions.CheckArgument(check.AgreementToConnect is not null, nameof(check), QualityAssuranceMessages.NotSigned);
        return Create(check.GroupId, check.AgreementToConnect.SignedOn, check.WithAgreedActions, reviewCadence, catchUpCadence, surveyCadence);
    }

    /// <summary>Records a significant change of group leadership, which brings the review forward to that date (section 9, process step 6).</summary>
    /// <param name="on">The date of the change.</param>
    /// <returns>The updated agreement.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the agreement was signed.</exception>
    public GroupSchedule WithLeadershipChange(LocalDate on)
    {
        CheckNotBeforeSigning(on, QualityAssuranceMessages.LeadershipChangeBeforeSigning);
        return new GroupSchedule(_state with { LeadershipChanges = _state.LeadershipChanges.Add(on) });
    }

    /// <summary>Records a catch-up with the group (section 9, process step 7).</summary>
    /// <param name="on">The date of the catch-up.</param>
    /// <returns>The updated agreement; an earlier catch-up than the last one recorded changes nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the agreement was signed.</exception>
    public GroupSchedule WithCatchUp(LocalDate on)
    {
        CheckNotBeforeSigning(on, QualityAssuranceMessages.CatchUpBeforeSigning);
        return new GroupSchedule(_state with { LastCatchUpOn = LocalDate.Max(on, LastCatchUpOn ?? on) });
    }

    /// <summary>Records a completed confidence survey (section 12).</summary>
    /// <param name="on">The date it was completed.</param>
    /// <returns>The updated agreement; an earlier survey than the last one recorded changes nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the agreement was signed.</exception>
    public GroupSchedule WithSurvey(LocalDate on)
    {
        CheckNotBeforeSigning(on, QualityAssuranceMessages.SurveyBeforeSigning);
        return new GroupSchedule(_state with { LastSurveyOn = LocalDate.Max(on, LastSurveyOn ?? on) });
    }

    /// <summary>Records the agreement's review: it is renewed from that date, and earlier leadership changes are settled.</summary>
    /// <param name="on">The date of the renewal.</param>
    /// <param name="withAgreedActions">Whether actions were agreed at the review.</param>
    /// <returns>The renewed agreement, with the same cadences, catch-ups and surveys.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the agreement was signed.</exception>
    public GroupSchedule Renewed(LocalDate on, bool withAgreedActions)
    {
        CheckNotBeforeSigning(on, QualityAssuranceMessages.RenewalBeforeSigning);
        return new GroupSchedule(_state with { SignedOn = on, WithAgreedActions = withAgreedActions, LeadershipChanges = [] });
    }

    /// <summary>Gets the date something falls due next.</summary>
    /// <param name="what">The review, catch-up or survey.</param>
    /// <returns><see cref="ReviewDueOn"/>, <see cref="CatchUpDueOn"/> or <see cref="SurveyDueOn"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="what"/> is not a named member.</exception>
    public LocalDate DueDateOf(DueKind what) => what switch
    {
        DueKind.AgreementReview => ReviewDueOn,
        DueKind.CatchUp => CatchUpDueOn,
        DueKind.ConfidenceSurvey => SurveyDueOn,
        _ => throw new ArgumentOutOfRangeException(nameof(what), Preconditions.EnumValueNotDefined),
    };

    /// <summary>Gets the cadence of a review, catch-up or survey.</summary>
    /// <param name="what">The review, catch-up or survey.</param>
    /// <returns><see cref="ReviewCadence"/>, <see cref="CatchUpCadence"/> or <see cref="SurveyCadence"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="what"/> is not a named member.</exception>
    public Cadence CadenceOf(DueKind what) => what switch
    {
        DueKind.AgreementReview => ReviewCadence,
        DueKind.CatchUp => CatchUpCadence,
        DueKind.ConfidenceSurvey => SurveyCadence,
        _ => throw new ArgumentOutOfRangeException(nameof(what), Preconditions.EnumValueNotDefined),
    };

    /// <summary>Says where the next review, catch-up or survey stands on a date (<see cref="Cadence.StatusOn"/>).</summary>
    /// <param name="what">The review, catch-up or survey.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <returns>Not yet due before its due date; due from then to the end of its cadence's due window; overdue after.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="what"/> is not a named member.</exception>
    public ScheduleStatus StatusOn(DueKind what, LocalDate asOf) => CadenceOf(what).StatusOn(asOf, DueDateOf(what));

    /// <summary>Tests whether the agreement is current on a date: signed by then, and its review not overdue.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when people can be connected under it on that date, including while its review is due (the grace).</returns>
    public bool IsCurrentOn(LocalDate date) => date >= SignedOn && StatusOn(DueKind.AgreementReview, date) != ScheduleStatus.Overdue;

    /// <summary>Lists what this group is due for on a date: every review, catch-up or survey whose date has come, due or overdue.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <returns>Zero to three entries: review, catch-up, survey.</returns>
    public IReadOnlyList<DueItem> DueOn(LocalDate asOf)
    {
        var due = new List<DueItem>(3);
        foreach (DueKind kind in DueKinds)
        {
            if (ItemOn(kind, asOf) is DueItem item)
            {
                due.Add(item);
            }
        }

        return due.AsReadOnly();
    }

    /// <summary>Lists what every group is due for on a date, most overdue first.</summary>
    /// <param name="schedules">The schedules of the groups' agreements to connect.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <returns>Every review, catch-up or survey whose date has come, due or overdue: by due date, then in the order the schedules were given, then review, catch-up, survey.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> is null.</exception>
    public static IReadOnlyList<DueItem> DueList(IEnumerable<GroupSchedule> schedules, LocalDate asOf)
    {
        Preconditions.CheckNotNull(schedules, nameof(schedules));
        GroupSchedule[] all = schedules as GroupSchedule[] ?? schedules.ToArray();

        // Thousands of agreements: count, pack each entry into one sortable long (due date, agreement index, kind),
        // sort the longs, then build each entry once, with no intermediate list of entries.
        int count = 0;
        foreach (GroupSchedule agreement in all)
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
            GroupSchedule agreement = all[unchecked((int)((keys[i] & uint.MaxValue) >> 2))];
            sorted[i] = agreement.ItemOn((DueKind)(keys[i] & 3), asOf)!.Value;
        }

        return Array.AsReadOnly(sorted);
    }

    /// <summary>Describes the agreement's dates.</summary>
    /// <returns>For example <c>G-12 signed 2026-02-05, review due 2027-02-05</c>.</returns>
    public override string ToString() => $"{GroupId} signed {LocalDatePattern.Iso.Format(SignedOn)}, review due {LocalDatePattern.Iso.Format(ReviewDueOn)}";

    /// <summary>The due-list entry for <paramref name="kind"/> on <paramref name="asOf"/>, or <see langword="null"/> when not yet due.</summary>
    private DueItem? ItemOn(DueKind kind, LocalDate asOf)
    {
        ScheduleStatus status = StatusOn(kind, asOf);
        return status == ScheduleStatus.NotYetDue ? null : new DueItem(GroupId, kind, DueDateOf(kind), status);
    }

    /// <summary>Rejects a date before the signing; every caller's parameter is named <c>on</c>, as this one is.</summary>
    private void CheckNotBeforeSigning(LocalDate on, string message) => Preconditions.CheckArgument(on >= SignedOn, nameof(on), message);

    /// <summary>What was recorded on the schedule; each step copies it with <c>with</c>, naming what it changes, so no two dates can be swapped.</summary>
    private sealed record State
    {
        public required string GroupId { get; init; }

        public required LocalDate SignedOn { get; init; }

        public required bool WithAgreedActions { get; init; }

        public ImmutableList<LocalDate> LeadershipChanges { get; init; } = [];

        public LocalDate? LastCatchUpOn { get; init; }

        public LocalDate? LastSurveyOn { get; init; }

        public required Cadence ReviewCadence { get; init; }

        public required Cadence CatchUpCadence { get; init; }

        public required Cadence SurveyCadence { get; init; }
    }
}
