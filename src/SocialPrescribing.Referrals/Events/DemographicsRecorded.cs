using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The person's demographics were recorded, or recorded again, after the referral or offer (the social prescribing
/// minimum dataset's person demographics; <c>docs/demographics.md</c>).
/// </summary>
/// <remarks>
/// Allowed in every state once referred or offered. Each field the event gives replaces the episode's
/// (<see cref="PersonDemographics.UpdatedWith"/>); the fields it leaves out are kept. A date of birth after the episode's
/// start (its offer, or its referral when it began with one) is refused (<see cref="EpisodeErrorKind.InconsistentWithEpisode"/>). <see cref="EpisodeEvent.ToString"/> never
/// shows a value, only how many fields the event gives.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DemographicsRecorded : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="recordedOn">The date they were recorded.</param>
    /// <param name="demographics">The fields recorded; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="demographics"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value, or <paramref name="demographics"/> records nothing or a date of birth after <paramref name="recordedOn"/>.</exception>
    public DemographicsRecorded(EventContext context, LocalDate recordedOn, PersonDemographics demographics)
        : base(context, recordedOn)
    {
        Preconditions.CheckNotNull(demographics, nameof(demographics));
        Preconditions.CheckArgument(!demographics.IsEmpty, nameof(demographics), ReferralsMessages.DemographicsEmpty);
        Preconditions.CheckArgument(!(demographics.DateOfBirth > recordedOn), nameof(demographics), ReferralsMessages.BornAfterStart);
        Demographics = demographics;
    }

    /// <summary>Gets the fields recorded.</summary>
    /// <value>At least one field.</value>
    public PersonDemographics Demographics { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.DemographicsRecorded;

    /// <inheritdoc/>
    private protected override string Details => Texts.Invariant($" ({Demographics.RecordedCount} of {PersonDemographics.FieldCount} fields)");
}
