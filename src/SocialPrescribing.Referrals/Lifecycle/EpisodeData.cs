using System.Collections.Immutable;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>Everything an episode holds, derived from its events: the private state record each event copies with <c>with</c>.</summary>
internal sealed record EpisodeData
{
    internal required EpisodeId Id { get; init; }

    internal EpisodeId? PreviousEpisodeId { get; init; }

    internal required EpisodeState State { get; init; }

    internal EpisodeState? StateBeforeHold { get; init; }

    internal required ImmutableArray<EpisodeEvent> Events { get; init; }

    internal required PersonIdentifier Person { get; init; }

    internal required OdsCode RegisteredPractice { get; init; }

    internal LocalDate? OfferedOn { get; init; }

    internal Referral? Referral { get; init; }

    internal LocalDate? DeclinedOn { get; init; }

    internal ReferralNotAccepted? NotAccepted { get; init; }

    internal LinkWorkerId? LinkWorker { get; init; }

    internal bool IsHeldByCover { get; init; }

    internal ImmutableArray<Assignment> Assignments { get; init; } = [];

    internal ImmutableArray<ContactRecorded> Contacts { get; init; } = [];

    internal ContactRecorded? FirstContact { get; init; }

    internal int AttendedContactCount { get; init; }

    internal Duration TimeWithPerson { get; init; }

    internal CarePlanReference? CarePlan { get; init; }

    internal ImmutableArray<Connection> Connections { get; init; } = [];

    internal ImmutableArray<Ons4Response> Ons4Responses { get; init; } = [];

    internal ImmutableArray<PamRecorded> PamAssessments { get; init; } = [];

    internal PamEligibilityOutcome? PamEligibility { get; init; }

    internal SatisfactionRecorded? Satisfaction { get; init; }

    internal ChangesRecorded? Changes { get; init; }

    internal ImmutableArray<Escalated> Escalations { get; init; } = [];

    internal PersonalHealthBudgetExplored? PersonalHealthBudget { get; init; }

    internal ImmutableArray<ComplaintRecorded> Complaints { get; init; } = [];

    internal SharingPermissions Permissions { get; init; }

    internal PutOnHold? Hold { get; init; }

    internal LocalDate? ClosedOn { get; init; }

    internal ClosureReason? ClosureReason { get; init; }

    internal string? OtherClosureReason { get; init; }

    internal MeasuresNotTakenReason? MeasuresNotTaken { get; init; }

    internal ImmutableArray<CodedEntry> CodedEntries { get; init; } = [];

    /// <summary>How urgent support is now: the referral's urgency, then each change.</summary>
    internal Urgency? Urgency { get; init; }

    /// <summary>The resolutions of escalations, in the order recorded.</summary>
    internal ImmutableArray<EscalationResolved> EscalationResolutions { get; init; } = [];

    /// <summary>The person's need-to-know answer per connection (by number - 1), NotAsked where they gave none.</summary>
    internal ImmutableArray<ConsentAnswer> ConnectionSharing { get; init; } = [];

    /// <summary>The person's answer on sharing with the referring agency.</summary>
    internal ConsentAnswer ReferrerSharing { get; init; }

    /// <summary>The numbers of the events entered in error, in the order marked.</summary>
    internal ImmutableArray<int> EnteredInError { get; init; } = [];

    /// <summary>The latest <see cref="EpisodeEvent.On"/> of any event so far.</summary>
    internal required LocalDate LatestDate { get; init; }

    /// <summary>The <see cref="EpisodeEvent.At"/> of the latest event.</summary>
    internal required Instant LastAt { get; init; }

    /// <summary>The referral date, or before a referral the offer date.</summary>
    internal LocalDate StartDate => Referral?.ReferredOn ?? OfferedOn!.Value;

    /// <summary>Names the state only: the generated form would print the person and free text.</summary>
    /// <returns>For example <c>EpisodeData(Connected)</c>.</returns>
    public override string ToString() => $"EpisodeData({State})";
}
