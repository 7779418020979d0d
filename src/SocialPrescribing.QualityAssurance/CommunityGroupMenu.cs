using System.Buffers;
using System.Collections.Frozen;
using System.Collections.ObjectModel;
using NodaTime;
using SocialPrescribing.Utility;
using SocialPrescribing.Vocabularies;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// The menu of local community groups and services (seed section 5 item 4: "an easy to read 'menu' of local community
/// groups and services"), and the question a link worker asks it: which groups serving a need are safe to connect today?
/// </summary>
/// <remarks>
/// A group is offered when its agreement to connect is current on the date asked (signed, review not overdue, not
/// stopped by the PCN line manager) and it has not reported that it has no capacity. Every other group serving the need
/// is listed with the reason it was left out. Groups are indexed by category once, so a query touches only the groups
/// that serve the need.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CommunityGroupMenu
{
    private readonly FrozenDictionary<ConnectionCategoryKind, CommunityGroup[]> _byCategory;

    /// <summary>Creates a menu.</summary>
    /// <param name="groups">The groups, in the order the menu lists them; ids unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException">Two groups share an id.</exception>
    public CommunityGroupMenu(IEnumerable<CommunityGroup> groups)
    {
        Groups = Preconditions.CheckNotNull(groups, nameof(groups)).ToList().AsReadOnly();
        Preconditions.CheckArgument(Groups.Select(g => g.Id).Distinct(StringComparer.Ordinal).Count() == Groups.Count, nameof(groups), QaMessages.DuplicateGroup);
        _byCategory = Enum.GetValues<ConnectionCategoryKind>()
            .ToFrozenDictionary(c => c, c => Groups.Where(g => g.Categories.Contains(c)).ToArray());
    }

    /// <summary>Gets the groups, in menu order.</summary>
    /// <value>Every group on the menu.</value>
    public ReadOnlyCollection<CommunityGroup> Groups { get; }

    /// <summary>Finds the groups serving a need that are safe to connect on a date, and says why the others are left out.</summary>
    /// <param name="category">The need, as a connection category of seed section 10.</param>
    /// <param name="on">The date of the connection.</param>
    /// <returns>The groups offered and the groups left out with reasons.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a named member.</exception>
    public MenuAnswer SafeToConnect(ConnectionCategoryKind category, LocalDate on)
    {
        if (!_byCategory.TryGetValue(category, out CommunityGroup[]? serving))
        {
            throw new ArgumentOutOfRangeException(nameof(category), Preconditions.EnumValueNotDefined);
        }

        // One pass to decide (reasons held in a pooled buffer), then results of exactly the right size.
        byte[] reasons = ArrayPool<byte>.Shared.Rent(serving.Length);
        try
        {
            int offeredCount = 0;
            for (int i = 0; i < serving.Length; i++)
            {
                reasons[i] = (byte)(serving[i].ReasonLeftOutOn(on) ?? 0);
                offeredCount += reasons[i] == 0 ? 1 : 0;
            }

            var offered = new CommunityGroup[offeredCount];
            var leftOut = new (CommunityGroup, LeftOutReason)[serving.Length - offeredCount];
            for (int i = 0, o = 0, l = 0; i < serving.Length; i++)
            {
                if (reasons[i] == 0)
                {
                    offered[o++] = serving[i];
                }
                else
                {
                    leftOut[l++] = (serving[i], (LeftOutReason)reasons[i]);
                }
            }

            return new MenuAnswer(offered, leftOut);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(reasons);
        }
    }
}
