using System.Runtime.InteropServices;
using NodaTime;

namespace SocialPrescribing.Outcomes;

/// <summary>Which of the three social prescribing codes a person has in a group: a set of flags.</summary>
[Flags]
internal enum PersonCodes
{
    None = 0,
    Offered = 1,
    Declined = 2,
    Referred = 4,
}

/// <summary>
/// One person in one practice group: the codes they have there and, when referred, their first referral date in the
/// group's period. The person is a number into the person keys the group shares with its partial
/// (docs/outcomes.md, "Coded GP activity"), so the report counts people with arrays, never by hashing keys again.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct PersonMark(int person, PersonCodes codes, LocalDate firstReferral)
{
    /// <summary>The person's number in the shared keys.</summary>
    internal readonly int Person = person;

    /// <summary>The codes the person has in the group; never <see cref="PersonCodes.None"/>.</summary>
    internal readonly PersonCodes Codes = codes;

    /// <summary>The first referral date in the period when <see cref="Codes"/> holds <see cref="PersonCodes.Referred"/>.</summary>
    internal readonly LocalDate FirstReferral = firstReferral;
}
