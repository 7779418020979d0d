using System.Collections.Immutable;
using System.Diagnostics;
using NodaTime;

namespace SocialPrescribing.Referrals;

/// <summary>
/// A community group or service the person was introduced to, and what came of it over time (seed section 10, "Where
/// the person is being connected to"; section 5 item 4).
/// </summary>
/// <remarks>
/// <para>
/// Built by the episode from a <see cref="ConnectionMade"/> event and the <see cref="ConnectionOutcomeRecorded"/>
/// events that name it by <see cref="Number"/> (1 for the first connection of the episode, then 2, 3 ...). The group
/// is referred to by its id on the menu of community groups (SocialPrescribing.QualityAssurance) or by name; the
/// connection never copies the group.
/// </para>
/// <para><see cref="ToString"/> shows the number, category and dates, never the group's name or the need-to-know note.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Connection
{
    internal Connection(int number, ConnectionMade made, ImmutableArray<ConnectionUpdate> updates)
    {
        Number = number;
        Made = made;
        Updates = updates;
    }

    /// <summary>Gets the connection's number within the episode.</summary>
    /// <value>1 for the first connection, then 2, 3 ...</value>
    public int Number { get; }

    /// <summary>Gets the event that made the connection: category, group, date and how the person was introduced.</summary>
    /// <value>The event.</value>
    public ConnectionMade Made { get; }

    /// <summary>Gets what came of the connection, in the order recorded.</summary>
    /// <value>Possibly empty.</value>
    public ImmutableArray<ConnectionUpdate> Updates { get; }

    /// <summary>Gets the latest update.</summary>
    /// <value>The last update recorded, or <see langword="null"/> when none has been.</value>
    public ConnectionUpdate? Latest => Updates.IsEmpty ? null : Updates[^1];

    /// <summary>Gets a value indicating whether the person took up the support (any update attended or engaged).</summary>
    /// <value><see langword="true"/> once an attended or engaged update is recorded.</value>
    public bool IsSupportTakenUp
    {
        get
        {
            foreach (ConnectionUpdate update in Updates)
            {
                if (update.IsSupportTakenUp)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets a value indicating whether the person stopped going (the latest update is stopped).</summary>
    /// <value><see langword="true"/> when the latest update is <see cref="ConnectionOutcome.Stopped"/>.</value>
    public bool IsStopped => Latest?.Outcome == ConnectionOutcome.Stopped;

    /// <summary>Describes the connection without the group's name or the note.</summary>
    /// <returns>For example <c>Connection 1: Arts-based activities and groups, introduced 2026-01-20, 2 updates</c>.</returns>
    public override string ToString()
        => Texts.Invariant($"Connection {Number}: {Made.Category}, introduced {Texts.Iso(Made.On)}, {Updates.Length} update{(Updates.Length == 1 ? string.Empty : "s")}");

    internal IEnumerable<LocalDate> SupportTakenUpDates
    {
        get
        {
            foreach (ConnectionUpdate update in Updates)
            {
                if (update.IsSupportTakenUp)
                {
                    yield return update.On;
                }
            }
        }
    }
}
