using NodaTime;

namespace SocialPrescribing.Measures;

/// <summary>A confidence survey as it arrives from a form; <see cref="ConfidenceSurveyFormValidator"/> checks it.</summary>
/// <remarks>Turn a valid form into a <see cref="ConfidenceSurveyResponse"/> with <see cref="ConfidenceSurveyResponse.Create"/>.</remarks>
/// <threadsafety>Mutable (bound by forms); not safe to share between threads while it changes.</threadsafety>
public sealed class ConfidenceSurveyForm
{
    /// <summary>Gets or sets the identifier of the community group the survey is from.</summary>
    /// <value>
    /// Required; not blank; trimmed. The same identifier the QualityAssurance package's menu of groups uses
    /// (<c>CommunityGroup.Id</c>, also <c>GroupSchedule.GroupId</c>): an organisation's identifier, never a person's.
    /// </value>
    public string? GroupId { get; set; }

    /// <summary>Gets or sets the date the group completed the survey.</summary>
    /// <value>Required.</value>
    public LocalDate? CompletedOn { get; set; }

    /// <summary>Gets or sets the answer to question 1: people connected by link workers over the past 6 months.</summary>
    /// <value>Required; not negative.</value>
    public int? PeopleConnected { get; set; }

    /// <summary>Gets or sets the answer to question 2: "We have coped well with receiving new people ...".</summary>
    /// <value>Required; one of the five answers.</value>
    public AgreementLevel? CopedWell { get; set; }

    /// <summary>Gets or sets the answer to question 3: how many new people the group could have coped with.</summary>
    /// <value>Only with "strongly disagree" to question 2; not negative.</value>
    public int? CouldHaveCopedWith { get; set; }

    /// <summary>Gets or sets the answer to question 4: volunteers currently involved.</summary>
    /// <value>Required; not negative.</value>
    public int? CurrentVolunteers { get; set; }

    /// <summary>Gets or sets the answer to question 5: gaps in community provision.</summary>
    /// <value>Optional free text, at most 2000 characters.</value>
    public string? GapsInProvision { get; set; }

    /// <summary>Gets or sets the answer to question 6: development support needed over the next 6 months.</summary>
    /// <value>Optional free text, at most 2000 characters.</value>
    public string? DevelopmentSupportNeeded { get; set; }
}
