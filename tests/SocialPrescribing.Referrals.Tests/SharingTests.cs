using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>The message back at closure and the view for a connected group carry only what the recipient may see.</summary>
public class SharingTests
{
    private static readonly SharingPermissions Everything = Journeys.Permissions(needToKnow: true, data: true, story: true);

    [Fact]
    public void MessageBack_ToTheGp_HoldsTheWholeMessage()
    {
        MessageBack message = MessageBack.Create(Journeys.Closed(Journeys.Housing, SharingPermissions.NoneAsked), MessageBackRecipient.RegisteredGp);

        Assert.True(message.IsWholeMessage);
        Assert.Equal((Journeys.ReferredOn, new LocalDate(2026, 7, 20), EpisodeState.Closed), (message.ReferredOn, message.EndedOn, message.Ending));
        Assert.Equal(PersonIdentifier.Create(Journeys.Nhs), message.Person);
        Assert.Null(message.UpdatedOn);
        Assert.Equal(ClosureReason.GoalsMet, message.ClosureReason);
        Assert.Equal(["Community choir", "Citizens Advice"], message.Connections.Select(c => c.GroupName));
        Assert.Equal(new ConnectionUpdate(ConnectionOutcome.Engaged, new LocalDate(2026, 3, 10)), message.Connections[0].Latest);
        Assert.True(message.Connections[0].IsSupportTakenUp);
        Assert.False(message.Connections[1].IsSupportTakenUp);
        Ons4Change ons4 = message.Ons4Change!.Value;
        Assert.Equal((new LocalDate(2026, 1, 12), new LocalDate(2026, 7, 12)), (ons4.FromDate, ons4.ToDate));
        Assert.Equal(ChangeDirection.Improved, ons4.Anxiety.Direction);
        Assert.Equal(73, message.PamChange!.Value.DifferenceInTenths);
        Assert.True(message.PamChange.Value.IsMeaningfulImprovement);
        Assert.Single(message.Escalations);
        Assert.Equal(Journeys.Words, message.ChangesInPersonsWords);
        Assert.Equal(FriendsAndFamilyAnswer.VeryGood, message.Satisfaction);
        Assert.Equal(2, message.AttendedContactCount);
        Assert.Equal(Duration.FromMinutes(105), message.TimeWithPerson);
    }

