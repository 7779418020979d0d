namespace SocialPrescribing.CarePlans;

/// <summary>Ready-made care plan templates.</summary>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class CarePlanTemplates
{
    /// <summary>Gets the seed's sample personalised care and support plan (Appendix 4): 11 numbered sections in two parts.</summary>
    /// <value>
    /// Headings word for word from Appendix 4; prompts from the "top tips" of section 8. Required to agree (this
    /// library's choice; the seed leaves it open): what matters to me, my goals, the support I am being connected to,
    /// and the review date.
    /// </value>
    public static CarePlanTemplate Appendix4Sample { get; } = new CarePlanTemplateBuilder("appendix-4-sample", "Sample personalised care and support plan")
        .Add("what-matters", "1. What matters to me", "Start with what matters to the person, but don't ask outright: ask about important people, what makes a good day and a bad day, and the things they would miss. Use their own words, not professional-speak.", CarePlanPart.PartOne, PlanField.WhatMattersToMe, requiredToAgree: true)
        .Add("how-best-to-support", "2. How best to support me, what people need to know about me and my life", "Keep checking what the person wants you to write.", CarePlanPart.PartOne, PlanField.HowBestToSupportMe)
        .Add("health-conditions", "3. Any health conditions that agencies need to know about", "Only what groups and agencies need to know, shared with the person's permission on a need-to-know basis.", CarePlanPart.PartOne, PlanField.HealthConditions)
        .Add("goals", "4. My goals", "Create clear goals together, realistic and reflecting the person's priorities: ask what is working and what is not working.", CarePlanPart.PartOne, PlanField.Goals, requiredToAgree: true)
        .Add("support", "5. Summary of support that I am being connected to, including what I can expect from support", "Discuss what the person can expect from the support, and any worries about being introduced to groups or agencies.", CarePlanPart.PartOne, PlanField.Support, requiredToAgree: true)
        .Add("what-i-can-do", "6. What I can do to support myself to meet my goals", "Help the person think about what they can do for themselves, with the support of those closest to them.", CarePlanPart.PartOne, PlanField.WhatICanDo)
        .Add("review", "7. Review \u2013 when shall we check how it\u2019s going?", "Agree when to review, and be clear what the person can do if it's not working.", CarePlanPart.PartOne, PlanField.ReviewDate, requiredToAgree: true)
        .Add("changes", "8. What changes have taken place?", "After 6 months: in the person's own words.", CarePlanPart.PartTwo, PlanField.ChangesTakenPlace)
        .Add("share-story", "9. I am happy to share my personal story?", "Ask; record yes or no.", CarePlanPart.PartTwo, PlanField.ShareMyStory)
        .Add("satisfaction-survey", "10. I am willing to complete a satisfaction survey?", "Ask; record yes or no.", CarePlanPart.PartTwo, PlanField.SatisfactionSurvey)
        .Add("data-collection", "11. I am happy to participate in ongoing data collection and evaluation?", "Ask; record yes or no.", CarePlanPart.PartTwo, PlanField.OngoingDataCollection)
        .Build();
}
