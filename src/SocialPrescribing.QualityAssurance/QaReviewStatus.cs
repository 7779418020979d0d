namespace SocialPrescribing.QualityAssurance;

/// <summary>Where a QA review stands.</summary>
public enum QaReviewStatus
{
    /// <summary>Under way: the link worker has not decided. Never a refusal, whatever the sheet shows.</summary>
    InProgress = 1,

    /// <summary>Referred to the PCN line manager, whose outcome is awaited.</summary>
    AwaitingLineManager = 2,

    /// <summary>A decision to connect (by the link worker or the line manager), not yet signed.</summary>
    ReadyToSign = 3,

    /// <summary>The agreement to connect is signed.</summary>
    Agreed = 4,

    /// <summary>The PCN line manager decided not to connect for now.</summary>
    NotConnecting = 5,
}
