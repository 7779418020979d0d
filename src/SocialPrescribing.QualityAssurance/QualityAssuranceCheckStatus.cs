namespace SocialPrescribing.QualityAssurance;

/// <summary>Where a quality assurance check stands (seed section 9, QA process).</summary>
public enum QualityAssuranceCheckStatus
{
    /// <summary>Under way: the link worker has not decided. Never a refusal, whatever the sheet shows.</summary>
    InProgress = 1,

    /// <summary>Referred to the PCN line manager for guidance (process step 4); the guidance is awaited.</summary>
    AwaitingLineManager = 2,

    /// <summary>The link worker decided to connect; the agreement is not yet signed.</summary>
    ReadyToSign = 3,

    /// <summary>The agreement to connect is signed by both sides (process step 5).</summary>
    Agreed = 4,

    /// <summary>The link worker decided not to connect for now, with a reason and the actions that would change it (principle 3, process step 4).</summary>
    NotConnecting = 5,
}
