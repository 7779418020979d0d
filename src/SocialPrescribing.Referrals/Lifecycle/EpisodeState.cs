namespace SocialPrescribing.Referrals;

/// <summary>Where an episode of social prescribing stands: the states of the table in <c>docs/referrals.md</c>.</summary>
/// <remarks>
/// Zero is not a member. <see cref="Declined"/>, <see cref="NotAccepted"/> and <see cref="Closed"/> are final: they take
/// no further change; a new referral of the same person is a new episode, which may link to this one.
/// </remarks>
public enum EpisodeState
{
    /// <summary>Social prescribing has been offered to the person (SNOMED CT 871691000000100, seed section 10).</summary>
    Offered = 1,

    /// <summary>The person declined, at the offer or while waiting to be seen (SNOMED CT 871711000000103, seed section 10). Final.</summary>
    Declined = 2,

    /// <summary>The person accepted the referral (SNOMED CT 871731000000106); it waits for a link worker to accept it.</summary>
    Referred = 3,

    /// <summary>A link worker accepted the referral and holds the episode; no attended contact yet.</summary>
    Accepted = 4,

    /// <summary>The service did not accept the referral: not appropriate, or redirected to another service. Final.</summary>
    NotAccepted = 5,

    /// <summary>The first attended contact with the link worker took place (seed section 10, "First contact - when, where").</summary>
    FirstContactMade = 6,

    /// <summary>A personalised care and support plan was agreed (seed section 8; section 5 item 3).</summary>
    PlanAgreed = 7,

    /// <summary>The person was introduced to at least one community group or service (seed section 10; section 5 item 4).</summary>
    Connected = 8,

    /// <summary>The care and support plan is being reviewed (seed section 5 item 3: reviewed "at regular, agreed intervals").</summary>
    UnderReview = 9,

    /// <summary>Support is paused, with a reason and an expected resume date; resuming returns to the state before.</summary>
    OnHold = 10,

    /// <summary>The episode ended, with a closure reason. Final.</summary>
    Closed = 11,

    /// <summary>The offer was never answered and has lapsed (<see cref="OfferLapsed"/>); final, codes nothing. This library's choice: the seed and PRSB give an offer no end.</summary>
    Lapsed = 12,
}
