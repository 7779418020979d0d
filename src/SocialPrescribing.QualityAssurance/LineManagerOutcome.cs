namespace SocialPrescribing.QualityAssurance;

/// <summary>What the PCN line manager decided about a group the link worker referred.</summary>
public enum LineManagerOutcome
{
    /// <summary>Connect people to the group.</summary>
    Connect = 1,

    /// <summary>Connect, with agreed actions.</summary>
    ConnectWithAgreedActions = 2,

    /// <summary>Do not connect people to the group for now.</summary>
    DoNotConnect = 3,
}
