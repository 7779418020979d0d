using FluentValidation;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>A completed, valid community group confidence survey (seed section 12).</summary>
/// <remarks>
/// Only <see cref="Create"/> makes one, from a form that passes <see cref="ConfidenceSurveyFormValidator"/>,
/// so every response that exists is valid. <see cref="ToString"/> leaves out the free text.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ConfidenceSurveyResponse
{
    private ConfidenceSurveyResponse(ConfidenceSurveyForm s)
    {
        GroupId = s.GroupId!.Trim();
        CompletedOn = s.CompletedOn!.Value;
        PeopleConnected = s.PeopleConnected!.Value;
        CopedWell = s.CopedWell!.Value;
        CouldHaveCopedWith = s.CouldHaveCopedWith;
        CurrentVolunteers = s.CurrentVolunteers!.Value;
        GapsInProvision = string.IsNullOrWhiteSpace(s.GapsInProvision) ? null : s.GapsInProvision.Trim();
        DevelopmentSupportNeeded = string.IsNullOrWhiteSpace(s.DevelopmentSupportNeeded) ? null : s.DevelopmentSupportNeeded.Trim();
    }

    /// <summary>Gets the identifier of the community group the survey is from.</summary>
    /// <value>Not blank, trimmed: the identifier the QualityAssurance package's menu of groups uses (<c>CommunityGroup.Id</c>).</value>
    public string GroupId { get; }

    /// <summary>Gets the date the group completed the survey.</summary>
    /// <value>A calendar date.</value>
    public LocalDate CompletedOn { get; }

    /// <summary>Gets the answer to question 1.</summary>
    /// <value>0 or more.</value>
    public int PeopleConnected { get; }

    /// <summary>Gets the answer to question 2.</summary>
    /// <value>One of the five answers.</value>
    public AgreementLevel CopedWell { get; }

    /// <summary>Gets the answer to question 3.</summary>
    /// <value>0 or more, given only with strongly disagree; otherwise <see langword="null"/>.</value>
    public int? CouldHaveCopedWith { get; }

    /// <summary>Gets the answer to question 4.</summary>
    /// <value>0 or more.</value>
    public int CurrentVolunteers { get; }

    /// <summary>Gets the answer to question 5, trimmed.</summary>
    /// <value>Free text, or <see langword="null"/> when left blank.</value>
    public string? GapsInProvision { get; }

    /// <summary>Gets the answer to question 6, trimmed.</summary>
    /// <value>Free text, or <see langword="null"/> when left blank.</value>
    public string? DevelopmentSupportNeeded { get; }

    /// <summary>Checks a form and makes the response.</summary>
    /// <param name="form">The form as filled in.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    /// <exception cref="ValidationException">The form breaks a rule; each failure names the question.</exception>
    public static ConfidenceSurveyResponse Create(ConfidenceSurveyForm form)
    {
        Preconditions.CheckNotNull(form, nameof(form));
        ConfidenceSurveyFormValidator.Instance.ValidateAndThrow(form);
        return new ConfidenceSurveyResponse(form);
    }

    /// <summary>Summarises the numeric answers, without the free text.</summary>
    /// <returns>For example <c>Confidence survey of VCSE-014 2026-06-30: 12 connected, Agree, 8 volunteers</c> (the group's identifier names an organisation, not a person).</returns>
    public override string ToString() => $"Confidence survey of {GroupId} {LocalDatePattern.Iso.Format(CompletedOn)}: {PeopleConnected} connected, {CopedWell}, {CurrentVolunteers} volunteers";
}
