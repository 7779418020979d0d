using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>From a date until the next segment's, the next ONS4 and PAM an episode's schedule gives (<see cref="MeasureSegments"/>).</summary>
/// <param name="From">The segment's first date: a breakpoint.</param>
/// <param name="Ons4Due">The next ONS4's due date, when <paramref name="Ons4Occasion"/> is not -1.</param>
/// <param name="Ons4Occasion">How many ONS4 counted before the next one (0 for the baseline); -1 when none is next.</param>
/// <param name="PamDue">The next PAM's due date, when <paramref name="PamOccasion"/> is not -1.</param>
/// <param name="PamOccasion">How many PAM counted before the next one; -1 when none is next (nor for a person PAM does not suit).</param>
internal readonly record struct MeasureSegment(LocalDate From, LocalDate Ons4Due, int Ons4Occasion, LocalDate PamDue, int PamOccasion)
{
    /// <summary>Gets a value indicating whether an ONS4 is next.</summary>
    internal bool HasOns4 => Ons4Occasion >= 0;

    /// <summary>Gets a value indicating whether a PAM is next.</summary>
    internal bool HasPam => PamOccasion >= 0;

    /// <summary>Whether two segments give the same next assessments, whatever their dates.</summary>
    /// <param name="other">The segment before.</param>
    /// <returns><see langword="true"/> when the next ONS4 and PAM are the same.</returns>
    internal bool SameAnswers(MeasureSegment other)
        => Ons4Occasion == other.Ons4Occasion && PamOccasion == other.PamOccasion
            && (!HasOns4 || Ons4Due == other.Ons4Due) && (!HasPam || PamDue == other.PamDue);
}
