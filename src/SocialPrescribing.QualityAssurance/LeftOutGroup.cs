using System.Diagnostics;

namespace SocialPrescribing.QualityAssurance;

/// <summary>A group serving the need that the menu left out on the date asked, with the reason.</summary>
/// <param name="Group">The group.</param>
/// <param name="Reason">Why it was left out.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct LeftOutGroup(CommunityGroup Group, LeftOutReason Reason) : System.Numerics.IEqualityOperators<LeftOutGroup, LeftOutGroup, bool>
{
    /// <summary>Describes the entry.</summary>
    /// <returns>For example <c>G-12 left out (ReviewOverdue)</c>.</returns>
    public override string ToString() => $"{Group?.Id} left out ({Reason})";
}
