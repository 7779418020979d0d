namespace SocialPrescribing;

/// <summary>A person's answer to a request for permission (seed section 5 item 7: not shared "without my permission").</summary>
public enum ConsentAnswer
{
    /// <summary>The person has not been asked; nothing may be shared. This is the default.</summary>
    NotAsked = 0,

    /// <summary>The person gave permission.</summary>
    Given = 1,

    /// <summary>The person refused, or withdrew, permission.</summary>
    Declined = 2,
}
