using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace SocialPrescribing.Outcomes;

/// <summary>Which of the three social prescribing codes a row holds.</summary>
internal enum CodedActivityCode
{
    Offered,
    Declined,
    Referred,
}

/// <summary>
/// The mutable state of one practice (or PCN) in one period while it is being built: counts of each code, the people
/// offered and declined, and each referred person's earliest referral date in the period.
/// </summary>
/// <remarks>
/// Memory is in proportion to the distinct people of the group (docs/outcomes.md, "Coded GP activity"): the sets hold
/// the rows' own key strings, never copies. A state handed to a <see cref="CodedActivityPracticeGroup"/> is never
/// changed again.
/// </remarks>
internal sealed class CodedActivityGroupState
{
    internal CodedActivityGroupState(OdsCode organisation, ReportingPeriod period)
        : this(organisation, period, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, LocalDate>(StringComparer.Ordinal))
    {
    }

    private CodedActivityGroupState(OdsCode organisation, ReportingPeriod period, HashSet<string> offered, HashSet<string> declined, Dictionary<string, LocalDate> referred)
    {
        Organisation = organisation;
        Period = period;
        OfferedPeople = offered;
        DeclinedPeople = declined;
        FirstReferrals = referred;
    }

    internal OdsCode Organisation { get; }

    internal ReportingPeriod Period { get; }

    internal long OfferedCodes { get; private set; }

    internal long DeclinedCodes { get; private set; }

    internal long ReferredCodes { get; private set; }

    internal HashSet<string> OfferedPeople { get; }

    internal HashSet<string> DeclinedPeople { get; }

    internal Dictionary<string, LocalDate> FirstReferrals { get; }

    internal long Codes => OfferedCodes + DeclinedCodes + ReferredCodes;

    /// <summary>Builds a state from parts already checked (by <see cref="CodedActivityPracticeGroup.Create"/>).</summary>
    internal static CodedActivityGroupState FromParts(
        OdsCode organisation, ReportingPeriod period, long offeredCodes, long declinedCodes, long referredCodes,
        HashSet<string> offered, HashSet<string> declined, Dictionary<string, LocalDate> referred)
        => new(organisation, period, offered, declined, referred)
        {
            OfferedCodes = offeredCodes,
            DeclinedCodes = declinedCodes,
            ReferredCodes = referredCodes,
        };

    /// <summary>Counts one row: the hot path, one set or dictionary operation and no allocation beyond set growth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(CodedActivityCode code, string personKey, LocalDate date)
    {
        switch (code)
        {
            case CodedActivityCode.Referred:
                ReferredCodes++;
                ref LocalDate first = ref CollectionsMarshal.GetValueRefOrAddDefault(FirstReferrals, personKey, out bool exists);
                if (!exists || date < first)
                {
                    first = date;
                }

                break;
            case CodedActivityCode.Offered:
                OfferedCodes++;
                OfferedPeople.Add(personKey);
                break;
            default:
                DeclinedCodes++;
                DeclinedPeople.Add(personKey);
                break;
        }
    }

    /// <summary>Adds another state of the same group into this one, leaving the other unchanged.</summary>
    internal void AddFrom(CodedActivityGroupState other)
    {
        OfferedCodes += other.OfferedCodes;
        DeclinedCodes += other.DeclinedCodes;
        ReferredCodes += other.ReferredCodes;
        OfferedPeople.UnionWith(other.OfferedPeople);
        DeclinedPeople.UnionWith(other.DeclinedPeople);
        foreach (KeyValuePair<string, LocalDate> pair in other.FirstReferrals)
        {
            ref LocalDate first = ref CollectionsMarshal.GetValueRefOrAddDefault(FirstReferrals, pair.Key, out bool exists);
            if (!exists || pair.Value < first)
            {
                first = pair.Value;
            }
        }
    }

    /// <summary>Copies this state, for an organisation (the practice itself, or its PCN).</summary>
    internal CodedActivityGroupState CopyFor(OdsCode organisation)
        => FromParts(
            organisation,
            Period,
            OfferedCodes,
            DeclinedCodes,
            ReferredCodes,
            new HashSet<string>(OfferedPeople, StringComparer.Ordinal),
            new HashSet<string>(DeclinedPeople, StringComparer.Ordinal),
            new Dictionary<string, LocalDate>(FirstReferrals, StringComparer.Ordinal));
}
