using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Referrals;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The activity of one group, counted by the date each thing happened (activity figures, as against the cohort figures
/// of <see cref="GroupOutcomes"/>): contacts, time with people, connections, escalations, closures, satisfaction and
/// measures taken, as exact counts that merge.
/// </summary>
/// <remarks>
/// <para>
/// Each figure comes from the episode's public record: attended <see cref="Episode.Contacts"/> by their date and
/// duration, <see cref="Episode.Connections"/> by the date made, <see cref="Episode.Escalations"/> by date,
/// <see cref="Episode.ClosedOn"/> with its reason, the latest <see cref="Episode.Satisfaction"/> by the date answered,
/// <see cref="Episode.Ons4Responses"/> by the date asked and <see cref="Episode.PamAssessments"/> by date; and anonymous
/// <see cref="FriendsAndFamilyResponse"/>s by their month (docs/outcomes.md, "Activity figures").
/// </para>
/// <para>
/// Immutable: the aggregation fills the figures before it returns them, and no public member changes them.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once returned; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ActivityFigures : IEquatable<ActivityFigures>, System.Numerics.IEqualityOperators<ActivityFigures, ActivityFigures, bool>, IGroupFigures<ActivityFigures>
{
    private const long TicksPerMinute = NodaConstants.TicksPerMinute;
    private long _attendedContacts;
    private long _ticksWithPeople;
    private long _connectionsMade;
    private long _ons4Taken;
    private long _pamTaken;
    private long _anonymousAnswers;

    internal ActivityFigures()
    {
    }

    /// <summary>Gets how many contacts that took place (attended) fell in the group.</summary>
    /// <value>0 or more.</value>
    public long AttendedContacts => _attendedContacts;

    /// <summary>Gets the time spent with people in those contacts, in whole minutes (the group's total, rounded down).</summary>
    /// <value>0 or more.</value>
    public long MinutesWithPeople => _ticksWithPeople / TicksPerMinute;

    /// <summary>Gets the time spent with people in those contacts, to the tick (100 nanoseconds), as the figures keep it.</summary>
    /// <value>Zero or more; <see cref="MinutesWithPeople"/> is its whole minutes. Stored and sent in full, so that figures read back merge exactly.</value>
    public Duration TimeWithPeople => Duration.FromTicks(_ticksWithPeople);

    /// <summary>Gets how many connections were made in the group (by the date made).</summary>
    /// <value>0 or more.</value>
    public long ConnectionsMade => _connectionsMade;

    /// <summary>Gets how many escalations were recorded, to every recipient.</summary>
    /// <value>The total of <see cref="EscalationsByRecipient"/>.</value>
    public long Escalations => EscalationsByRecipient.Total;

    /// <summary>Gets the escalations by recipient.</summary>
    /// <value>One count per escalation, under the recipient it went to.</value>
    public CategoryCounts<EscalationRecipient> EscalationsByRecipient { get; } = new();

    /// <summary>Gets how many episodes were closed in the group (by the closure date).</summary>
    /// <value>The total of <see cref="ClosureReasons"/>.</value>
    public long Closures => ClosureReasons.Total;

    /// <summary>Gets the episodes closed, by closure reason.</summary>
    /// <value>One count per closed episode.</value>
    public CategoryCounts<ClosureReason> ClosureReasons { get; } = new();

    /// <summary>Gets how many ONS4 responses were taken (by the date asked).</summary>
    /// <value>0 or more.</value>
    public long Ons4Taken => _ons4Taken;

    /// <summary>Gets how many PAM assessments were taken (by date).</summary>
    /// <value>0 or more.</value>
    public long PamTaken => _pamTaken;

    /// <summary>Gets the Friends and Family Test answers given in the group: each episode's latest answer, by the date answered, and the anonymous answers, by month.</summary>
    /// <value>One count per answer.</value>
    public CategoryCounts<FriendsAndFamilyAnswer> Satisfaction { get; } = new();

    /// <summary>Gets how many of the <see cref="Satisfaction"/> answers were anonymous (belong to no episode).</summary>
    /// <value>0 to <c>Satisfaction.Total</c>.</value>
    public long AnonymousAnswers => _anonymousAnswers;

    /// <summary>Gets the share of the answers that were very good or good, of those other than "don't know" (the NHS FFT convention).</summary>
    /// <value>0 to 1; <see langword="null"/> when no answer other than "don't know" was given.</value>
    public decimal? SatisfactionSharePositive
    {
        get
        {
            long answered = Satisfaction.Total - Satisfaction[FriendsAndFamilyAnswer.DontKnow];
            return answered == 0 ? null : (decimal)(Satisfaction[FriendsAndFamilyAnswer.VeryGood] + Satisfaction[FriendsAndFamilyAnswer.Good]) / answered;
        }
    }

    /// <summary>Rebuilds a group's figures from their parts, as read back from storage (docs/outcomes.md, "Scaling out").</summary>
    /// <param name="attendedContacts">The attended contacts, 0 or more.</param>
    /// <param name="timeWithPeople">The time spent with people in them: 0 to 24 hours per attended contact, in whole ticks of 100 nanoseconds (<see cref="TimeWithPeople"/>).</param>
    /// <param name="connectionsMade">The connections made, 0 or more.</param>
    /// <param name="escalationsByRecipient">The escalations by recipient; copied.</param>
    /// <param name="closureReasons">The episodes closed, by closure reason; copied.</param>
    /// <param name="ons4Taken">The ONS4 responses taken, 0 or more.</param>
    /// <param name="pamTaken">The PAM assessments taken, 0 or more.</param>
    /// <param name="satisfaction">The Friends and Family Test answers; copied.</param>
    /// <param name="anonymousAnswers">How many of those answers were anonymous: 0 to their total.</param>
    /// <returns>The figures, equal to the figures they were read from.</returns>
    /// <exception cref="ArgumentNullException">A <see cref="CategoryCounts{TEnum}"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The time with people is negative, more than 24 hours per attended contact or not in whole ticks; or the anonymous answers are more than the answers.</exception>
    public static ActivityFigures Create(
        long attendedContacts,
        Duration timeWithPeople,
        long connectionsMade,
        CategoryCounts<EscalationRecipient> escalationsByRecipient,
        CategoryCounts<ClosureReason> closureReasons,
        long ons4Taken,
        long pamTaken,
        CategoryCounts<FriendsAndFamilyAnswer> satisfaction,
        long anonymousAnswers)
    {
        Preconditions.CheckArgumentRange(nameof(attendedContacts), attendedContacts, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(connectionsMade), connectionsMade, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(ons4Taken), ons4Taken, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(pamTaken), pamTaken, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(anonymousAnswers), anonymousAnswers, 0, long.MaxValue);
        Preconditions.CheckNotNull(escalationsByRecipient, nameof(escalationsByRecipient));
        Preconditions.CheckNotNull(closureReasons, nameof(closureReasons));
        Preconditions.CheckNotNull(satisfaction, nameof(satisfaction));
        bool inTicks = timeWithPeople >= Duration.Zero && timeWithPeople <= Duration.FromTicks(long.MaxValue)
            && Duration.FromTicks(timeWithPeople.BclCompatibleTicks) == timeWithPeople;
        Preconditions.CheckArgument(
            inTicks && (Int128)timeWithPeople.BclCompatibleTicks <= (Int128)attendedContacts * NodaConstants.TicksPerDay,
            nameof(timeWithPeople),
            OutcomesMessages.ActivityTimeWithPeople);
        Preconditions.CheckArgument(anonymousAnswers <= satisfaction.Total, nameof(anonymousAnswers), OutcomesMessages.ActivityAnonymousAnswers);
        var figures = new ActivityFigures
        {
            _attendedContacts = attendedContacts,
            _ticksWithPeople = timeWithPeople.BclCompatibleTicks,
            _connectionsMade = connectionsMade,
            _ons4Taken = ons4Taken,
            _pamTaken = pamTaken,
            _anonymousAnswers = anonymousAnswers,
        };
        figures.EscalationsByRecipient.Add(escalationsByRecipient);
        figures.ClosureReasons.Add(closureReasons);
        figures.Satisfaction.Add(satisfaction);
        return figures;
    }

    /// <summary>Merges the figures of two groups into new figures, leaving both unchanged.</summary>
    /// <param name="first">The first figures.</param>
    /// <param name="second">The second figures.</param>
    /// <returns>The figures of both; associative and commutative, with empty figures as identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    public static ActivityFigures Merge(ActivityFigures first, ActivityFigures second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        var merged = new ActivityFigures();
        merged.Add(first);
        merged.Add(second);
        return merged;
    }

    /// <summary>Compares two sets of figures figure by figure.</summary>
    /// <param name="other">The figures to compare with.</param>
    /// <returns><see langword="true"/> when every figure is equal (time with people to the tick).</returns>
    public bool Equals(ActivityFigures? other)
        => other is not null && _attendedContacts == other._attendedContacts && _ticksWithPeople == other._ticksWithPeople
           && _connectionsMade == other._connectionsMade && _ons4Taken == other._ons4Taken && _pamTaken == other._pamTaken
           && _anonymousAnswers == other._anonymousAnswers && EscalationsByRecipient.Equals(other.EscalationsByRecipient)
           && ClosureReasons.Equals(other.ClosureReasons) && Satisfaction.Equals(other.Satisfaction);

    /// <summary>Compares two values for equality, as <see cref="Equals(ActivityFigures)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ActivityFigures? left, ActivityFigures? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ActivityFigures? left, ActivityFigures? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> holds equal figures.</returns>
    public override bool Equals(object? obj) => Equals(obj as ActivityFigures);

    /// <summary>Gets a hash code from the counts of contacts, connections and answers.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_attendedContacts, _connectionsMade, Satisfaction.Total);

    /// <summary>Describes the figures by contacts, connections, closures and answers.</summary>
    /// <returns>For example <c>40 attended contacts, 12 connections made, 3 closed, 9 FFT answers</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{AttendedContacts} attended contacts, {ConnectionsMade} connections made, {Closures} closed, {Satisfaction.Total} FFT answers");

    /// <inheritdoc/>
    static ActivityFigures IGroupFigures<ActivityFigures>.Empty() => new();

    /// <inheritdoc/>
    void IGroupFigures<ActivityFigures>.AddFigures(ActivityFigures other) => Add(other);

    /// <summary>Adds every figure of another group to this one.</summary>
    internal void Add(ActivityFigures other)
    {
        _attendedContacts += other._attendedContacts;
        _ticksWithPeople += other._ticksWithPeople;
        _connectionsMade += other._connectionsMade;
        _ons4Taken += other._ons4Taken;
        _pamTaken += other._pamTaken;
        _anonymousAnswers += other._anonymousAnswers;
        EscalationsByRecipient.Add(other.EscalationsByRecipient);
        ClosureReasons.Add(other.ClosureReasons);
        Satisfaction.Add(other.Satisfaction);
    }

    internal void AddContact(Duration duration)
    {
        _attendedContacts++;
        _ticksWithPeople += duration.BclCompatibleTicks;
    }

    internal void AddConnection() => _connectionsMade++;

    internal void AddOns4() => _ons4Taken++;

    internal void AddPam() => _pamTaken++;

    internal void AddAnonymous(FriendsAndFamilyAnswer answer)
    {
        _anonymousAnswers++;
        Satisfaction.Increment(answer);
    }
}
