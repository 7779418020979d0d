using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// A SNOMED CT simple reference set as the caller holds it: its identifier and the concepts that are its members. The
/// library ships no members: it checks codes against the members the caller loads (docs/demographics.md, "Coded needs,
/// support and outcomes").
/// </summary>
/// <remarks>
/// <para>
/// The social prescribing minimum dataset (part of the PRSB Social Prescribing Information Standard) codes needs and
/// concerns, and support offered, with SNOMED CT reference sets that NHS England distributes on request
/// (england.socialprescribing@nhs.net): <see cref="NeedsAndConcernsId"/> and <see cref="SupportOfferedId"/>. Load a
/// release file with SocialPrescribing.Analytics (<c>ReferenceSetFiles</c>) or build one from any list of members.
/// </para>
/// <para>Codes are not personal data: <see cref="ToString"/> names the set and its size.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ReferenceSet
{
    private readonly FrozenSet<SctId> _members;

    /// <summary>Creates a reference set from its identifier and members.</summary>
    /// <param name="id">The reference set's concept identifier.</param>
    /// <param name="members">The concepts in it; repeats are dropped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a member is the default value or not a concept identifier.</exception>
    public ReferenceSet(SctId id, IEnumerable<SctId> members)
    {
        Preconditions.CheckArgument(id != default && id.ComponentType == SctIdComponentType.Concept, nameof(id), CoreMessages.SnomedConceptNotConcept);
        Preconditions.CheckNotNull(members, nameof(members));
        var set = new HashSet<SctId>();
        foreach (SctId member in members)
        {
            Preconditions.CheckArgument(member != default && member.ComponentType == SctIdComponentType.Concept, nameof(members), CoreMessages.SnomedConceptNotConcept);
            set.Add(member);
        }

        Id = id;
        _members = set.ToFrozenSet();
    }

    /// <summary>Gets the identifier NHS England gives the social prescribing needs and concerns reference set.</summary>
    /// <value>1373501000000105.</value>
    public static SctId NeedsAndConcernsId { get; } = SctId.Parse("1373501000000105");

    /// <summary>Gets the identifier NHS England gives the social prescribing support offered reference set (activities referred to included).</summary>
    /// <value>1373511000000107.</value>
    public static SctId SupportOfferedId { get; } = SctId.Parse("1373511000000107");

    /// <summary>Gets the reference set's identifier.</summary>
    /// <value>A concept identifier.</value>
    public SctId Id { get; }

    /// <summary>Gets how many concepts are members.</summary>
    /// <value>0 or more.</value>
    public int Count => _members.Count;

    /// <summary>Says whether a concept is a member. Never throws.</summary>
    /// <param name="concept">The concept.</param>
    /// <returns><see langword="true"/> when it is a member.</returns>
    public bool Contains(SctId concept) => _members.Contains(concept);

    /// <summary>Names the set and its size.</summary>
    /// <returns>For example <c>Reference set 1373501000000105 (214 members)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Reference set {Id} ({Count} members)");
}
