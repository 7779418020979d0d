using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>A personal health budget was explored with the person (seed section 4, key tasks: "Where people may be eligible for a personal health budget, help them to explore this option").</summary>
/// <remarks>Allowed from the first contact on; the latest applies.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PersonalHealthBudgetExplored : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="exploredOn">The date it was explored.</param>
    /// <param name="outcome">Where it led.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a named member.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value.</exception>
    public PersonalHealthBudgetExplored(EventContext context, LocalDate exploredOn, PersonalHealthBudgetOutcome outcome)
        : base(context, exploredOn)
    {
        Preconditions.CheckDefined(outcome, nameof(outcome));
        Outcome = outcome;
    }

    /// <summary>Gets where exploring it led.</summary>
    /// <value>A named member of <see cref="PersonalHealthBudgetOutcome"/>.</value>
    public PersonalHealthBudgetOutcome Outcome { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.PersonalHealthBudgetExplored;

    /// <inheritdoc/>
    private protected override string Details => $" ({Outcome})";
}
