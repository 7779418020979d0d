using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Text;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The message back to the GP and to the referrer when an episode closes (PRSB "Message back to GP and referrer"; seed
/// section 4, key tasks: "Provide appropriate feedback to referral agencies about the people they referred"): the
/// support connected and what came of it, the change in ONS4 and PAM, the closure reason and the escalations; as data,
/// plain text and Markdown.
/// </summary>
/// <remarks>
/// <para>
/// <b>Who gets what</b> (<c>docs/referrals.md</c>, "Sharing"; this library's choice where the sources are silent). The
/// registered GP practice, and a referrer in the practice or its PCN (the referrer's ODS code is the practice's or the
/// PCN's), get the whole message: sharing for direct care (PRSB's "Consent" guidance: direct care is the legal basis for sharing). A
/// referrer outside the practice gets only what the person agreed to share (seed section 5 items 5 and 7), reading
/// <see cref="SharingPermission.NeedToKnowSharingWithConnectedServices"/> as covering the agency that referred them:
/// without it, only the referral and closure dates; with it, the closure reason and the support connected; with
/// <see cref="SharingPermission.OngoingDataCollectionAndEvaluation"/> as well, the ONS4 and PAM change; with
/// <see cref="SharingPermission.ShareMyStory"/> as well, the changes in the person's words. Escalations, the other
/// closure reason's words, contacts and satisfaction never go outside the practice.
/// </para>
/// <para>
/// ONS4 change is between the earliest and latest ONS4 recorded, PAM change between the earliest and latest PAM
/// (SocialPrescribing.Measures' <see cref="Ons4Change"/> and <see cref="PamChange"/>); each needs two on different dates.
/// </para>
/// <para><see cref="ToString"/> names the recipient, episode and dates only; the text forms hold the person's words and are for the recipient.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class MessageBack
{
    private static readonly ReadOnlyCollection<ConnectionSummary> NoConnections = new([]);
    private static readonly ReadOnlyCollection<Escalated> NoEscalations = new([]);

    private MessageBack(Episode episode, MessageBackRecipient recipient)
    {
        Recipient = recipient;
        EpisodeId = episode.Id;
        ReferredOn = episode.Referral!.ReferredOn;
        ClosedOn = episode.ClosedOn!.Value;
        OdsCode? organisation = episode.Referral.Referrer.Organisation;
        IsWholeMessage = recipient == MessageBackRecipient.RegisteredGp
            || (organisation is OdsCode code && (code == episode.RegisteredPractice || code == episode.Referral.PrimaryCareNetwork));
        SharingPermissions permissions = episode.Permissions;
        bool needToKnow = IsWholeMessage || permissions.Allows(SharingPermission.NeedToKnowSharingWithConnectedServices);
        bool measures = IsWholeMessage || (needToKnow && permissions.Allows(SharingPermission.OngoingDataCollectionAndEvaluation));
        bool story = IsWholeMessage || (needToKnow && permissions.Allows(SharingPermission.ShareMyStory));

        if (needToKnow)
        {
            ClosureReason = episode.ClosureReason;
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
            OtherClosureReason = episode.OtherClosureReason;
            Escalations = episode.Escalations;
            Satisfaction = episode.Satisfaction?.Answer;
            AttendedContactCount = episode.AttendedContactCount;
            TimeWithPerson = episode.TimeWithPerson;
        }
    }

    /// <summary>Gets who the message is for.</summary>
    /// <value>The registered GP practice, or the referrer.</value>
    public MessageBackRecipient Recipient { get; }

    /// <summary>Gets a value indicating whether the recipient gets the whole message (the practice, or a referrer in the practice or its PCN).</summary>
    /// <value><see langword="false"/> for a referrer outside the practice, who gets only what the person agreed to share.</value>
    public bool IsWholeMessage { get; }

    /// <summary>Gets the episode.</summary>
    /// <value>Its id.</value>
    public EpisodeId EpisodeId { get; }

    /// <summary>Gets the date of the referral.</summary>
    /// <value>A calendar date.</value>
    public LocalDate ReferredOn { get; }

    /// <summary>Gets the date the episode closed.</summary>
    /// <value>A calendar date.</value>
    public LocalDate ClosedOn { get; }

    /// <summary>Gets why the episode closed.</summary>
    /// <value>The reason, or <see langword="null"/> when not shared with the recipient.</value>
    public ClosureReason? ClosureReason { get; }

    /// <summary>Gets the words of the other closure reason.</summary>
    /// <value>1 to 150 characters for the whole message when the reason is other; otherwise <see langword="null"/>.</value>
    public string? OtherClosureReason { get; }

    /// <summary>Gets the support the person was connected to and what came of it (seed section 10, "What support were they connected to?").</summary>
    /// <value>Empty when not shared with the recipient.</value>
    public ReadOnlyCollection<ConnectionSummary> Connections { get; } = NoConnections;

    /// <summary>Gets how the person's ONS4 answers changed (seed section 10: "How did their wellbeing ... change").</summary>
    /// <value>The change from the earliest to the latest ONS4, or <see langword="null"/> (fewer than two, or not shared).</value>
    public Ons4Change? Ons4Change { get; }

    /// <summary>Gets how the person's PAM score changed (seed section 10: "... and activation levels change").</summary>
    /// <value>The change from the earliest to the latest PAM, or <see langword="null"/> (fewer than two, or not shared).</value>
    public PamChange? PamChange { get; }

    /// <summary>Gets the concerns escalated.</summary>
    /// <value>Empty unless the whole message.</value>
    public ReadOnlyCollection<Escalated> Escalations { get; } = NoEscalations;

    /// <summary>Gets "what changes took place", in the person's words (seed section 10).</summary>
    /// <value>The words, or <see langword="null"/> (none recorded, or not shared).</value>
    public string? ChangesInPersonsWords { get; }

    /// <summary>Gets the person's answer on their experience of the service (NHS Friends and Family Test).</summary>
    /// <value>An answer for the whole message when recorded; otherwise <see langword="null"/>.</value>
    public FriendsAndFamilyAnswer? Satisfaction { get; }

    /// <summary>Gets the number of attended contacts.</summary>
    /// <value>0 or more for the whole message; otherwise <see langword="null"/>.</value>
    public int? AttendedContactCount { get; }

    /// <summary>Gets the time spent with the person.</summary>
    /// <value>The total for the whole message; otherwise <see langword="null"/>.</value>
    public Duration? TimeWithPerson { get; }

    /// <summary>Writes the message back for a closed episode.</summary>
    /// <param name="episode">The closed episode.</param>
    /// <param name="recipient">Who it is for.</param>
    /// <returns>The message, holding only what the recipient may see.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recipient"/> is not a named member.</exception>
    /// <exception cref="InvalidOperationException">The episode is not closed, or the message is for the referrer of a self-referral (there is none to write to).</exception>
    public static MessageBack Create(Episode episode, MessageBackRecipient recipient)
    {
        Preconditions.CheckNotNull(episode, nameof(episode));
        Preconditions.CheckDefined(recipient, nameof(recipient));
        if (episode.State != EpisodeState.Closed || episode.Referral is null)
        {
            throw new InvalidOperationException(ReferralsMessages.MessageBackNotClosed);
        }

        if (recipient == MessageBackRecipient.Referrer && episode.Referral.Referrer.IsSelfReferral)
        {
            throw new InvalidOperationException(ReferralsMessages.MessageBackSelfReferral);
        }

        return new MessageBack(episode, recipient);
    }

    /// <summary>Writes the message as plain text, one fact per line.</summary>
    /// <returns>The text, ending with a line break.</returns>
    public string ToPlainText() => Render(markdown: false);

    /// <summary>Writes the message as Markdown: a heading, then a list per part; free text is escaped.</summary>
    /// <returns>The Markdown, ending with a line break.</returns>
    public string ToMarkdown() => Render(markdown: true);

    /// <summary>Describes the message without its content.</summary>
    /// <returns>For example <c>Message back to RegisteredGp for episode 0f8f...: referred 2026-01-07, closed 2026-07-20</c>.</returns>
    public override string ToString() => $"Message back to {Recipient} for episode {EpisodeId}: referred {Texts.Iso(ReferredOn)}, closed {Texts.Iso(ClosedOn)}";

    private string Render(bool markdown)
    {
        var text = new StringBuilder();
        string Escape(string words) => markdown ? MarkdownText.Escape(words) : words.ReplaceLineEndings(" ");
        void Heading(string heading) => text.Append(markdown ? "\n## " : "\n").Append(heading).Append(markdown ? "\n\n" : ":\n");
        void Item(string line) => text.Append(markdown ? "- " : "  - ").Append(line).Append('\n');

        text.Append(markdown ? "# " : string.Empty)
            .Append(Recipient == MessageBackRecipient.RegisteredGp ? "Social prescribing: message back to the GP practice" : "Social prescribing: message back to the referrer")
            .Append("\n\n");

        text.Append(Texts.Invariant($"Episode {EpisodeId}: referred {Texts.Iso(ReferredOn)}, closed {Texts.Iso(ClosedOn)}."));
        if (ClosureReason is Referrals.ClosureReason reason)
        {
            text.Append(" Reason: ").Append(Wording.Of(reason));
            text.Append(OtherClosureReason is string other ? " (" + Escape(other) + ")." : ".");
        }

        text.Append('\n');
        if (!IsWholeMessage && ClosureReason is null)
        {
            text.Append("The person has not agreed to share more with the referrer.\n");
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
            if (Escalations.Count == 0)
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
