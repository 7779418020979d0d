using System.Diagnostics;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Referrals;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// An anonymous Friends and Family Test answer that belongs to no episode: the service it was returned for, the month,
/// the answer and, optionally, the person's free-text answer (docs/outcomes.md, "Activity figures").
/// </summary>
/// <remarks>
/// <para>
/// NHS England's FFT guidance ("Using the Friends and Family Test to improve patient experience", 2019, in force from
/// 1 April 2020) requires services to let people answer anonymously, to ask at least one free-text question after the
/// standard one, and to return the figures monthly; so an anonymous answer carries a service and a month, never a date
/// or a person. <see cref="EpisodeActivity"/> counts it in the period of its month, with the episodes' answers.
/// </para>
/// <para>
/// The free text is held for the service to read (<see cref="FreeText"/>), never counted and never printed:
/// <see cref="ToString"/>, the debugger display, every message and every table leave it out. It may be at most
/// <see cref="MaxFreeTextLength"/> characters (this library's choice, as Referrals' "what changed" in the person's
/// words).
/// </para>
/// <para>
/// A value that exists is valid: <see cref="Create"/> refuses the default ODS code, a month outside the ISO calendar,
/// an answer that is not a named member, and blank or too long free text.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class FriendsAndFamilyResponse
{
    /// <summary>The longest free-text answer held, in characters.</summary>
    public const int MaxFreeTextLength = 2000;

    private FriendsAndFamilyResponse(OdsCode service, YearMonth month, FriendsAndFamilyAnswer answer, string? freeText)
    {
        Service = service;
        Month = month;
        Answer = answer;
        FreeText = freeText;
    }

    /// <summary>Gets the service the answer was returned for.</summary>
    /// <value>The ODS code of a practice or a PCN (docs/outcomes.md says how each is grouped).</value>
    public OdsCode Service { get; }

    /// <summary>Gets the month the answer was given in.</summary>
    /// <value>A month in the ISO calendar.</value>
    public YearMonth Month { get; }

    /// <summary>Gets the answer to "Overall, how was your experience of our service?".</summary>
    /// <value>One of the six Friends and Family Test answers.</value>
    public FriendsAndFamilyAnswer Answer { get; }

    /// <summary>Gets the person's answer to the free-text question, for the service to read; never counted or printed.</summary>
    /// <value>1 to <see cref="MaxFreeTextLength"/> characters, not all white space; <see langword="null"/> when none was given.</value>
    public string? FreeText { get; }

    /// <summary>Makes an anonymous answer.</summary>
    /// <param name="service">The ODS code of the practice or PCN it was returned for.</param>
    /// <param name="month">The month it was given in.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="freeText">The answer to the free-text question, if any.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentException"><paramref name="service"/> is the default ODS code, <paramref name="month"/> is not in the ISO calendar, or <paramref name="freeText"/> is blank or longer than <see cref="MaxFreeTextLength"/> characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not a named member.</exception>
    public static FriendsAndFamilyResponse Create(OdsCode service, YearMonth month, FriendsAndFamilyAnswer answer, string? freeText = null)
    {
        Preconditions.CheckArgument(service != default, nameof(service), OutcomesMessages.FftServiceDefault);
        Preconditions.CheckArgument(month.Calendar == CalendarSystem.Iso, nameof(month), OutcomesMessages.FftMonthNotIso);
        Preconditions.CheckDefined(answer, nameof(answer));
        if (freeText is not null)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(freeText), nameof(freeText), OutcomesMessages.FftFreeTextBlank);
            Preconditions.CheckArgument(freeText.Length <= MaxFreeTextLength, nameof(freeText), OutcomesMessages.FftFreeTextTooLong);
        }

        return new FriendsAndFamilyResponse(service, month, answer, freeText);
    }

    /// <summary>Describes the answer by service, month and answer, never the free text.</summary>
    /// <returns>For example <c>FFT answer: A81001, 2026-09, Very good (free text withheld)</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"FFT answer: {Service}, {YearMonthPattern.Iso.Format(Month)}, {Answer.GetDisplayName()}{(FreeText is null ? string.Empty : " (free text withheld)")}");
}
