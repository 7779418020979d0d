using System.Collections.ObjectModel;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The one check of a list of SNOMED CT codes the caller gives (needs and concerns, outcomes): concepts only, each once, in order.</summary>
internal static class SnomedCodes
{
    private static readonly ReadOnlyCollection<SctId> None = new([]);

    /// <summary>The codes, each once in the order given; empty for null.</summary>
    /// <exception cref="ArgumentException">A code is the default value or not a concept identifier.</exception>
    internal static ReadOnlyCollection<SctId> Distinct(IEnumerable<SctId>? codes, string paramName)
    {
        if (codes is null)
        {
            return None;
        }

        var distinct = new List<SctId>();
        foreach (SctId code in codes)
        {
            Check(code, paramName);
            if (!distinct.Contains(code))
            {
                distinct.Add(code);
            }
        }

        return distinct.Count == 0 ? None : distinct.AsReadOnly();
    }

    /// <summary>Refuses a code that is not a concept.</summary>
    /// <exception cref="ArgumentException">The code is the default value or not a concept identifier.</exception>
    internal static void Check(SctId code, string paramName)
        => Preconditions.CheckArgument(code != default && code.ComponentType == SctIdComponentType.Concept, paramName, ReferralsMessages.NotAConcept);
}
