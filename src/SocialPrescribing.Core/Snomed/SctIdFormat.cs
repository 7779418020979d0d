using System.Diagnostics.CodeAnalysis;

namespace SocialPrescribing;

/// <summary>Whether an SCTID carries a namespace identifier, from the first digit of its partition identifier.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Short and long format are SNOMED CT's own terms.")]
public enum SctIdFormat
{
    /// <summary>Short format (partition 0x): a component of the International Release, with no namespace identifier.</summary>
    Short = 0,

    /// <summary>Long format (partition 1x): an extension component, with a 7-digit namespace identifier before the partition.</summary>
    Long = 1,
}
