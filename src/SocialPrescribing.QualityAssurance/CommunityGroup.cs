using System.Collections.Frozen;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// One entry of the "easy to read menu" of local community groups and services (seed section 5 item 4): what it is,
/// which needs it serves, where and when it meets, accessibility, contact, its QA state and its capacity.
/// </summary>
/// <remarks>A group is an organisation, not a person: its details are not person-identifiable, but the contact may name one, so <see cref="ToString"/> gives only the id and name.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CommunityGroup
{
    private readonly State _state;

    /// <summary>Creates a menu entry.</summary>
    /// <param name="id">A stable id, unique in the menu.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="kind">VCSE organisation or small volunteer-led group.</param>
    /// <param name="categories">The connection categories of seed section 10 it serves; at least one.</param>
    /// <param name="whereAndWhen">Where and when it meets.</param>
    /// <param name="contact">How to contact it.</param>
    /// <param name="accessibilityNotes">Accessibility notes, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or there are no categories.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or a category is not a named member.</exception>
    public CommunityGroup(string id, string name, OrganisationKind kind, IEnumerable<ConnectionCategoryKind> categories, string whereAndWhen, string contact, string? accessibilityNotes = null)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        _state = new State
        {
            Id = TextArguments.Required(id, nameof(id)),
            Name = TextArguments.Required(name, nameof(name)),
            Kind = kind,
            Categories = ToSet(categories),
            WhereAndWhen = TextArguments.Required(whereAndWhen, nameof(whereAndWhen)),
            Contact = TextArguments.Required(contact, nameof(contact)),
            AccessibilityNotes = string.IsNullOrWhiteSpace(accessibilityNotes) ? null : accessibilityNotes.Trim(),
        };
    }

    private CommunityGroup(State state) => _state = state;

    /// <summary>Gets the group's id.</summary>
    /// <value>Unique in the menu.</value>
    public string Id => _state.Id;

    /// <summary>Gets the group's name.</summary>
    /// <value>Text.</value>
    public string Name => _state.Name;

    /// <summary>Gets the kind of organisation.</summary>
    /// <value>VCSE organisation or small volunteer-led group.</value>
    public OrganisationKind Kind => _state.Kind;

    /// <summary>Gets the connection categories the group serves.</summary>
    /// <value>At least one.</value>
    public IReadOnlySet<ConnectionCategoryKind> Categories => _state.Categories;

    /// <summary>Gets where and when the group meets.</summary>
    /// <value>Text.</value>
    public string WhereAndWhen => _state.WhereAndWhen;

    /// <summary>Gets accessibility notes.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? AccessibilityNotes => _state.AccessibilityNotes;

    /// <summary>Gets how to contact the group.</summary>
    /// <value>Text.</value>
    public string Contact => _state.Contact;

    /// <summary>Gets the schedule of the group's agreement to connect (its review, catch-ups and surveys), if one has been signed.</summary>
    /// <value>The schedule, or <see langword="null"/>.</value>
    public GroupSchedule? Schedule => _state.Schedule;

    /// <summary>Gets a value indicating whether a quality assurance check is under way.</summary>
    /// <value><see langword="true"/> while a check is in progress.</value>
    public bool CheckInProgress => _state.CheckInProgress;

    /// <summary>Gets a value indicating whether the link worker decided not to connect for now (seed section 9, principle 3 and process step 4).</summary>
    /// <value><see langword="true"/> when the group's latest check is <see cref="QualityAssuranceCheckStatus.NotConnecting"/>.</value>
    public bool NotConnecting => _state.NotConnecting;

    /// <summary>Gets the capacity last reported.</summary>
    /// <value>The report, or <see langword="null"/> if none (unknown capacity does not keep a group off the menu).</value>
    public CapacityReport? Capacity => _state.Capacity;

    /// <summary>Returns this entry with the latest quality assurance check's outcome: in progress, not connecting, or a signed agreement to connect (keeping the cadences of any earlier schedule).</summary>
    /// <param name="check">The group's latest quality assurance check.</param>
    /// <returns>The updated entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is null.</exception>
    /// <exception cref="ArgumentException">The check is of another group.</exception>
    public CommunityGroup WithCheck(QualityAssuranceCheck check)
    {
        Preconditions.CheckNotNull(check, nameof(check));
        Preconditions.CheckArgument(check.GroupId == Id, nameof(check), QualityAssuranceMessages.OtherGroup);
        return check.Status switch
        {
            QualityAssuranceCheckStatus.Agreed => WithState(GroupSchedule.Start(check, Schedule?.ReviewCadence, Schedule?.CatchUpCadence, Schedule?.SurveyCadence), checkInProgress: false, notConnecting: false),
            QualityAssuranceCheckStatus.NotConnecting => WithState(Schedule, checkInProgress: false, notConnecting: true),
            _ => WithState(Schedule, checkInProgress: true, notConnecting: false),
        };
    }

    /// <summary>Returns this entry with the schedule of its agreement to connect (for example after a leadership change, catch-up or renewal).</summary>
    /// <param name="schedule">The schedule of the group's agreement to connect.</param>
    /// <returns>The updated entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public CommunityGroup WithSchedule(GroupSchedule schedule) => WithState(Preconditions.CheckNotNull(schedule, nameof(schedule)), checkInProgress: false, notConnecting: false);

    /// <summary>Returns this entry with the capacity last reported.</summary>
    /// <param name="capacity">The report.</param>
    /// <returns>The updated entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="capacity"/> is null.</exception>
    public CommunityGroup WithCapacity(CapacityReport capacity) => new(_state with { Capacity = Preconditions.CheckNotNull(capacity, nameof(capacity)) });

    /// <summary>Gets where the group stands with quality assurance on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The state the menu shows.</returns>
    public QualityAssuranceState StateOn(LocalDate date)
    {
        if (NotConnecting)
        {
            return QualityAssuranceState.NotConnecting;
        }

        if (Schedule is GroupSchedule agreement && date >= agreement.SignedOn)
        {
            return !agreement.IsCurrentOn(date) ? QualityAssuranceState.ReviewOverdue
                : agreement.WithAgreedActions ? QualityAssuranceState.AgreedWithActions
                : QualityAssuranceState.Agreed;
        }

        return CheckInProgress ? QualityAssuranceState.InProgress : QualityAssuranceState.None;
    }

    /// <summary>Says why the group cannot be offered on a date, or <see langword="null"/> if it can.</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The reason it is left out, or <see langword="null"/> when safe to connect: agreement current (its review not yet
    /// due, or due and within the grace), not stopped by the link worker, capacity not reported as none.
    /// </returns>
    public LeftOutReason? ReasonLeftOutOn(LocalDate date) => StateOn(date) switch
    {
        QualityAssuranceState.NotConnecting => LeftOutReason.NotConnecting,
        QualityAssuranceState.ReviewOverdue => LeftOutReason.ReviewOverdue,
        QualityAssuranceState.None or QualityAssuranceState.InProgress => LeftOutReason.NoAgreement,
        _ => Capacity is { CanTakeNewPeople: false } ? LeftOutReason.NoCapacity : null,
    };

    /// <summary>Gets what the menu notes about the group on a date, when it is offered.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see cref="OfferNotes.ReviewDue"/> while the agreement's review is due (within the grace); otherwise <see cref="OfferNotes.None"/>.</returns>
    public OfferNotes NotesOn(LocalDate date)
        => Schedule is GroupSchedule agreement && agreement.StatusOn(DueKind.AgreementReview, date) == ScheduleStatus.Due ? OfferNotes.ReviewDue : OfferNotes.None;

    /// <summary>Gives the id and name.</summary>
    /// <returns>For example <c>G-12 Tuesday Walking Group</c>.</returns>
    public override string ToString() => $"{Id} {Name}";

    /// <summary>This entry with a check's outcome: the schedule and the two flags, always set together.</summary>
    private CommunityGroup WithState(GroupSchedule? schedule, bool checkInProgress, bool notConnecting)
        => new(_state with { Schedule = schedule, CheckInProgress = checkInProgress, NotConnecting = notConnecting });

    private static FrozenSet<ConnectionCategoryKind> ToSet(IEnumerable<ConnectionCategoryKind> categories)
    {
        FrozenSet<ConnectionCategoryKind> set = Preconditions.CheckNotNull(categories, nameof(categories)).ToFrozenSet();
        Preconditions.CheckArgument(set.Count > 0, nameof(categories), QualityAssuranceMessages.NoCategories);
        foreach (ConnectionCategoryKind category in set)
        {
            Preconditions.CheckDefined(category, nameof(categories));
        }

        return set;
    }

    /// <summary>The entry's details and QA state; each change copies it with <c>with</c>, naming what it changes, so no two flags can be swapped.</summary>
    private sealed record State
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required OrganisationKind Kind { get; init; }

        public required FrozenSet<ConnectionCategoryKind> Categories { get; init; }

        public required string WhereAndWhen { get; init; }

        public required string Contact { get; init; }

        public string? AccessibilityNotes { get; init; }

        public GroupSchedule? Schedule { get; init; }

        public bool CheckInProgress { get; init; }

        public bool NotConnecting { get; init; }

        public CapacityReport? Capacity { get; init; }
    }
}
