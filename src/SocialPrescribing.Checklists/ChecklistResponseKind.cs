namespace SocialPrescribing.Checklists;

/// <summary>The kind of answer a checklist item takes, besides its free-text columns.</summary>
public enum ChecklistResponseKind
{
    /// <summary>Only free text, in the item's columns (for example the actions, lead, timescales and resources of a plan row).</summary>
    TextOnly = 1,

    /// <summary>Yes or no.</summary>
    YesNo = 2,

    /// <summary>A self-assessment from 1 (low) to 5 (high), as in the CCG self-evaluation (seed Appendix 3).</summary>
    SelfAssessment = 3,

    /// <summary>The date the item was completed, as in the link worker induction (seed section 6).</summary>
    CompletionDate = 4,
}
