using System.Buffers;
using System.Collections.Frozen;
using System.Collections.ObjectModel;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// The menu of local community groups and services (seed section 5 item 4: "an easy to read 'menu' of local community
/// groups and services"), and the question a link worker asks it: which groups serving a need are safe to connect today?
/// </summary>
/// <remarks>
/// <para>
/// A group is offered when its agreement to connect is current on the date asked (signed, review not overdue, the link
/// worker not deciding against connecting for now) and it has not reported that it has no capacity. Every other group
/// serving the need is listed with the reason it was left out.
/// </para>
/// <para>
/// A review that falls due does not take the group off the menu at once: while the review is due (from its due date to
/// the end of the review cadence's due window, one month by default, this library's choice) the group is offered with
/// <see cref="OfferNotes.ReviewDue"/>; after the grace it is left out as <see cref="LeftOutReason.ReviewOverdue"/>
/// (seed section 9, process step 6). See <c>docs/quality-assurance.md</c>.
/// </para>
/// <para>Groups are indexed by category once, so a query touches only the groups that serve the need.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CommunityGroupMenu
{
    /// <summary>The bit that marks an offered group in the answer buffer, above every <see cref="OfferNotes"/> flag and <see cref="LeftOutReason"/> value.</summary>
    private const int Offered = 1 << 30;

    private readonly FrozenDictionary<ConnectionCategoryKind, CommunityGroup[]> _byCategory;

    /// <summary>Creates a menu.</summary>
    /// <param name="groups">The groups, in the order the menu lists them; ids unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException">Two groups share an id.</exception>
    public CommunityGroupMenu(IEnumerable<CommunityGroup> groups)
    {
        Groups = Preconditions.CheckNotNull(groups, nameof(groups)).ToList().AsReadOnly();
        Preconditions.CheckArgument(Groups.Select(g => g.Id).Distinct(StringComparer.Ordinal).Count() == Groups.Count, nameof(groups), QualityAssuranceMessages.DuplicateGroup);
        _byCategory = Enum.GetValues<ConnectionCategoryKind>()
            .ToFrozenDictionary(c => c, c => Groups.Where(g => g.Categories.Contains(c)).ToArray());
    }

    /// <summary>Gets the groups, in menu order.</summary>
    /// <value>Every group on the menu.</value>
    public ReadOnlyCollection<CommunityGroup> Groups { get; }

    /// <summary>Finds the groups serving a need that are safe to connect on a date, and says why the others are left out.</summary>
    /// <param name="category">The need, as a connection category of seed section 10.</param>
    /// <param name="on">The date of the connection.</param>
    /// <returns>The groups offered, each with its notes, and the groups left out with reasons.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a named member.</exception>
    public MenuAnswer SafeToConnect(ConnectionCategoryKind category, LocalDate on)
    {
        if (!_byCategory.TryGetValue(category, out CommunityGroup[]? serving))
        {
            throw new ArgumentOutOfRangeException(nameof(category), Preconditions.EnumValueNotDefined);
        }

        // One pass to decide (each group's reason, or its notes with the Offered bit, in a pooled buffer), then results
        // of exactly the right size.
        int[] answers = ArrayPool<int>.Shared.Rent(serving.Length);
        try
        {
            int offeredCount = 0;
            for (int i = 0; i < serving.Length; i++)
            {
                answers[i] = serving[i].ReasonLeftOutOn(on) is LeftOutReason reason ? (int)reason : Offered | (int)serving[i].NotesOn(on);
                offeredCount += (answers[i] & Offered) != 0 ? 1 : 0;
            }

            var offered = new OfferedGroup[offeredCount];
            var leftOut = new LeftOutGroup[serving.Length - offeredCount];
            for (int i = 0, o = 0, l = 0; i < serving.Length; i++)
            {
                if ((answers[i] & Offered) != 0)
                {
                    offered[o++] = new OfferedGroup(serving[i], (OfferNotes)(answers[i] & ~Offered));
                }
                else
                {
                    leftOut[l++] = new LeftOutGroup(serving[i], (LeftOutReason)answers[i]);
                }
            }

            return new MenuAnswer(offered, leftOut);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(answers);
        }
    }
}
