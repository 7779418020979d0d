namespace SocialPrescribing.Referrals;

/// <summary>Who a message back at closure is for (PRSB "Message back to GP and referrer").</summary>
/// <remarks>Zero is not a member.</remarks>
public enum MessageBackRecipient
{
    /// <summary>The person's registered GP practice.</summary>
    RegisteredGp = 1,

    /// <summary>The professional or agency that referred the person.</summary>
    Referrer = 2,
}
