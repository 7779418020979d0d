using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Text;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The message back to the GP and to the referrer when an episode ends (PRSB "Message back to GP and referrer"; seed
/// section 4, key tasks: "Provide appropriate feedback to referral agencies about the people they referred"): how it
/// ended, the support connected and what came of it, the change in ONS4 and PAM, the closure reason and the
/// escalations; as data, plain text and Markdown.
/// </summary>
/// <remarks>
/// <para>
/// <b>Every ending of a referral</b> gets a message: closed, declined by the person while waiting, or not accepted
/// (including redirected to another service), said in <see cref="Ending"/> and <see cref="EndedOn"/>. An episode that
/// never had a referral (an offer declined or lapsed) has no referrer and nothing was referred to the service: no
/// message (this library's choice; the offer and the decline are coded for the GP record, <see cref="Episode.CodedEntries"/>).
/// </para>
/// <para>
/// <b>Who gets what</b> (<c>docs/referrals.md</c>, "Message back to the GP and the referrer"; this library's choice
/// where the sources are silent). The registered GP practice, and a referrer in the practice or its PCN (the referrer's
/// ODS code is the practice's or the PCN's), get the whole message, the person's identifier included
/// (<see cref="Person"/>): sharing for direct care (PRSB's "Consent" guidance: direct care is the legal basis for
/// sharing). A referrer outside the practice is an agency that is not a connection: it gets the episode, the referral
/// date, how and when the episode ended and its own <see cref="CaseReference"/>; beyond that only what the person agreed
/// to share with it (<see cref="Episode.ReferrerSharing"/>, seed section 5 items 5 and 7): with it, the reason and the
/// support connected; with <see cref="SharingPermission.OngoingDataCollectionAndEvaluation"/> as well, the ONS4 and PAM
/// change; with <see cref="SharingPermission.ShareMyStory"/> as well, the changes in the person's words. The NHS number,
/// escalations, the other closure reason's words, contacts and satisfaction never go outside the practice.
/// </para>
/// <para>
/// <b>Built from the episode as it stands.</b> Measures may be recorded after closure until
/// <see cref="Episode.FollowUpEndsOn"/>; a message built later carries them and says it is an update
/// (<see cref="UpdatedOn"/>). ONS4 change is between the earliest and latest ONS4 recorded, PAM change between the
/// earliest and latest PAM (SocialPrescribing.Measures' <see cref="Ons4Change"/> and <see cref="PamChange"/>); each needs
/// two on different dates.
/// </para>
/// <para>
/// <see cref="ToString"/> names the recipient, episode, dates and ending only. The text forms are documents for the
/// recipient: the practice's copy carries the NHS number in full, and both hold the person's words when shared.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class MessageBack
{
    private static readonly ReadOnlyCollection<ConnectionSummary> NoConnections = new([]);

    private MessageBack(Episode episode, Referral referral, MessageBackRecipient recipient)
    {
        Recipient = recipient;
        EpisodeId = episode.Id;
        ReferredOn = referral.ReferredOn;
        Ending = episode.State;
        EndedOn = EndDate(episode);
        OdsCode? organisation = referral.Referrer.Organisation;
        IsWholeMessage = recipient == MessageBackRecipient.RegisteredGp
            || (organisation is OdsCode code && (code == episode.RegisteredPractice || code == referral.PrimaryCareNetwork));
        CaseReference = recipient == MessageBackRecipient.Referrer ? referral.ReferrerCaseReference : null;
        UpdatedOn = FollowUpAfterClosure(episode);
        SharingPermissions permissions = episode.Permissions;
        bool shared = IsShared = IsWholeMessage || episode.ReferrerSharing == ConsentAnswer.Given;
        bool measures = IsWholeMessage || (shared && permissions.Allows(SharingPermission.OngoingDataCollectionAndEvaluation));
        bool story = IsWholeMessage || (shared && permissions.Allows(SharingPermission.ShareMyStory));

        if (shared)
        {
            ClosureReason = episode.ClosureReason;
            NotAcceptedReason = episode.NotAccepted?.Reason;
            RedirectedTo = episode.NotAccepted?.RedirectedTo;
            Connections = episode.Connections.Select(c => new ConnectionSummary(c)).ToList().AsReadOnly();
        }

        if (measures)
        {
            Ons4Response[] ons4 = [.. episode.Ons4Responses.OrderBy(r => r.DateAsked)];
            Ons4Change = ons4.Length > 1 && ons4[0].DateAsked != ons4[^1].DateAsked ? Measures.Ons4Change.Between(ons4[0], ons4[^1]) : null;
            PamRecorded[] pam = [.. episode.PamAssessments.OrderBy(p => p.On)];
            PamChange = pam.Length > 1 && pam[0].On != pam[^1].On ? Measures.PamChange.Between(pam[0].Score, pam[^1].Score) : null;
        }

        if (story)
        {
            ChangesInPersonsWords = episode.Changes?.InPersonsWords;
        }

        if (IsWholeMessage)
        {
            Person = episode.Person;
            OtherClosureReason = episode.OtherClosureReason;
            Escalations = episode.Escalations;
            Satisfaction = episode.Satisfaction?.Answer;
            AttendedContactCount = episode.AttendedContactCount;
            TimeWithPerson = episode.TimeWithPerson;
        }
    }

    private MessageBack(MessageBackRecipient recipient, bool isWholeMessage, bool isShared, EpisodeId episodeId, LocalDate referredOn, EpisodeState ending, LocalDate endedOn)
    {
        Recipient = recipient;
        IsWholeMessage = isWholeMessage;
        IsShared = isShared;
        EpisodeId = episodeId;
        ReferredOn = referredOn;
        Ending = ending;
        EndedOn = endedOn;
    }

    /// <summary>Gets who the message is for.</summary>
    /// <value>The registered GP practice, or the referrer.</value>
    public MessageBackRecipient Recipient { get; }

    /// <summary>Gets a value indicating whether the recipient gets the whole message (the practice, or a referrer in the practice or its PCN).</summary>
    /// <value><see langword="false"/> for a referrer outside the practice, who gets only what the person agreed to share.</value>
    public bool IsWholeMessage { get; }

    /// <summary>Gets a value indicating whether the person agreed to share more than the ending with the recipient.</summary>
    /// <value>
    /// <see langword="true"/> for the whole message, and for a referrer outside the practice the person agreed to share
    /// with (<see cref="Episode.ReferrerSharing"/>); <see langword="false"/> when the copy carries only the episode, the
    /// dates, the ending and the case reference.
    /// </value>
    public bool IsShared { get; }

    /// <summary>Gets the episode.</summary>
    /// <value>Its id.</value>
    public EpisodeId EpisodeId { get; }

    /// <summary>Gets the date of the referral.</summary>
    /// <value>A calendar date.</value>
    public LocalDate ReferredOn { get; }

    /// <summary>Gets how the episode ended.</summary>
    /// <value><see cref="EpisodeState.Closed"/>, <see cref="EpisodeState.Declined"/> (the person declined while waiting) or <see cref="EpisodeState.NotAccepted"/> (not appropriate, or redirected to another service).</value>
    public EpisodeState Ending { get; }

    /// <summary>Gets the date the episode ended: closed, declined or not accepted.</summary>
    /// <value>A calendar date.</value>
    public LocalDate EndedOn { get; }

    /// <summary>Gets the date of the latest follow-up recorded after closure, when the message is an update (seed section 11: measures "capturing impact for a minimum of one year").</summary>
    /// <value>The date of the latest measure, satisfaction answer, words or reason measures were not taken recorded after the episode closed; <see langword="null"/> when nothing was.</value>
    public LocalDate? UpdatedOn { get; private init; }

    /// <summary>Gets who the person is, for the practice and a referrer in the practice or its PCN (direct care).</summary>
    /// <value>The NHS number when known and/or the local key, in full; <see langword="null"/> for a referrer outside the practice, which gets <see cref="CaseReference"/> instead.</value>
    public PersonIdentifier? Person { get; private init; }

    /// <summary>Gets the referrer's own reference for the person's case, so the referrer can file the message (<see cref="Referral.ReferrerCaseReference"/>).</summary>
    /// <value>The reference in the referrer's copy when the referral gave one; otherwise <see langword="null"/> (always for the practice's copy).</value>
    public string? CaseReference { get; private init; }

    /// <summary>Gets why the service did not accept the referral.</summary>
    /// <value>The reason when <see cref="Ending"/> is not accepted and it is shared with the recipient; otherwise <see langword="null"/>.</value>
    public NotAcceptedReason? NotAcceptedReason { get; private init; }

    /// <summary>Gets the service the person was redirected to.</summary>
    /// <value>1 to 150 characters when redirected and shared with the recipient; otherwise <see langword="null"/>.</value>
    public string? RedirectedTo { get; private init; }

    /// <summary>Gets why the episode closed.</summary>
    /// <value>The reason, or <see langword="null"/> when not shared with the recipient.</value>
    public ClosureReason? ClosureReason { get; private init; }

    /// <summary>Gets the words of the other closure reason.</summary>
    /// <value>1 to 150 characters for the whole message when the reason is other; otherwise <see langword="null"/>.</value>
    public string? OtherClosureReason { get; private init; }

    /// <summary>Gets the support the person was connected to and what came of it (seed section 10, "What support were they connected to?").</summary>
    /// <value>Empty when not shared with the recipient.</value>
    public ReadOnlyCollection<ConnectionSummary> Connections { get; private init; } = NoConnections;

    /// <summary>Gets how the person's ONS4 answers changed (seed section 10: "How did their wellbeing ... change").</summary>
    /// <value>The change from the earliest to the latest ONS4, or <see langword="null"/> (fewer than two, or not shared).</value>
    public Ons4Change? Ons4Change { get; private init; }

    /// <summary>Gets how the person's PAM score changed (seed section 10: "... and activation levels change").</summary>
    /// <value>The change from the earliest to the latest PAM, or <see langword="null"/> (fewer than two, or not shared).</value>
    public PamChange? PamChange { get; private init; }

    /// <summary>Gets the concerns escalated.</summary>
    /// <value>Empty unless the whole message.</value>
    public ImmutableArray<Escalated> Escalations { get; private init; } = [];

    /// <summary>Gets "what changes took place", in the person's words (seed section 10).</summary>
    /// <value>The words, or <see langword="null"/> (none recorded, or not shared).</value>
    public string? ChangesInPersonsWords { get; private init; }

    /// <summary>Gets the person's answer on their experience of the service (NHS Friends and Family Test).</summary>
    /// <value>An answer for the whole message when recorded; otherwise <see langword="null"/>.</value>
    public FriendsAndFamilyAnswer? Satisfaction { get; private init; }

    /// <summary>Gets the number of attended contacts.</summary>
    /// <value>0 or more for the whole message; otherwise <see langword="null"/>.</value>
    public int? AttendedContactCount { get; private init; }

    /// <summary>Gets the time spent with the person.</summary>
    /// <value>The total for the whole message; otherwise <see langword="null"/>.</value>
    public Duration? TimeWithPerson { get; private init; }

    /// <summary>Writes the message back for an episode that ended after a referral: closed, declined or not accepted.</summary>
    /// <param name="episode">The episode, as it stands (a later call carries what was recorded after closure).</param>
    /// <param name="recipient">Who it is for.</param>
    /// <returns>The message, holding only what the recipient may see.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recipient"/> is not a named member.</exception>
    /// <exception cref="InvalidOperationException">The episode has not ended, or it never had a referral (an offer declined or lapsed), or the message is for the referrer of a self-referral (there is none to write to).</exception>
    public static MessageBack Create(Episode episode, MessageBackRecipient recipient)
    {
        Preconditions.CheckNotNull(episode, nameof(episode));
        Preconditions.CheckDefined(recipient, nameof(recipient));
        if (!episode.IsFinal)
        {
            throw new InvalidOperationException(ReferralsMessages.MessageBackNotEnded);
        }

        if (episode.Referral is not Referral referral)
        {
            throw new InvalidOperationException(ReferralsMessages.MessageBackNoReferral);
        }

        if (recipient == MessageBackRecipient.Referrer && referral.Referrer.IsSelfReferral)
        {
            throw new InvalidOperationException(ReferralsMessages.MessageBackSelfReferral);
        }

        return new MessageBack(episode, referral, recipient);
    }

    /// <summary>
    /// Rebuilds a message back from its data, as read by the practice or the referrer without the episode (a document,
    /// docs/json.md); the rules are those of a message written from an episode (docs/referrals.md, "Message back to the GP and the referrer").
    /// </summary>
    /// <param name="recipient">Who it is for.</param>
    /// <param name="isWholeMessage">Whether the recipient gets the whole message: always for the practice.</param>
    /// <param name="isShared">Whether the person agreed to share more than the ending with the recipient: always for the whole message.</param>
    /// <param name="episodeId">The episode.</param>
    /// <param name="referredOn">The date of the referral.</param>
    /// <param name="ending">Closed, declined or not accepted.</param>
    /// <param name="endedOn">The date the episode ended; not before <paramref name="referredOn"/>.</param>
    /// <param name="updatedOn">The date of the latest follow-up recorded after closure; only for a closed episode.</param>
    /// <param name="person">Who the person is: required for the whole message, and only for it.</param>
    /// <param name="caseReference">The referrer's reference (1 to 64 characters, no white space); only in the referrer's copy.</param>
    /// <param name="notAcceptedReason">Why the referral was not accepted: exactly for a shared copy of a referral not accepted.</param>
    /// <param name="redirectedTo">The service the person was redirected to (1 to 150 characters once trimmed); only when redirected.</param>
    /// <param name="closureReason">Why the episode closed: exactly for a shared copy of a closed episode.</param>
    /// <param name="otherClosureReason">The other closure reason's words (1 to 150 characters once trimmed): exactly for the whole message of an episode closed for another reason.</param>
    /// <param name="connections">The connections, numbered 1, 2, 3 ... in order; only when shared.</param>
    /// <param name="ons4Change">The ONS4 change, from an earlier date to a later one; only when shared.</param>
    /// <param name="pamChange">The PAM change; only when shared.</param>
    /// <param name="escalations">The concerns escalated, events of this episode; only for the whole message.</param>
    /// <param name="changesInPersonsWords">What changed, in the person's words (1 to 2,000 characters once trimmed); only when shared.</param>
    /// <param name="satisfaction">The Friends and Family Test answer; only for the whole message.</param>
    /// <param name="attendedContactCount">The attended contacts, 0 or more: exactly for the whole message.</param>
    /// <param name="timeWithPerson">The time spent with the person, not negative: exactly for the whole message.</param>
    /// <returns>The message.</returns>
    /// <remarks>
    /// The whole message names the person (the NHS number in full when known): that is the practice's copy, sharing for
    /// direct care. A part that the recipient may not see is refused, not dropped, so a rebuilt message never holds more
    /// than the one written from the episode would. Free text is trimmed, as the episode's events trim it.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="connections"/> or <paramref name="escalations"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not a named member, or <paramref name="attendedContactCount"/> is negative.</exception>
    /// <exception cref="ArgumentException">A part breaks the rule given for it; the message names the rule, never the value.</exception>
    public static MessageBack Create(
        MessageBackRecipient recipient,
        bool isWholeMessage,
        bool isShared,
        EpisodeId episodeId,
        LocalDate referredOn,
        EpisodeState ending,
        LocalDate endedOn,
        LocalDate? updatedOn = null,
        PersonIdentifier? person = null,
        string? caseReference = null,
        NotAcceptedReason? notAcceptedReason = null,
        string? redirectedTo = null,
        ClosureReason? closureReason = null,
        string? otherClosureReason = null,
        IEnumerable<ConnectionSummary>? connections = null,
        Ons4Change? ons4Change = null,
        PamChange? pamChange = null,
        IEnumerable<Escalated>? escalations = null,
        string? changesInPersonsWords = null,
        FriendsAndFamilyAnswer? satisfaction = null,
        int? attendedContactCount = null,
        Duration? timeWithPerson = null)
    {
        Preconditions.CheckDefined(recipient, nameof(recipient));
        Preconditions.CheckArgument(!episodeId.IsDefault, nameof(episodeId), ReferralsMessages.EpisodeIdDefault);
        Preconditions.CheckDefined(ending, nameof(ending));
        Preconditions.CheckArgument(ending is EpisodeState.Closed or EpisodeState.Declined or EpisodeState.NotAccepted, nameof(ending), ReferralsMessages.MessageBackEnding);
        Preconditions.CheckArgument(endedOn >= referredOn, nameof(endedOn), ReferralsMessages.MessageBackEndedOn);
        Preconditions.CheckArgument((recipient == MessageBackRecipient.Referrer || isWholeMessage) && (!isWholeMessage || isShared), nameof(isWholeMessage), ReferralsMessages.MessageBackWhole);
        Preconditions.CheckArgument(updatedOn is null || ending == EpisodeState.Closed, nameof(updatedOn), ReferralsMessages.MessageBackUpdatedOn);
        Preconditions.CheckArgument(caseReference is null || recipient == MessageBackRecipient.Referrer, nameof(caseReference), ReferralsMessages.MessageBackCaseReference);
        string? reference = Texts.OptionalId(caseReference, nameof(caseReference));
        ConnectionSummary[] connected = connections is null ? [] : [.. connections];
        Escalated[] escalated = escalations is null ? [] : [.. escalations];
        Preconditions.CheckArgument(Array.TrueForAll(connected, c => c is not null), nameof(connections), ReferralsMessages.MessageBackConnections);
        Preconditions.CheckArgument(Array.TrueForAll(escalated, e => e is not null), nameof(escalations), ReferralsMessages.MessageBackEscalations);
        if (notAcceptedReason is NotAcceptedReason notAccepted)
        {
            Preconditions.CheckDefined(notAccepted, nameof(notAcceptedReason));
        }

        if (closureReason is ClosureReason closure)
        {
            Preconditions.CheckDefined(closure, nameof(closureReason));
        }

        if (satisfaction is FriendsAndFamilyAnswer answer)
        {
            Preconditions.CheckDefined(answer, nameof(satisfaction));
        }

        Preconditions.CheckArgument(
            isShared || (notAcceptedReason is null && redirectedTo is null && closureReason is null && connected.Length == 0
                && ons4Change is null && pamChange is null && changesInPersonsWords is null),
            nameof(isShared),
            ReferralsMessages.MessageBackNotShared);
        Preconditions.CheckArgument(
            !isShared || ((ending == EpisodeState.Closed) == closureReason.HasValue && (ending == EpisodeState.NotAccepted) == notAcceptedReason.HasValue),
            nameof(closureReason),
            ReferralsMessages.MessageBackReason);
        Preconditions.CheckArgument(redirectedTo is null || notAcceptedReason == Referrals.NotAcceptedReason.RedirectedToAnotherService, nameof(redirectedTo), ReferralsMessages.RedirectedOnlyWhenRedirected);
        string? redirected = Texts.Optional(redirectedTo, nameof(redirectedTo));
        Preconditions.CheckArgument(
            isWholeMessage
                ? person is PersonIdentifier p && !p.IsDefault && attendedContactCount.HasValue && timeWithPerson.HasValue
                : person is null && attendedContactCount is null && timeWithPerson is null && escalated.Length == 0 && satisfaction is null && otherClosureReason is null,
            nameof(isWholeMessage),
            ReferralsMessages.MessageBackWholeParts);
        Preconditions.CheckArgument(!isWholeMessage || (closureReason == Referrals.ClosureReason.Other) == otherClosureReason is not null, nameof(otherClosureReason), ReferralsMessages.OtherClosureReason);
        string? other = Texts.Optional(otherClosureReason, nameof(otherClosureReason));
        Preconditions.CheckArgumentRange(nameof(attendedContactCount), attendedContactCount ?? 0, 0, int.MaxValue);
        Preconditions.CheckArgument(timeWithPerson is null || timeWithPerson.Value >= Duration.Zero, nameof(timeWithPerson), ReferralsMessages.MessageBackTimeNegative);
        for (int i = 0; i < connected.Length; i++)
        {
            Preconditions.CheckArgument(connected[i].Number == i + 1, nameof(connections), ReferralsMessages.MessageBackConnections);
        }

        Preconditions.CheckArgument(Array.TrueForAll(escalated, e => e.Context.EpisodeId == episodeId), nameof(escalations), ReferralsMessages.MessageBackEscalations);
        Preconditions.CheckArgument(ons4Change is null || ons4Change.Value.FromDate < ons4Change.Value.ToDate, nameof(ons4Change), ReferralsMessages.MessageBackChangeDates);
        string? words = Texts.Optional(changesInPersonsWords, nameof(changesInPersonsWords), Texts.PersonsWords);
        return new MessageBack(recipient, isWholeMessage, isShared, episodeId, referredOn, ending, endedOn)
        {
            UpdatedOn = updatedOn,
            Person = person,
            CaseReference = reference,
            NotAcceptedReason = notAcceptedReason,
            RedirectedTo = redirected,
            ClosureReason = closureReason,
            OtherClosureReason = other,
            Connections = connected.Length == 0 ? NoConnections : Array.AsReadOnly(connected),
            Ons4Change = ons4Change,
            PamChange = pamChange,
            Escalations = [.. escalated],
            ChangesInPersonsWords = words,
            Satisfaction = satisfaction,
            AttendedContactCount = attendedContactCount,
            TimeWithPerson = timeWithPerson,
        };
    }

    /// <summary>Writes the message as plain text, one fact per line.</summary>
    /// <returns>The text, ending with a line break.</returns>
    public string ToPlainText() => Render(markdown: false);

    /// <summary>Writes the message as Markdown: a heading, then a list per part; free text is escaped.</summary>
    /// <returns>The Markdown, ending with a line break.</returns>
    public string ToMarkdown() => Render(markdown: true);

    /// <summary>Describes the message without its content: never the person's identifier, the case reference or words.</summary>
    /// <returns>For example <c>Message back to RegisteredGp for episode 0f8f...: referred 2026-01-07, closed 2026-07-20</c>, with <c>, updated 2027-01-10</c> for an update.</returns>
    public override string ToString()
        => $"Message back to {Recipient} for episode {EpisodeId}: referred {Texts.Iso(ReferredOn)}, {EndingWord(Ending)} {Texts.Iso(EndedOn)}"
            + (UpdatedOn is LocalDate updated ? $", updated {Texts.Iso(updated)}" : string.Empty);

    private static string EndingWord(EpisodeState ending) => ending switch
    {
        EpisodeState.Declined => "declined",
        EpisodeState.NotAccepted => "not accepted",
        _ => "closed",
    };

    private static string Words(NotAcceptedReason reason) => reason == Referrals.NotAcceptedReason.RedirectedToAnotherService
        ? "Redirected to another service"
        : "Social prescribing is not appropriate for the person's needs";

    private static LocalDate EndDate(Episode episode) => episode.State switch
    {
        EpisodeState.Declined => episode.DeclinedOn!.Value,
        EpisodeState.NotAccepted => episode.NotAccepted!.On,
        _ => episode.ClosedOn!.Value,
    };

    /// <summary>The date of the latest follow-up event after the event that closed the episode, corrections left out.</summary>
    private static LocalDate? FollowUpAfterClosure(Episode episode)
    {
        if (episode.State != EpisodeState.Closed)
        {
            return null;
        }

        LocalDate? latest = null;
        bool closed = false;
        foreach (EpisodeEvent e in episode.Events)
        {
            if (e is EnteredInError || episode.EventsEnteredInError.Contains(e.Number))
            {
                continue;
            }

            if (e is EpisodeClosed || e is Escalated { ClosesEpisode: true })
            {
                closed = true;
                latest = null;
            }
            else if (closed && e.Kind is EpisodeEventKind.Ons4Recorded or EpisodeEventKind.PamRecorded or EpisodeEventKind.PamEligibilityRecorded
                or EpisodeEventKind.SatisfactionRecorded or EpisodeEventKind.ChangesRecorded or EpisodeEventKind.MeasuresNotTakenRecorded)
            {
                latest = latest is LocalDate before && before > e.On ? before : e.On;
            }
        }

        return latest;
    }

    private string Render(bool markdown)
    {
        var text = new StringBuilder();
        string Escape(string words) => markdown ? MarkdownText.Escape(words) : words.ReplaceLineEndings(" ");
        void Heading(string heading) => text.Append(markdown ? "\n## " : "\n").Append(heading).Append(markdown ? "\n\n" : ":\n");
        void Item(string line) => text.Append(markdown ? "- " : "  - ").Append(line).Append('\n');

        text.Append(markdown ? "# " : string.Empty)
            .Append(Recipient == MessageBackRecipient.RegisteredGp ? "Social prescribing: message back to the GP practice" : "Social prescribing: message back to the referrer")
            .Append("\n\n");

        if (UpdatedOn is LocalDate updated)
        {
            text.Append(Texts.Invariant($"Update: follow-up recorded after the episode closed, latest on {Texts.Iso(updated)}.\n"));
        }

        if (Person is PersonIdentifier person)
        {
            text.Append(person.NhsNumber is NhsNumber nhs ? "NHS number: " + nhs.ToString("S", null) + ".\n" : string.Empty);
            text.Append(person.LocalKey is string key ? "Local key: " + Escape(key) + ".\n" : string.Empty);
        }

        text.Append(CaseReference is string reference ? "Your reference: " + Escape(reference) + ".\n" : string.Empty);
        text.Append(Texts.Invariant($"Episode {EpisodeId}: referred {Texts.Iso(ReferredOn)}, {EndingWord(Ending)} {Texts.Iso(EndedOn)}."));
        if (ClosureReason is Referrals.ClosureReason reason)
        {
            text.Append(" Reason: ").Append(Wording.Of(reason));
            text.Append(OtherClosureReason is string other ? " (" + Escape(other) + ")." : ".");
        }

        if (NotAcceptedReason is Referrals.NotAcceptedReason notAccepted)
        {
            text.Append(" Reason: ").Append(Words(notAccepted));
            text.Append(RedirectedTo is string service ? " (" + Escape(service) + ")." : ".");
        }

        text.Append(Ending == EpisodeState.Declined ? " The person declined social prescribing.\n" : "\n");
        if (!IsShared)
        {
            text.Append("The person has not agreed to share more with the referrer.\n");
            return text.ToString();
        }

        if (Ending != EpisodeState.Closed)
        {
            return text.ToString();
        }

        if (AttendedContactCount is int contacts)
        {
            text.Append(Texts.Invariant($"Contacts: {contacts} attended, {(long)TimeWithPerson!.Value.TotalMinutes} minutes with the person.\n"));
        }

        Heading("Support connected");
        if (Connections.Count == 0)
        {
            Item("None.");
        }

        foreach (ConnectionSummary c in Connections)
        {
            string group = c.GroupName is string name ? Escape(name) + (c.GroupId is string id ? " (" + Escape(id) + ")" : string.Empty) : Escape(c.GroupId!);
            string latest = c.Latest is ConnectionUpdate update ? $"latest: {update.Outcome} on {Texts.Iso(update.On)}" : "no news recorded";
            Item($"{Escape(Wording.Of(c.Category))}: {group}, introduced {Texts.Iso(c.IntroducedOn)} ({Wording.Of(c.How)}); {latest}.");
        }

        if (Ons4Change is Ons4Change ons4)
        {
            Heading($"Wellbeing (ONS4), {Texts.Iso(ons4.FromDate)} to {Texts.Iso(ons4.ToDate)}");
            foreach (Ons4Item item in Enum.GetValues<Ons4Item>())
            {
                Ons4ItemChange change = ons4[item];
                Item(Texts.Invariant($"{Wording.Of(item)}: {change.From} to {change.To} ({Wording.Of(change.Direction)})."));
            }
        }

        if (PamChange is PamChange pam)
        {
            Heading("Patient activation (PAM)");
            Item(Texts.Invariant($"{pam.From} (level {(int)pam.FromLevel}) to {pam.To} (level {(int)pam.ToLevel}), {pam.Difference:+0.0;-0.0;0.0} points{(pam.IsMeaningfulImprovement ? ", a meaningful improvement" : string.Empty)}."));
        }

        if (IsWholeMessage)
        {
            Heading("Escalations");
            if (Escalations.IsEmpty)
            {
                Item("None.");
            }

            foreach (Escalated e in Escalations)
            {
                Item($"{Texts.Iso(e.On)}: {Wording.Of(e.Reason)}, to {Wording.Of(e.To)}, {e.Urgency.ToString().ToLowerInvariant()}{(e.ClosesEpisode ? "; the episode closed" : string.Empty)}.");
            }
        }

        if (ChangesInPersonsWords is string words)
        {
            Heading("What changed, in the person's words");
            Item("\u201C" + Escape(words) + "\u201D");
        }

        if (Satisfaction is FriendsAndFamilyAnswer answer)
        {
            Heading("Experience of the service (NHS Friends and Family Test)");
            Item($"{FriendsAndFamilyTest.Question} {answer.GetDisplayName()}.");
        }

        return text.ToString();
    }
}
