namespace SocialPrescribing.CarePlans;

/// <summary>Ready-made care plan templates.</summary>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class CarePlanTemplates
{
    /// <summary>Gets the seed's sample personalised care and support plan (Appendix 4): 11 numbered sections in two parts.</summary>
    /// <value>The sample template, id <c>appendix-4-sample</c>.</value>
    /// <remarks>
    /// <para>
    /// Name and headings are Appendix 4's, word for word (line breaks of the printed form joined, its en dash and
    /// curly apostrophe kept), except that the trailing colon of headings 1 to 6 is dropped: on the form the colon
    /// leads into the space to write in, while the person's copy prints each heading on its own line above their
    /// words (this library's choice; docs/care-plans.md). Headings 7 to 11 end in "?" as in the seed. The part
    /// headings and the "Name and contact details for person:" and "NHS number:" labels are printed by the
    /// person's copy, also word for word.
    /// </para>
    /// <para>
    /// The prompts (for the link worker; never printed on the person's copy) are this library's own paraphrases, not
    /// the seed's words. Their sources: prompt 1, section 8's top tips on starting with what matters ("don't just ask
    /// them outright"; important people, good and bad days, what they would miss) and on using the person's own
    /// words; prompt 2, section 8's "keep checking what the person wants you to write"; prompt 3, section 5 item 5
    /// (information shared only "with my permission, on a 'need to know' basis") with section 8's "any health
    /// conditions that groups and agencies need to know about"; prompt 4, section 8's tip on clear, realistic goals
    /// ("what is working and what is not working"); prompt 5, section 8's tips on what the person can expect from
    /// support and their worries about being introduced; prompt 6, section 8's tip on what the person can do for
    /// themselves; prompt 7, section 5 item 3 (review "at regular, agreed intervals") with section 8's "be clear about
    /// what the person can do if it's not working"; prompt 8, Appendix 4's "to be completed after 6 months" with
    /// section 8's tip on the person's own words; prompts 9 to 11, this library's own (Appendix 4 asks each as a
    /// yes/no question; section 8 lists "permissions").
    /// </para>
    /// <para>
    /// Required to agree (this library's choice; the seed leaves it open): what matters to me, my goals, the support I
    /// am being connected to, and the review date.
    /// </para>
    /// </remarks>
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
