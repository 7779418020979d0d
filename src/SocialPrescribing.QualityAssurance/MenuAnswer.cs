using System.Collections.ObjectModel;

namespace SocialPrescribing.QualityAssurance;

/// <summary>The menu's answer to "which groups serving this need are safe to connect today?": the groups offered, and every group left out with why.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MenuAnswer
{
    internal MenuAnswer(IList<OfferedGroup> offered, IList<LeftOutGroup> leftOut)
    {
        Offered = new ReadOnlyCollection<OfferedGroup>(offered);
        LeftOut = new ReadOnlyCollection<LeftOutGroup>(leftOut);
    }

    /// <summary>Gets the groups safe to connect on the date asked (agreement current, capacity not reported as none), each with what the link worker should know.</summary>
    /// <value>In menu order; <see cref="OfferNotes.ReviewDue"/> marks a group whose review is due, within the grace.</value>
    public ReadOnlyCollection<OfferedGroup> Offered { get; }

    /// <summary>Gets the groups serving the need that were left out, each with the reason.</summary>
    /// <value>In menu order.</value>
    public ReadOnlyCollection<LeftOutGroup> LeftOut { get; }
}
