namespace SocialPrescribing.Referrals;

/// <summary>Why an event was entered in error (<see cref="EnteredInError"/>).</summary>
/// <remarks>Zero is not a member. This library's choice of reasons (<c>docs/referrals.md</c>).</remarks>
public enum ErrorReason
{
    /// <summary>The event belongs to another person.</summary>
    WrongPerson = 1,

    /// <summary>The event is dated wrongly.</summary>
    WrongDate = 2,

    /// <summary>The event's details are wrong.</summary>
    WrongDetails = 3,

    /// <summary>The event was recorded twice.</summary>
    Duplicate = 4,

    /// <summary>The event did not happen.</summary>
    DidNotHappen = 5,
}
