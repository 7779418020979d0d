namespace SocialPrescribing.Referrals;

/// <summary>The role of whoever recorded an event in an episode's history (seed section 7: the service's roles; section 1: who refers).</summary>
/// <remarks>Zero is not a member. See <c>docs/referrals.md</c>.</remarks>
public enum ActorRole
{
    /// <summary>A social prescribing link worker (seed section 4).</summary>
    LinkWorker = 1,

    /// <summary>The GP supervisor who supervises the link worker (seed section 7, "The role of a GP supervisor").</summary>
    GpSupervisor = 2,

    /// <summary>A member practice's first point of contact for the link worker (seed section 7, "First point of contact in each GP practice").</summary>
    FirstPointOfContact = 3,

    /// <summary>The professional or agency that referred the person (seed section 1; section 10, "Who made the referral").</summary>
    Referrer = 4,

    /// <summary>A member of staff recording on the service's behalf.</summary>
    Administrator = 5,

    /// <summary>The person referred (seed section 1: social prescribing "supports self-referral").</summary>
    Person = 6,

    /// <summary>A GP or another clinician of the practice, who may offer social prescribing (seed section 1: referrals from "the PCN's members").</summary>
    PracticeClinician = 7,

    /// <summary>A community group or agency the person is connected to, reporting what came of a connection itself (seed section 4, key tasks: "follow up to ensure they are happy, able to engage").</summary>
    CommunityGroupOrAgency = 8,
}
