using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>Social prescribing was offered to the person: an episode starts in <see cref="EpisodeState.Offered"/>, coded 871691000000100 (seed section 10).</summary>
/// <remarks>A start event: <see cref="Episode.Start"/> accepts it; it is refused once an episode has begun.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SocialPrescribingOffered : EpisodeEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="offeredOn">The date of the offer.</param>
    /// <param name="person">Who it was offered to.</param>
    /// <param name="registeredPractice">The ODS code of the person's registered GP practice.</param>
    /// <param name="previousEpisodeId">The person's previous episode, when this follows one.</param>
    /// <param name="demographics">The person's demographics as the GP record holds them at the offer (<c>docs/demographics.md</c>); <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="context"/>, the person or the ODS code is the default value, the previous episode is this episode,
    /// or the date of birth in <paramref name="demographics"/> is after <paramref name="offeredOn"/>.
    /// </exception>
    public SocialPrescribingOffered(EventContext context, LocalDate offeredOn, PersonIdentifier person, OdsCode registeredPractice, EpisodeId? previousEpisodeId = null, PersonDemographics? demographics = null)
        : base(context, offeredOn)
    {
        demographics ??= PersonDemographics.None;
        Preconditions.CheckArgument(!(demographics.DateOfBirth > offeredOn), nameof(demographics), ReferralsMessages.BornAfterStart);
        Preconditions.CheckArgument(!person.IsDefault, nameof(person), ReferralsMessages.PersonDefault);
        Preconditions.CheckArgument(registeredPractice != default, nameof(registeredPractice), ReferralsMessages.OdsCodeDefault);
        PreviousEpisodes.Check(context.EpisodeId, previousEpisodeId, nameof(previousEpisodeId));
        Person = person;
        RegisteredPractice = registeredPractice;
        PreviousEpisodeId = previousEpisodeId;
        Demographics = demographics;
    }

    /// <summary>Gets who it was offered to.</summary>
    /// <value>The NHS number when known, and/or a local key.</value>
    public PersonIdentifier Person { get; }

    /// <summary>Gets the ODS code of the person's registered GP practice.</summary>
    /// <value>An ODS code.</value>
    public OdsCode RegisteredPractice { get; }

    /// <summary>Gets the person's previous episode, when this one follows it.</summary>
    /// <value>An id other than this episode's, or <see langword="null"/>.</value>
    public EpisodeId? PreviousEpisodeId { get; }

    /// <summary>Gets the person's demographics as given with the offer.</summary>
    /// <value><see cref="PersonDemographics.None"/> when none were given. Personal data: never in <see cref="EpisodeEvent.ToString"/>.</value>
    public PersonDemographics Demographics { get; }

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.Offered;
}
