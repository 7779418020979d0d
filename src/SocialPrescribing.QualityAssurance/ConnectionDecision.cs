namespace SocialPrescribing.QualityAssurance;

/// <summary>The link worker's decision at the end of a quality assurance check: the agreement to connect is theirs to make (seed section 9, process step 3).</summary>
/// <remarks>
/// <para>
/// The link worker may decide not to connect for now, to a group they consider unsafe (section 9, principle 3), always
/// with a reason and the actions that would change the decision (process step 4: "work with the group to identify what
/// they can do proactively to enable participation"); see <see cref="QualityAssuranceCheck.DecideNotToConnect"/>.
/// </para>
/// <para>
/// Referring to the PCN line manager is not a decision: it asks for guidance (process step 4), recorded as
/// <see cref="LineManagerGuidance"/>, after which the link worker still decides. Nothing decides automatically, and
/// missing written policies are never a reason on their own (principles 4-6). See <c>docs/quality-assurance.md</c>.
/// </para>
/// </remarks>
public enum ConnectionDecision
{
    /// <summary>Confident to connect people to the group.</summary>
    Connect = 1,

    /// <summary>Connect, with the actions agreed with the group.</summary>
    ConnectWithAgreedActions = 2,

    // 3 meant "referred to the PCN line manager" before referral became a step rather than a decision: not reused.

    /// <summary>Not connecting people to the group for now, with a reason and the actions that would change it (section 9, principle 3 and process step 4).</summary>
    NotConnectingForNow = 4,
}
