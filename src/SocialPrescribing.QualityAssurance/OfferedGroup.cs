using System.Diagnostics;

namespace SocialPrescribing.QualityAssurance;

/// <summary>A group the menu offers on the date asked, with what the link worker should know about it.</summary>
/// <param name="Group">The group.</param>
/// <param name="Notes">Notes for the link worker; <see cref="OfferNotes.ReviewDue"/> while its review is due, within the grace.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct OfferedGroup(CommunityGroup Group, OfferNotes Notes) : System.Numerics.IEqualityOperators<OfferedGroup, OfferedGroup, bool>
{
    /// <summary>Describes the entry.</summary>
    /// <returns>For example <c>G-12 offered (ReviewDue)</c>.</returns>
    public override string ToString() => $"{Group?.Id} offered ({Notes})";
}
