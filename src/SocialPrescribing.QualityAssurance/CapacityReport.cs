using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>A group's capacity for new people, as last reported at a catch-up or in the confidence survey.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CapacityReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="canTakeNewPeople">Whether the group can take new people now.</param>
    /// <param name="places">How many, if the group said; otherwise <see langword="null"/>.</param>
    /// <param name="reportedOn">When it was reported.</param>
    /// <param name="source">Where it was reported.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="places"/> is negative, or <paramref name="source"/> is not a named member.</exception>
    public CapacityReport(bool canTakeNewPeople, int? places, LocalDate reportedOn, CapacitySource source)
    {
        if (places is int p)
        {
            Preconditions.CheckArgumentRange(nameof(places), p, 0, int.MaxValue);
        }

        Preconditions.CheckDefined(source, nameof(source));
        CanTakeNewPeople = canTakeNewPeople && places != 0;
        Places = places;
        ReportedOn = reportedOn;
        Source = source;
    }

    /// <summary>Gets a value indicating whether the group can take new people.</summary>
    /// <value><see langword="false"/> when the group said no, or said it has 0 places.</value>
    public bool CanTakeNewPeople { get; }

    /// <summary>Gets how many new people the group can take, if it said.</summary>
    /// <value>0 or more, or <see langword="null"/>.</value>
    public int? Places { get; }

    /// <summary>Gets when the capacity was reported.</summary>
    /// <value>A date.</value>
    public LocalDate ReportedOn { get; }

    /// <summary>Gets where the capacity was reported.</summary>
    /// <value>Catch-up or confidence survey.</value>
    public CapacitySource Source { get; }
}
