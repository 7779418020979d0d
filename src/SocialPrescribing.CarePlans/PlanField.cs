namespace SocialPrescribing.CarePlans;

/// <summary>What a template section holds: one of the parts of a plan the seed lists (section 8), or free text of the service's own.</summary>
public enum PlanField
{
    /// <summary>What matters to me (part one). Text.</summary>
    WhatMattersToMe = 1,

    /// <summary>How best to support me: what people need to know about me and my life (part one). Text.</summary>
    HowBestToSupportMe = 2,

    /// <summary>Any health conditions that groups and agencies need to know about (part one). Text.</summary>
    HealthConditions = 3,

    /// <summary>My goals, each with its own review (part one).</summary>
    Goals = 4,

    /// <summary>The support I am being connected to, and what I can expect from it (part one).</summary>
    Support = 5,

    /// <summary>What I can do to support myself to meet my goals (part one). Text.</summary>
    WhatICanDo = 6,

    /// <summary>Review: when we will check how it is going (part one). A date.</summary>
    ReviewDate = 7,

    /// <summary>What changes have taken place (part two). Text.</summary>
    ChangesTakenPlace = 8,

    /// <summary>Whether I am happy to share my personal story (part two). A permission.</summary>
    ShareMyStory = 9,

    /// <summary>Whether I am willing to complete a satisfaction survey (part two). A permission.</summary>
    SatisfactionSurvey = 10,

    /// <summary>Whether I am happy to take part in ongoing data collection and evaluation (part two). A permission.</summary>
    OngoingDataCollection = 11,

    /// <summary>A section of the service's own, holding text (either part).</summary>
    FreeText = 12,
}
