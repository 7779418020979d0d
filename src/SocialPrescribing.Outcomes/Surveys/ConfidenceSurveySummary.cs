using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The community group confidence surveys of one group (seed section 12), summed: surveys returned, people connected,
/// the five-point answers to "coped well", the capacity groups reported, volunteers, and the free-text gaps and
/// development needs listed as written.
/// </summary>
/// <remarks>
/// <para>
/// Counts and sums merge exactly (<see cref="Merge"/>). The free text (questions 5 and 6) is listed, never counted into
/// a cell of a table: it is the group's words about its provision, kept in the order added, and never shown by
/// <see cref="ToString"/>.
/// </para>
/// <para>
/// Capacity: question 3 ("how many more people could you have coped with?") is asked only after "strongly disagree", so
/// <see cref="CapacityReported"/> counts the surveys that answered it and <see cref="CouldHaveCopedWith"/> holds the answers.
/// </para>
/// </remarks>
/// <threadsafety>Not safe to change from several threads: give each thread its own and <see cref="Merge"/> them.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ConfidenceSurveySummary : IEquatable<ConfidenceSurveySummary>, System.Numerics.IEqualityOperators<ConfidenceSurveySummary, ConfidenceSurveySummary, bool>
{
    private readonly List<string> _gaps = [];
    private readonly List<string> _developmentNeeds = [];

    /// <summary>Gets how many surveys were added.</summary>
    /// <value>0 or more.</value>
    public long Surveys { get; private set; }

    /// <summary>Gets the people the link workers connected to the group, summed over the surveys (question 1).</summary>
    /// <value>0 or more.</value>
    public long PeopleConnected { get; private set; }

    /// <summary>Gets the answers to "we coped well with the people connected" (question 2).</summary>
    /// <value>Totals <see cref="Surveys"/>.</value>
    public CategoryCounts<AgreementLevel> CopedWell { get; } = new();

    /// <summary>Gets how many surveys reported the group's capacity (question 3).</summary>
    /// <value>0 to <see cref="Surveys"/>.</value>
    public long CapacityReported => CouldHaveCopedWith.Count;

    /// <summary>Gets the answers to question 3: how many people the group could have coped with.</summary>
    /// <value>One value per survey that answered it.</value>
    public ValueCounts CouldHaveCopedWith { get; } = new();

    /// <summary>Gets the current volunteers, summed over the surveys (question 4).</summary>
    /// <value>0 or more.</value>
    public long Volunteers { get; private set; }

    /// <summary>Gets the gaps in provision the group named (question 5), as written.</summary>
    /// <value>A new read-only list, in the order added; blank answers are left out.</value>
    public ReadOnlyCollection<string> GapsInProvision => _gaps.ToList().AsReadOnly();

    /// <summary>Gets the development support the group said it needs (question 6), as written.</summary>
    /// <value>A new read-only list, in the order added; blank answers are left out.</value>
    public ReadOnlyCollection<string> DevelopmentSupportNeeded => _developmentNeeds.ToList().AsReadOnly();

    /// <summary>Merges two summaries into a new one, leaving both unchanged.</summary>
    /// <param name="first">The first summary.</param>
    /// <param name="second">The second summary.</param>
    /// <returns>The summary of both; counts add and the text lists are joined, the first's before the second's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    public static ConfidenceSurveySummary Merge(ConfidenceSurveySummary first, ConfidenceSurveySummary second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        var merged = new ConfidenceSurveySummary();
        merged.Add(first);
        merged.Add(second);
        return merged;
    }

    /// <summary>Adds one survey.</summary>
    /// <param name="response">The survey the group returned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public void Add(ConfidenceSurveyResponse response)
    {
        Preconditions.CheckNotNull(response, nameof(response));
        Surveys++;
        PeopleConnected += response.PeopleConnected;
        CopedWell.Increment(response.CopedWell);
        if (response.CouldHaveCopedWith is int capacity)
        {
            CouldHaveCopedWith.Add(Math.Min(capacity, ValueCounts.MaxValue));
        }

        Volunteers += response.CurrentVolunteers;
        if (response.GapsInProvision is string gaps)
        {
            _gaps.Add(gaps);
        }

        if (response.DevelopmentSupportNeeded is string needs)
        {
            _developmentNeeds.Add(needs);
        }
    }

    /// <summary>Adds every survey of another summary to this one.</summary>
    /// <param name="other">The summary to add; unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Add(ConfidenceSurveySummary other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        Surveys += other.Surveys;
        PeopleConnected += other.PeopleConnected;
        CopedWell.Add(other.CopedWell);
        CouldHaveCopedWith.Add(other.CouldHaveCopedWith);
        Volunteers += other.Volunteers;
        _gaps.AddRange(other._gaps);
        _developmentNeeds.AddRange(other._developmentNeeds);
    }

    /// <summary>Compares two summaries: counts, and the text lists as multisets (merge order does not matter).</summary>
    /// <param name="other">The summary to compare with.</param>
    /// <returns><see langword="true"/> when every count is equal and both list the same texts.</returns>
    public bool Equals(ConfidenceSurveySummary? other)
        => other is not null && Surveys == other.Surveys && PeopleConnected == other.PeopleConnected && CopedWell.Equals(other.CopedWell)
           && CouldHaveCopedWith.Equals(other.CouldHaveCopedWith) && Volunteers == other.Volunteers
           && _gaps.Order(StringComparer.Ordinal).SequenceEqual(other._gaps.Order(StringComparer.Ordinal), StringComparer.Ordinal)
           && _developmentNeeds.Order(StringComparer.Ordinal).SequenceEqual(other._developmentNeeds.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Compares two values for equality, as <see cref="Equals(ConfidenceSurveySummary)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ConfidenceSurveySummary? left, ConfidenceSurveySummary? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ConfidenceSurveySummary? left, ConfidenceSurveySummary? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal summary.</returns>
    public override bool Equals(object? obj) => Equals(obj as ConfidenceSurveySummary);

    /// <summary>Gets a hash code from the counts.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Surveys, PeopleConnected, Volunteers);

    /// <summary>Describes the summary by its counts, never its text.</summary>
    /// <returns>For example <c>4 surveys: 23 people connected, 9 volunteers, 1 capacity reported</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Surveys} surveys: {PeopleConnected} people connected, {Volunteers} volunteers, {CapacityReported} capacity reported");
}