    [Fact]
    public void MessageBack_PlainText()
    {
        string text = MessageBack.Create(Journeys.Closed(Journeys.Gp, Everything), MessageBackRecipient.RegisteredGp).ToPlainText();
        Assert.Equal(
            """
            Social prescribing: message back to the GP practice

            NHS number: 999 000 0026.
            Episode 7c9e6679-7425-40de-944b-e07fc1f90ae7: referred 2026-01-05, closed 2026-07-20. Reason: Goals met.
            Contacts: 2 attended, 105 minutes with the person.

            Support connected:
              - Arts-based activities and groups: Community choir (GROUP-7), introduced 2026-02-03 (the link worker went to the first session); latest: Engaged on 2026-03-10.
              - Money/welfare rights: Citizens Advice, introduced 2026-02-12 (went on their own); no news recorded.

            Wellbeing (ONS4), 2026-01-12 to 2026-07-12:
              - Life satisfaction: 3 to 7 (improved).
              - Things done are worthwhile: 4 to 7 (improved).
              - Happiness yesterday: 4 to 6 (improved).
              - Anxiety yesterday: 8 to 3 (improved).

            Patient activation (PAM):
              - 45.0 (level 1) to 52.3 (level 2), +7.3 points, a meaningful improvement.

            Escalations:
              - 2026-03-02: Safeguarding concern, to the GP supervisor, urgent.

            What changed, in the person's words:
              - “I *walk* to the shop now # and I have friends at the choir.”

            Experience of the service (NHS Friends and Family Test):
              - Overall, how was your experience of our service? Very good.

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void MessageBack_Markdown_EscapesThePersonsWords()
    {
        string markdown = MessageBack.Create(Journeys.Closed(Journeys.Gp, Everything), MessageBackRecipient.RegisteredGp).ToMarkdown();
        Assert.StartsWith("# Social prescribing: message back to the GP practice\n\nNHS number: 999 000 0026.\nEpisode ", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Support connected\n\n- Arts\\-based activities and groups: Community choir (GROUP\\-7)", markdown, StringComparison.Ordinal);
        Assert.Contains("- “I \\*walk\\* to the shop now \\# and I have friends at the choir\\.”\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("*walk*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageBack_ToAReferrerInThePracticeOrPcn_HoldsTheWholeMessage()
    {
        Assert.True(MessageBack.Create(Journeys.Closed(Journeys.Gp, SharingPermissions.NoneAsked), MessageBackRecipient.Referrer).IsWholeMessage);
        var pcnTeam = new Referrer(ReferralSourceKind.PcnMultiDisciplinaryTeam, Journeys.Pcn);
        MessageBack message = MessageBack.Create(Journeys.Closed(pcnTeam, SharingPermissions.NoneAsked), MessageBackRecipient.Referrer);
        Assert.True(message.IsWholeMessage);
        Assert.Single(message.Escalations);
    }

    [Fact]
    public void MessageBack_ToAReferrerOutsideThePractice_WithoutPermission_OnlyTheDates()
    {
        MessageBack message = MessageBack.Create(Journeys.Closed(Journeys.Housing, SharingPermissions.NoneAsked), MessageBackRecipient.Referrer);
        Assert.False(message.IsWholeMessage);
        Assert.Null(message.ClosureReason);
        Assert.Empty(message.Connections);
        Assert.Null(message.Ons4Change);
        Assert.Null(message.PamChange);
        Assert.Empty(message.Escalations);
        Assert.Null(message.ChangesInPersonsWords);
        Assert.Null(message.Satisfaction);
        Assert.Null(message.AttendedContactCount);
        Assert.Equal(
            "Social prescribing: message back to the referrer\n\nEpisode 7c9e6679-7425-40de-944b-e07fc1f90ae7: referred 2026-01-05, closed 2026-07-20.\nThe person has not agreed to share more with the referrer.\n",
            message.ToPlainText());
    }

    public static TheoryData<bool, bool, bool> PermissionCombinations()
    {
        var data = new TheoryData<bool, bool, bool>();
        foreach (bool a in new[] { false, true })
        {
            foreach (bool b in new[] { false, true })
            {
                foreach (bool c in new[] { false, true })
                {
                    data.Add(a, b, c);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PermissionCombinations))]
    public void MessageBack_ToAReferrerOutsideThePractice_HoldsWhatThePersonAgreedToShare(bool needToKnow, bool data, bool story)
    {
        // needToKnow is the person's answer for the referring agency; the episode-wide need-to-know answer is the opposite, and must not matter.
        List<EpisodeEvent> events = Journeys.Events(Journeys.Housing, Journeys.Permissions(!needToKnow, data, story));
        events.Add(new ReferrerSharingRecorded(new EventContext(Journeys.Id, events.Count + 1, events[^1].At + Duration.FromMinutes(1), ActorRole.LinkWorker, Journeys.Lw), new LocalDate(2026, 7, 20), needToKnow ? ConsentAnswer.Given : ConsentAnswer.Declined));
        MessageBack message = MessageBack.Create(Episode.Replay(events), MessageBackRecipient.Referrer);
        Assert.Null(message.Person);
        string text = message.ToPlainText() + message.ToMarkdown();
        Assert.Equal(needToKnow, message.ClosureReason is not null);
        Assert.Equal(needToKnow ? 2 : 0, message.Connections.Count);
        Assert.Equal(needToKnow && data, message.Ons4Change is not null && message.PamChange is not null);
        Assert.Equal(needToKnow && story, message.ChangesInPersonsWords is not null);
        Assert.Equal(needToKnow, text.Contains("choir", StringComparison.Ordinal));
        Assert.Equal(needToKnow && data, text.Contains("ONS4", StringComparison.Ordinal));
        Assert.Equal(needToKnow && story, text.Contains("shop", StringComparison.Ordinal));
        Assert.Empty(message.Escalations);
        Assert.Null(message.Satisfaction);
        Assert.Null(message.AttendedContactCount);
        Assert.DoesNotContain("Safeguarding", text, StringComparison.Ordinal);
        Assert.DoesNotContain("front", text, StringComparison.Ordinal); // the need-to-know note is for the group only
        Assert.DoesNotContain("bereaved", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MessageBack_NeedsAClosedEpisode_AndAReferrerToWriteTo()
    {
        Episode open = Episode.Replay(Journeys.Events(Journeys.Gp, Everything, close: false));
        Assert.Throws<InvalidOperationException>(() => MessageBack.Create(open, MessageBackRecipient.RegisteredGp));
        var self = new Referrer(ReferralSourceKind.SelfReferral);
        Episode selfReferred = Journeys.Closed(self, Everything);
        Assert.Throws<InvalidOperationException>(() => MessageBack.Create(selfReferred, MessageBackRecipient.Referrer));
        Assert.True(MessageBack.Create(selfReferred, MessageBackRecipient.RegisteredGp).IsWholeMessage);
        Assert.Throws<ArgumentOutOfRangeException>(() => MessageBack.Create(selfReferred, 0));
        Assert.Throws<ArgumentNullException>(() => MessageBack.Create(null!, MessageBackRecipient.RegisteredGp));
    }

    [Fact]
    public void MessageBack_ToString_NamesNoContent()
    {
        MessageBack message = MessageBack.Create(Journeys.Closed(Journeys.Gp, Everything), MessageBackRecipient.RegisteredGp);
        Assert.Equal("Message back to RegisteredGp for episode 7c9e6679-7425-40de-944b-e07fc1f90ae7: referred 2026-01-05, closed 2026-07-20", message.ToString());
        Assert.Equal("Connection 1: Arts-based activities and groups, introduced 2026-02-03, latest Engaged on 2026-03-10", message.Connections[0].ToString());
    }

    /// <summary>The whole message with all permissions; a referrer outside the practice never gets escalations, satisfaction or contacts.</summary>
    [Property(MaxTest = 150)]
    public void MessageBack_NeverHoldsMoreThanThePermissionsAllow(Episode episode)
    {
        if (episode.State is not (EpisodeState.Closed or EpisodeState.Declined or EpisodeState.NotAccepted) || episode.Referral is null)
        {
            return;
        }

        MessageBack gp = MessageBack.Create(episode, MessageBackRecipient.RegisteredGp);
        Assert.True(gp.IsWholeMessage);
        Assert.Equal(episode.ClosureReason, gp.ClosureReason);
        Assert.Equal(episode.Connections.Length, gp.Connections.Count);
        Assert.Equal(episode.Escalations, gp.Escalations);
        Assert.Equal(episode.Changes?.InPersonsWords, gp.ChangesInPersonsWords);
        if (episode.Referral.Referrer.IsSelfReferral)
        {
            return;
        }

        MessageBack referrer = MessageBack.Create(episode, MessageBackRecipient.Referrer);
        SharingPermissions p = episode.Permissions;
        bool inside = episode.Referral.Referrer.Organisation is OdsCode org && (org == episode.RegisteredPractice || org == episode.Referral.PrimaryCareNetwork);
        bool needToKnow = inside || ReferrerAgreed(episode);
        Assert.Equal(inside, referrer.IsWholeMessage);
        Assert.Equal(inside ? episode.Person : null, referrer.Person);
        Assert.Equal(episode.Referral.ReferrerCaseReference, referrer.CaseReference);
        Assert.Equal(needToKnow ? episode.ClosureReason : null, referrer.ClosureReason);
        Assert.Equal(needToKnow ? episode.Connections.Length : 0, referrer.Connections.Count);
        if (!(inside || (needToKnow && p.Allows(SharingPermission.OngoingDataCollectionAndEvaluation))))
        {
            Assert.Null(referrer.Ons4Change);
            Assert.Null(referrer.PamChange);
        }

        if (!(inside || (needToKnow && p.Allows(SharingPermission.ShareMyStory))))
        {
            Assert.Null(referrer.ChangesInPersonsWords);
        }

        if (!inside)
        {
            Assert.Empty(referrer.Escalations);
            Assert.Null(referrer.Satisfaction);
            Assert.Null(referrer.AttendedContactCount);
            Assert.Null(referrer.OtherClosureReason);
        }
    }

    /// <summary>The person's latest answer for the referring agency, read from the history; events entered in error do not count.</summary>
    private static bool ReferrerAgreed(Episode episode)
        => episode.Events
            .Where(e => e is not EnteredInError && !episode.EventsEnteredInError.Contains(e.Number))
            .OfType<ReferrerSharingRecorded>()
            .LastOrDefault()?.Answer == ConsentAnswer.Given;

    [Fact]
    public void GroupView_WithPermission_CarriesWhatTheGroupNeedsToKnow()
    {
        Episode episode = Journeys.Closed(Journeys.Housing, Journeys.Permissions(needToKnow: true));
        GroupView view = GroupView.Create(episode, 1);
        Assert.True(view.IsShared);
        Assert.Equal(("GROUP-7", "Community choir"), (view.GroupId, view.GroupName));
        Assert.Equal(episode.Id, view.EpisodeId);
        Assert.Equal(Journeys.Lw, view.LinkWorker);
        Assert.Equal(ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities), view.Category);
        Assert.Equal(new LocalDate(2026, 2, 3), view.IntroducedOn);
        Assert.Equal(IntroductionMethod.LinkWorkerWentToFirstSession, view.How);
        Assert.Equal("Hard of hearing: sit her near the front", view.NeedToKnowNote);
        Assert.Equal(2, view.Updates.Length);
        Assert.Equal("View for connection 1: shared", view.ToString());
    }

    [Theory]
    [InlineData(ConsentAnswer.NotAsked)]
    [InlineData(ConsentAnswer.Declined)]
    public void GroupView_WithoutPermission_CarriesNothingAboutThePerson(ConsentAnswer answer)
    {
        SharingPermissions permissions = Everything.With(SharingPermission.NeedToKnowSharingWithConnectedServices, answer);
        GroupView view = GroupView.Create(Journeys.Closed(Journeys.Housing, permissions), 1);
        Assert.False(view.IsShared);
        AssertNothingAboutThePerson(view);
        Assert.Equal(("GROUP-7", "Community choir"), (view.GroupId, view.GroupName));
        Assert.Equal("View for connection 1: nothing about the person shared", view.ToString());
    }

    [Fact]
    public void GroupView_UnknownConnection_Throws()
    {
        Episode episode = Journeys.Closed(Journeys.Housing, Everything);
        Assert.Equal("connectionNumber", Assert.Throws<ArgumentOutOfRangeException>(() => GroupView.Create(episode, 3)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupView.Create(episode, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupView.Create(EpisodeScript.Canonical(EpisodeState.Referred, episode.Id, Journeys.ReferredOn).Episode!, 1));
    }

    /// <summary>The view's members are exactly these: a new member must be added here, with its rule.</summary>
    [Fact]
    public void GroupView_HasNoOtherMembers()
    {
        string[] members = [.. typeof(GroupView).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal)];
        Assert.Equal(["Category", "ConnectionNumber", "EpisodeId", "GroupId", "GroupName", "How", "IntroducedOn", "IsShared", "LinkWorker", "NeedToKnowNote", "Updates"], members);
    }

    /// <summary>For any episode and any of its connections, the view holds a field about the person only with the need-to-know permission.</summary>
    [Property(MaxTest = 200)]
    public void GroupView_NeverHoldsAFieldOutsideThePermissions(Episode episode) => GroupViewsFollowPermissions(episode);

    /// <summary>
    /// The person's need-to-know answer for a connection, read from the history as docs/referrals.md says: their latest
    /// answer for that connection, else the latest episode-wide answer they gave; events entered in error do not count.
    /// </summary>
    private static bool SharedWith(Episode episode, int connectionNumber)
    {
        EpisodeEvent[] effective = [.. episode.Events.Where(e => e is not EnteredInError && !episode.EventsEnteredInError.Contains(e.Number))];
        ConsentAnswer own = effective.OfType<ConnectionSharingRecorded>().LastOrDefault(c => c.ConnectionNumber == connectionNumber)?.Answer ?? ConsentAnswer.NotAsked;
        ConsentAnswer wide = effective.OfType<PermissionsRecorded>()
            .Select(p => p.Permissions.AnswerFor(SharingPermission.NeedToKnowSharingWithConnectedServices))
            .LastOrDefault(a => a != ConsentAnswer.NotAsked);
        return (own != ConsentAnswer.NotAsked ? own : wide) == ConsentAnswer.Given;
    }

    internal static void GroupViewsFollowPermissions(Episode episode)
    {
        foreach (Connection connection in episode.Connections)
        {
            GroupView view = GroupView.Create(episode, connection.Number);
            Assert.Equal(connection.Made.GroupId, view.GroupId);
            Assert.Equal(connection.Made.GroupName, view.GroupName);
            if (SharedWith(episode, connection.Number))
            {
                Assert.True(view.IsShared);
                Assert.Equal(episode.Id, view.EpisodeId);
                Assert.Equal(connection.Made.NeedToKnowNote, view.NeedToKnowNote);
                Assert.Equal(connection.Updates, view.Updates);
            }
            else
            {
                Assert.False(view.IsShared);
                AssertNothingAboutThePerson(view);
            }
        }
    }

    private static void AssertNothingAboutThePerson(GroupView view)
    {
        Assert.Null(view.EpisodeId);
        Assert.Null(view.LinkWorker);
        Assert.Null(view.Category);
        Assert.Null(view.IntroducedOn);
        Assert.Null(view.How);
        Assert.Null(view.NeedToKnowNote);
        Assert.Empty(view.Updates);
    }

    /// <summary>A message with nothing connected and nothing escalated says so; a closure for another reason gives it; words over several lines stay on one.</summary>
    [Fact]
    public void MessageBack_NothingConnected_OtherReason_SmallPamChange_WordsOnOneLine()
    {
        int minute = 0;
        Instant At() => Instant.FromUtc(2026, 1, 5, 9, 0) + Duration.FromMinutes(minute++);
        LocalDate first = new(2026, 1, 12);
        LocalDate later = new(2026, 7, 12);
        var referral = new Referral(Journeys.ReferredOn, Journeys.Housing, ReferralMethod.Electronic, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice, [ReferralReason.Housing]);
        Episode episode = Episode.Replay(
        [
            new ReferralMade(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.Referrer, null), referral),
            new ReferralAccepted(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), Journeys.Lw, Journeys.ReferredOn.PlusDays(1)),
            new ContactRecorded(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), first.At(new LocalTime(10, 0)).InZoneLeniently(Journeys.London), ConsultationMethod.FaceToFace, ContactLocation.Home, Duration.FromMinutes(60), ContactAttendance.Attended),
            new Ons4Recorded(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), new Ons4Response(first, AssessmentOccasion.Baseline, Ons4Answer.Create(5), Ons4Answer.Create(6), Ons4Answer.Create(4), Ons4Answer.Refused)),
            new PamRecorded(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), first, PamScore.Create(45.0m)),
            new PamRecorded(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), first.PlusMonths(3), PamScore.Create(46.0m)),
            new Ons4Recorded(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), Journeys.Ons4(later, AssessmentOccasion.FollowUp, 4, 6, 6, 3)),
            new ChangesRecorded(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.Person, Journeys.Lw), later, "I go out more.\nI sleep *better*."),
            new EpisodeClosed(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), new LocalDate(2026, 7, 20), ClosureReason.Other, "Moved into a care home"),
        ]);
        MessageBack message = MessageBack.Create(episode, MessageBackRecipient.RegisteredGp);

        Assert.Equal(
            """
            Social prescribing: message back to the GP practice

            NHS number: 999 000 0026.
            Episode 7c9e6679-7425-40de-944b-e07fc1f90ae7: referred 2026-01-05, closed 2026-07-20. Reason: Other (Moved into a care home).
            Contacts: 1 attended, 60 minutes with the person.

            Support connected:
              - None.

            Wellbeing (ONS4), 2026-01-12 to 2026-07-12:
              - Life satisfaction: 5 to 4 (worsened).
              - Things done are worthwhile: 6 to 6 (no change).
              - Happiness yesterday: 4 to 6 (improved).
              - Anxiety yesterday: refused to 3 (not comparable).

            Patient activation (PAM):
              - 45.0 (level 1) to 46.0 (level 1), +1.0 points.

            Escalations:
              - None.

            What changed, in the person's words:
              - “I go out more. I sleep *better*.”

            """.ReplaceLineEndings("\n"),
            message.ToPlainText());
        Assert.Contains("\n- “I go out more\\. I sleep \\*better\\*\\.”\n", message.ToMarkdown(), StringComparison.Ordinal);
    }

    /// <summary>An escalation that closed the episode is the closure reason and says so in the list of escalations.</summary>
    [Fact]
    public void MessageBack_EscalationThatClosedTheEpisode()
    {
        int minute = 0;
        Instant At() => Instant.FromUtc(2026, 1, 5, 9, 0) + Duration.FromMinutes(minute++);
        var referral = new Referral(Journeys.ReferredOn, Journeys.Gp, ReferralMethod.Electronic, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice, [ReferralReason.Housing]);
        Episode episode = Episode.Replay(
        [
            new ReferralMade(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.Referrer, null), referral),
            new ReferralAccepted(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), Journeys.Lw, Journeys.ReferredOn.PlusDays(1)),
            new Escalated(new EventContext(Journeys.Id, minute + 1, At(), ActorRole.LinkWorker, Journeys.Lw), new LocalDate(2026, 2, 1), EscalationReason.MentalHealthNeedRequiringQualifiedPractitioner, EscalationRecipient.OtherHealthProfessional, Urgency.Routine, closesEpisode: true),
        ]);
        string text = MessageBack.Create(episode, MessageBackRecipient.Referrer).ToPlainText();

        Assert.Contains("closed 2026-02-01. Reason: Referred back to a clinician: the need is beyond the link worker's scope.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nEscalations:\n  - 2026-02-01: Mental health need requiring a qualified practitioner, to another health professional, routine; the episode closed.\n", text, StringComparison.Ordinal);
    }

    public static TheoryData<ClosureReason, string> ClosureWords() => new()
    {
        { ClosureReason.GoalsMet, "Goals met" },
        { ClosureReason.PersonDeclinedFurtherSupport, "The person declined further support" },
        { ClosureReason.NoContactAfterAttempts, "No contact after the service's attempts" },
        { ClosureReason.Disengaged, "The person disengaged" },
        { ClosureReason.MovedAway, "The person moved away" },
        { ClosureReason.ReferredBackToClinician, "Referred back to a clinician: the need is beyond the link worker's scope" },
        { ClosureReason.Died, "The person died" },
        { ClosureReason.Other, "Other (Moved into a care home)" },
    };

    /// <summary>The GP reads why the episode closed in words, for every reason.</summary>
    [Theory]
    [MemberData(nameof(ClosureWords))]
    public void MessageBack_ClosureReason_InWords(ClosureReason reason, string words)
    {
        // The script's closure for choice c has reason c % 8 + 1 (and "Moved into a care home" for Other).
        var script = new EpisodeScript(Journeys.Id, Journeys.ReferredOn, [new EpisodeCommand(EpisodeEventKind.Referred, 0, 0), new EpisodeCommand(EpisodeEventKind.Closed, 1, (int)reason - 1)]);
        Assert.Equal(reason, script.Episode!.ClosureReason);
        Assert.Contains(". Reason: " + words + ".\n", MessageBack.Create(script.Episode, MessageBackRecipient.RegisteredGp).ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EscalationReason.SafeguardingConcern, "Safeguarding concern")]
    [InlineData(EscalationReason.AbuseOrDomesticViolence, "Abuse or domestic violence")]
    [InlineData(EscalationReason.MentalHealthNeedRequiringQualifiedPractitioner, "Mental health need requiring a qualified practitioner")]
    [InlineData(EscalationReason.OtherClinicalConcern, "Other clinical concern")]
    public void Words_EscalationReasons(EscalationReason reason, string words) => Assert.Equal(words, Wording.Of(reason));

    [Theory]
    [InlineData(EscalationRecipient.GpSupervisor, "the GP supervisor")]
    [InlineData(EscalationRecipient.Gp, "the GP")]
    [InlineData(EscalationRecipient.OtherHealthProfessional, "another health professional")]
    [InlineData(EscalationRecipient.IdentifiedIndividual, "an identified individual")]
    public void Words_EscalationRecipients(EscalationRecipient to, string words) => Assert.Equal(words, Wording.Of(to));

    [Theory]
    [InlineData(IntroductionMethod.LinkWorkerWentToFirstSession, "the link worker went to the first session")]
    [InlineData(IntroductionMethod.VolunteerBuddyWent, "a volunteer buddy went with them")]
    [InlineData(IntroductionMethod.PersonWentAlone, "went on their own")]
    public void Words_IntroductionMethods(IntroductionMethod how, string words) => Assert.Equal(words, Wording.Of(how));

    [Fact]
    public void Words_OtherCategory_SaysWhatItIs()
        => Assert.Equal("Other: Repair cafe", Wording.Of(ConnectionCategory.CreateOther("Repair cafe")));

    [Fact]
    public void MessageBack_NotClosed_SaysWhy_AndGroupViewNeedsAnEpisode()
    {
        Episode open = Episode.Replay(Journeys.Events(Journeys.Gp, Everything, close: false));
        Assert.Equal(ReferralsMessages.MessageBackNotEnded, Assert.Throws<InvalidOperationException>(() => MessageBack.Create(open, MessageBackRecipient.RegisteredGp)).Message);
        Assert.Equal("episode", Assert.Throws<ArgumentNullException>(() => GroupView.Create(null!, 1)).ParamName);
        MessageBack message = MessageBack.Create(Journeys.Closed(Journeys.Gp, Everything), MessageBackRecipient.RegisteredGp);
        Assert.Equal("Connection 2: Money/welfare rights, introduced 2026-02-12", message.Connections[1].ToString());
    }
}
