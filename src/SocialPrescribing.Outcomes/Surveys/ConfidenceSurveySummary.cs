using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Community group confidence surveys (seed section 12) summed over one or more groups: surveys returned, people
/// connected, the five-point answers to "coped well", the capacity groups reported, each group's current volunteers,
/// and the free-text gaps and development needs listed as written.
/// </summary>
/// <remarks>
/// <para>
/// Questions 1 to 3 describe the past 6 months, so they add over the surveys. Question 4 asks how many volunteers are
/// <em>currently</em> involved, so <see cref="Volunteers"/> takes each group's latest answer (by
/// <see cref="ConfidenceSurveyResponse.CompletedOn"/>; on the same date, the later recorded) and adds those over the
/// groups: a group surveyed twice counts its volunteers once (this library's reading of section 12). Groups are told
/// apart by <see cref="ConfidenceSurveyResponse.GroupId"/>, compared ordinally.
/// </para>
/// <para>
/// Question 3 is "what number of new people would you have been able to cope with in the past 6 months?"
/// (<see cref="ConfidenceSurveyQuestions.CouldHaveCopedWith"/>), asked only after "strongly disagree":
/// <see cref="CapacityReported"/> counts the surveys that answered it and <see cref="CouldHaveCopedWith"/> holds the
/// answers (an answer above <see cref="ValueCounts.MaxValue"/> is counted in its <see cref="ValueCounts.OutOfRange"/>).
/// </para>
/// <para>
/// Counts and sums merge exactly (<see cref="Merge"/>). The free text (questions 5 and 6) is listed, never counted into
/// a cell of a table: it is the group's words about its provision, kept in the order recorded, and never shown by
/// <see cref="ToString"/>.
/// </para>
/// <para>Immutable: made by <see cref="Of"/> or <see cref="Merge"/>; no public member changes it.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ConfidenceSurveySummary : IEquatable<ConfidenceSurveySummary>, System.Numerics.IEqualityOperators<ConfidenceSurveySummary, ConfidenceSurveySummary, bool>
{
    private readonly List<string> _gaps = [];
    private readonly List<string> _developmentNeeds = [];
    private readonly Dictionary<string, Latest> _latest = new(StringComparer.Ordinal);

    /// <summary>Initializes an empty summary: no surveys.</summary>
    public ConfidenceSurveySummary()
    {
    }

    /// <summary>Gets how many surveys were summed.</summary>
    /// <value>0 or more.</value>
    public long Surveys { get; private set; }

    /// <summary>Gets how many distinct groups returned a survey.</summary>
    /// <value>0 to <see cref="Surveys"/>.</value>
    public int Groups => _latest.Count;

    /// <summary>Gets the people the link workers connected to the groups, summed over the surveys (question 1).</summary>
    /// <value>0 or more.</value>
    public long PeopleConnected { get; private set; }

    /// <summary>Gets the answers to "we coped well with the people connected" (question 2).</summary>
    /// <value>Totals <see cref="Surveys"/>.</value>
    public CategoryCounts<AgreementLevel> CopedWell { get; } = new();

    /// <summary>Gets how many surveys reported the group's capacity (question 3).</summary>
    /// <value>0 to <see cref="Surveys"/>.</value>
    public long CapacityReported => CouldHaveCopedWith.Count + CouldHaveCopedWith.OutOfRange;

    /// <summary>Gets the answers to question 3: the number of new people the group would have been able to cope with.</summary>
    /// <value>One value per survey that answered it.</value>
    public ValueCounts CouldHaveCopedWith { get; } = new();

    /// <summary>Gets the current volunteers: each group's latest answer to question 4, summed over the groups.</summary>
    /// <value>0 or more; a group surveyed more than once counts once, with its latest survey (the later recorded on the same date).</value>
    public long Volunteers => _latest.Values.Sum(l => (long)l.Volunteers);

    /// <summary>Gets the gaps in provision the groups named (question 5), as written.</summary>
    /// <value>A new read-only list, in the order recorded; blank answers are left out.</value>
    public ReadOnlyCollection<string> GapsInProvision => _gaps.ToList().AsReadOnly();

    /// <summary>Gets the development support the groups said they need (question 6), as written.</summary>
    /// <value>A new read-only list, in the order recorded; blank answers are left out.</value>
    public ReadOnlyCollection<string> DevelopmentSupportNeeded => _developmentNeeds.ToList().AsReadOnly();

    /// <summary>Sums surveys given in the order they were recorded.</summary>
    /// <param name="responses">The surveys, earliest recorded first: on the same completion date, a later one replaces an earlier one's volunteers.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="responses"/> holds null.</exception>
    public static ConfidenceSurveySummary Of(IEnumerable<ConfidenceSurveyResponse> responses)
    {
        Preconditions.CheckNotNull(responses, nameof(responses));
        var summary = new ConfidenceSurveySummary();
        foreach (ConfidenceSurveyResponse response in responses)
        {
            Preconditions.CheckArgument(response is not null, nameof(responses), OutcomesMessages.NullSurvey);
            summary.Add(response);
        }

        return summary;
    }

    /// <summary>Merges two summaries into a new one, leaving both unchanged; the second's surveys count as recorded after the first's.</summary>
    /// <param name="first">The first summary.</param>
    /// <param name="second">The second summary: on a tie of a group's latest completion date, its volunteers win.</param>
    /// <returns>
    /// The summary of both: counts add, text lists are joined (the first's before the second's), and each group keeps its
    /// latest survey. Associative, with an empty summary as identity; commutative except when one group's latest surveys
    /// in the two share a completion date.
    /// </returns>
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

    /// <summary>Compares two summaries: counts, each group's latest survey, and the text lists as multisets.</summary>
    /// <param name="other">The summary to compare with.</param>
    /// <returns><see langword="true"/> when every count is equal, the same groups have the same latest date and volunteers, and both list the same texts.</returns>
    public bool Equals(ConfidenceSurveySummary? other)
        => other is not null && Surveys == other.Surveys && PeopleConnected == other.PeopleConnected && CopedWell.Equals(other.CopedWell)
           && CouldHaveCopedWith.Equals(other.CouldHaveCopedWith) && _latest.Count == other._latest.Count
           && _latest.All(l => other._latest.TryGetValue(l.Key, out Latest theirs) && theirs == l.Value)
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
    /// <returns>For example <c>4 surveys from 3 groups: 23 people connected, 9 volunteers, 1 capacity reported</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Surveys} surveys from {Groups} groups: {PeopleConnected} people connected, {Volunteers} volunteers, {CapacityReported} capacity reported");

    private void Add(ConfidenceSurveyResponse response)
    {
        Surveys++;
        PeopleConnected += response.PeopleConnected;
        CopedWell.Increment(response.CopedWell);
        if (response.CouldHaveCopedWith is int capacity)
        {
            CouldHaveCopedWith.Add(capacity);
        }

        Keep(response.GroupId, new Latest(response.CompletedOn, response.CurrentVolunteers));
        if (response.GapsInProvision is string gaps)
        {
            _gaps.Add(gaps);
        }

        if (response.DevelopmentSupportNeeded is string needs)
        {
            _developmentNeeds.Add(needs);
        }
    }

    private void Add(ConfidenceSurveySummary other)
    {
        Surveys += other.Surveys;
        PeopleConnected += other.PeopleConnected;
        CopedWell.Add(other.CopedWell);
        CouldHaveCopedWith.Add(other.CouldHaveCopedWith);
        foreach (KeyValuePair<string, Latest> group in other._latest)
        {
            Keep(group.Key, group.Value);
        }

        _gaps.AddRange(other._gaps);
        _developmentNeeds.AddRange(other._developmentNeeds);
    }

    /// <summary>Keeps a group's survey when it is its latest: a later date, or the same date recorded later.</summary>
    private void Keep(string group, Latest survey)
    {
        if (!_latest.TryGetValue(group, out Latest kept) || survey.CompletedOn >= kept.CompletedOn)
        {
            _latest[group] = survey;
        }
    }

    /// <summary>A group's latest completion date and its answer to question 4 then.</summary>
    private readonly record struct Latest(LocalDate CompletedOn, int Volunteers);
}
