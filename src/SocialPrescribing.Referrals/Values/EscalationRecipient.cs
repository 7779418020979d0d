namespace SocialPrescribing.Referrals;

/// <summary>To whom a concern was escalated (seed section 4, key tasks: "the GP supervisor and/or identified individual(s)", "the GP or other suitable health professional").</summary>
/// <remarks>Zero is not a member.</remarks>
public enum EscalationRecipient
{
    /// <summary>The GP supervisor (seed section 7).</summary>
    GpSupervisor = 1,

    /// <summary>The person's GP.</summary>
    Gp = 2,

    /// <summary>Another suitable health professional.</summary>
    OtherHealthProfessional = 3,

    /// <summary>An identified individual, such as a safeguarding lead.</summary>
    IdentifiedIndividual = 4,

    /// <summary>The local authority's safeguarding team (seed section 7: "abuse, domestic violence, or other safeguarding issues").</summary>
    LocalAuthoritySafeguardingTeam = 5,

    /// <summary>The emergency services.</summary>
    EmergencyServices = 6,
}
