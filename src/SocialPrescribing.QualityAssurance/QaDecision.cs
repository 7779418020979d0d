namespace SocialPrescribing.QualityAssurance;

/// <summary>The link worker's decision at the end of a QA review (seed section 9, and section 5 item 5).</summary>
/// <remarks>There is no "reject": a link worker who is not yet confident refers to the PCN line manager, who decides.</remarks>
public enum QaDecision
{
    /// <summary>Confident to connect people to the group.</summary>
    Connect = 1,

    /// <summary>Connect, with the actions agreed with the group.</summary>
    ConnectWithAgreedActions = 2,

    /// <summary>Not yet confident: referred to the PCN line manager ("Seek guidance from your PCN line manager where you are unsure", section 5 item 5).</summary>
    ReferredToLineManager = 3,
}
