using System.Collections.ObjectModel;

namespace SocialPrescribing.Measures;

/// <summary>The six questions of the community group confidence survey, word for word from seed section 12.</summary>
/// <remarks>
/// Link workers conduct the survey with community groups and VCSE organisations every six months (section 12); when a
/// group's next survey is due is answered by the QualityAssurance package's group agreement, on the one six-monthly
/// <see cref="Cadence"/> (<c>docs/scheduling.md</c>).
/// </remarks>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class ConfidenceSurveyQuestions
{
    /// <summary>Question 1.</summary>
    public const string PeopleConnected = "How many people have been connected to your group/organisation by link workers over the past 6 months?";

    /// <summary>Question 2, with its statement and the seed's instruction "(Please tick one box below)".</summary>
    public const string CopedWell = "To what extent do you agree with this statement? \u2018We have coped well with receiving new people through social prescribing link workers in the past 6 months.\u2019 (Please tick one box below)";

    /// <summary>Question 3, asked only after "strongly disagree" to question 2.</summary>
    public const string CouldHaveCopedWith = "If you strongly disagree with the question above, what number of new people would you have been able to cope with in the past 6 months?";

    /// <summary>Question 4.</summary>
    public const string CurrentVolunteers = "How many volunteers are currently involved in your group or organisation?";

    /// <summary>Question 5 (free text).</summary>
    public const string GapsInProvision = "Are there any gaps in community provision that you have identified, and which local commissioners need to be aware of? If so, please tell us more in the box below:";

    /// <summary>Question 6 (free text).</summary>
    public const string DevelopmentSupport = "What development support does your group require from link workers and local partners over the next 6 months, to enable you to continue to be involved in social prescribing? Please use the box below to tell us more.";

    /// <summary>Gets the six questions in order.</summary>
    /// <value>Questions 1 to 6.</value>
    public static ReadOnlyCollection<string> All { get; } = Array.AsReadOnly([PeopleConnected, CopedWell, CouldHaveCopedWith, CurrentVolunteers, GapsInProvision, DevelopmentSupport]);
}
