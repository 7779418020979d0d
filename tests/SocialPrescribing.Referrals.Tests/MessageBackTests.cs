using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>
/// The message back for every ending of a referral, who is named in it, the update after closure and sharing with an
/// outside referrer by the person's own answer for it (docs/referrals.md, "Message back to the GP and the referrer").
/// </summary>
public class MessageBackTests
{
    private const string CaseReference = "HA-CASE-4471";
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

    /// <summary>The NHS number as digits and as displayed; the last four alone would also match masked forms, which no message back uses.</summary>
    private static readonly string[] NhsForms = ["9990000026", "999 000 0026"];

    private static Referrer Police => new(ReferralSourceKind.Police, OdsCode.Parse("RX2"), "Neighbourhood policing team");

    private static Referral ReferralFrom(Referrer referrer, PersonIdentifier? person = null, string? caseReference = CaseReference)
        => new(Journeys.ReferredOn, referrer, referrer.IsSelfReferral ? ReferralMethod.SelfReferral : ReferralMethod.Electronic, person ?? PersonIdentifier.Create(Journeys.Nhs),
            Journeys.Practice, [ReferralReason.Housing], primaryCareNetwork: Journeys.Pcn, referrerCaseReference: caseReference);

    /// <summary>An episode of the given events, each next one numbered and recorded a minute after the one before.</summary>
    private static Episode Replay(params Func<EventContext, EpisodeEvent>[] events)
        => Episode.Replay(events.Select((make, i) => make(new EventContext(Journeys.Id, i + 1, Start + Duration.FromMinutes(i), ActorRole.LinkWorker, Journeys.Lw))));

    /// <summary>The whole journey's events with more appended after them, numbered on.</summary>
    private static Episode Then(List<EpisodeEvent> events, params Func<EventContext, EpisodeEvent>[] more)
    {
        var all = new List<EpisodeEvent>(events);
        foreach (Func<EventContext, EpisodeEvent> make in more)
        {
            all.Add(make(new EventContext(Journeys.Id, all.Count + 1, all[^1].At + Duration.FromMinutes(1), ActorRole.LinkWorker, Journeys.Lw)));
        }

        return Episode.Replay(all);
    }

    private static Episode Declined(Referrer referrer, ConsentAnswer? referrerSharing = null)
    {
        var events = new List<Func<EventContext, EpisodeEvent>>
        {
            c => new ReferralMade(c, ReferralFrom(referrer)),
            c => new ReferralAccepted(c, Journeys.Lw, Journeys.ReferredOn.PlusDays(1)),
            c => new PersonDeclined(c, Journeys.ReferredOn.PlusDays(3)),
        };
        if (referrerSharing is ConsentAnswer answer)
        {
            events.Add(c => new ReferrerSharingRecorded(c, Journeys.ReferredOn.PlusDays(3), answer));
        }

        return Replay([.. events]);
    }

    private static Episode NotAccepted(Referrer referrer, ConsentAnswer? referrerSharing = null)
    {
        var events = new List<Func<EventContext, EpisodeEvent>>
        {
            c => new ReferralMade(c, ReferralFrom(referrer)),
            c => new ReferralNotAccepted(c, Journeys.ReferredOn.PlusDays(2), NotAcceptedReason.RedirectedToAnotherService, "Talking therapies"),
        };
        if (referrerSharing is ConsentAnswer answer)
        {
            events.Add(c => new ReferrerSharingRecorded(c, Journeys.ReferredOn.PlusDays(2), answer));
        }

        return Replay([.. events]);
    }

    [Fact]
    public void Create_Declined_SaysSo()
    {
        MessageBack gp = MessageBack.Create(Declined(Police), MessageBackRecipient.RegisteredGp);
        Assert.Equal((EpisodeState.Declined, Journeys.ReferredOn.PlusDays(3)), (gp.Ending, gp.EndedOn));
        Assert.Null(gp.ClosureReason);
        Assert.Empty(gp.Connections);
        Assert.Equal(
            "Social prescribing: message back to the GP practice\n\nNHS number: 999 000 0026.\nEpisode 7c9e6679-7425-40de-944b-e07fc1f90ae7: referred 2026-01-05, declined 2026-01-08. The person declined social prescribing.\n",
            gp.ToPlainText());
        Assert.Equal("Message back to RegisteredGp for episode 7c9e6679-7425-40de-944b-e07fc1f90ae7: referred 2026-01-05, declined 2026-01-08", gp.ToString());

        MessageBack police = MessageBack.Create(Declined(Police), MessageBackRecipient.Referrer);
        Assert.Equal(EpisodeState.Declined, police.Ending);
        Assert.Equal(
            "Social prescribing: message back to the referrer\n\nYour reference: HA-CASE-4471.\nEpisode 7c9e6679-7425-40de-944b-e07fc1f90ae7: referred 2026-01-05, declined 2026-01-08. The person declined social prescribing.\nThe person has not agreed to share more with the referrer.\n",
            police.ToPlainText());
        Assert.Contains("\nYour reference: HA\\-CASE\\-4471.\n", police.ToMarkdown(), StringComparison.Ordinal);
        Assert.DoesNotContain("not agreed", MessageBack.Create(Declined(Police, ConsentAnswer.Given), MessageBackRecipient.Referrer).ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NotAccepted_SaysWhyAndWhereTo()
    {
        MessageBack gp = MessageBack.Create(NotAccepted(Police), MessageBackRecipient.RegisteredGp);
        Assert.Equal((EpisodeState.NotAccepted, (NotAcceptedReason?)NotAcceptedReason.RedirectedToAnotherService, "Talking therapies"), (gp.Ending, gp.NotAcceptedReason, gp.RedirectedTo));
        Assert.Contains("referred 2026-01-05, not accepted 2026-01-07. Reason: Redirected to another service (Talking therapies).\n", gp.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Support connected", gp.ToPlainText(), StringComparison.Ordinal);

        MessageBack withoutAnswer = MessageBack.Create(NotAccepted(Police), MessageBackRecipient.Referrer);
        Assert.Equal((EpisodeState.NotAccepted, (NotAcceptedReason?)null, (string?)null), (withoutAnswer.Ending, withoutAnswer.NotAcceptedReason, withoutAnswer.RedirectedTo));
        Assert.Contains("not accepted 2026-01-07.\nThe person has not agreed to share more", withoutAnswer.ToPlainText(), StringComparison.Ordinal);

        MessageBack shared = MessageBack.Create(NotAccepted(Police, ConsentAnswer.Given), MessageBackRecipient.Referrer);
        Assert.Equal(NotAcceptedReason.RedirectedToAnotherService, shared.NotAcceptedReason);
        Assert.Contains("Reason: Redirected to another service (Talking therapies).\n", shared.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(
            "not accepted 2026-01-07. Reason: Social prescribing is not appropriate for the person's needs.\n",
            MessageBack.Create(Replay(c => new ReferralMade(c, ReferralFrom(Police)), c => new ReferralNotAccepted(c, Journeys.ReferredOn.PlusDays(2), NotAcceptedReason.NotAppropriate)), MessageBackRecipient.RegisteredGp).ToPlainText(),
            StringComparison.Ordinal);
    }

    /// <summary>An offer that lapsed or was declined had no referral: no referrer to write to, nothing referred to the service.</summary>
    [Fact]
    public void Create_WithoutAReferral_Throws()
    {
        Func<EventContext, EpisodeEvent> offer = c => new SocialPrescribingOffered(c, Journeys.ReferredOn, PersonIdentifier.Create(Journeys.Nhs), Journeys.Practice);
        Episode lapsed = Replay(offer, c => new OfferLapsed(c, Journeys.ReferredOn.PlusDays(30)));
        Episode declined = Replay(offer, c => new PersonDeclined(c, Journeys.ReferredOn.PlusDays(1)));
        foreach (Episode episode in new[] { lapsed, declined })
        {
            Assert.Equal(ReferralsMessages.MessageBackNoReferral, Assert.Throws<InvalidOperationException>(() => MessageBack.Create(episode, MessageBackRecipient.RegisteredGp)).Message);
            Assert.Throws<InvalidOperationException>(() => MessageBack.Create(episode, MessageBackRecipient.Referrer));
        }

        Assert.Equal(ReferralsMessages.MessageBackNotEnded, Assert.Throws<InvalidOperationException>(() => MessageBack.Create(Replay(offer), MessageBackRecipient.RegisteredGp)).Message);
    }

    /// <summary>The person's answer for the referring agency decides, not the episode-wide need-to-know answer: each is set against the other.</summary>
    [Theory]
    [InlineData(ConsentAnswer.Given, false)]
    [InlineData(ConsentAnswer.Declined, true)]
    [InlineData(ConsentAnswer.NotAsked, true)]
    public void Create_OutsideReferrer_FollowsTheReferrerSharingAnswer(ConsentAnswer referrerAnswer, bool episodeWideNeedToKnow)
    {
        List<EpisodeEvent> events = Journeys.Events(Journeys.Housing, Journeys.Permissions(episodeWideNeedToKnow, data: true, story: true));
        Episode episode = referrerAnswer == ConsentAnswer.NotAsked
            ? Episode.Replay(events)
            : Then(events, c => new ReferrerSharingRecorded(c, new LocalDate(2026, 7, 20), referrerAnswer));
        MessageBack message = MessageBack.Create(episode, MessageBackRecipient.Referrer);
        bool shared = referrerAnswer == ConsentAnswer.Given;
        Assert.Equal(shared, message.ClosureReason is not null);
        Assert.Equal(shared ? 2 : 0, message.Connections.Count);
        Assert.Equal(shared, message.Ons4Change is not null);
        Assert.Equal(shared, message.ChangesInPersonsWords is not null);
        Assert.Equal(!shared, message.ToPlainText().Contains("has not agreed", StringComparison.Ordinal));
        Assert.Equal(episodeWideNeedToKnow, GroupView.Create(episode, 1).IsShared); // the groups still follow their own answer
    }

    /// <summary>
    /// A known NHS number driven through every public path of MessageBack: it is in the practice's copy and in the copy for
    /// a referrer in the practice or its PCN (direct care), and nowhere else.
    /// </summary>
    [Fact]
    public void NhsNumber_AppearsOnlyWhereDocumented()
    {
        var pcnTeam = new Referrer(ReferralSourceKind.PcnMultiDisciplinaryTeam, Journeys.Pcn);
        var self = new Referrer(ReferralSourceKind.SelfReferral);
        var episodes = new List<Episode>
        {
            Then(Journeys.Events(Journeys.Housing, Journeys.Permissions(true, true, true)), c => new ReferrerSharingRecorded(c, new LocalDate(2026, 7, 20), ConsentAnswer.Given)),
            Journeys.Closed(Journeys.Gp, SharingPermissions.NoneAsked),
            Journeys.Closed(pcnTeam, SharingPermissions.NoneAsked),
            Journeys.Closed(self, SharingPermissions.NoneAsked),
            Declined(Police, ConsentAnswer.Given),
            NotAccepted(Police, ConsentAnswer.Given),
            Replay(c => new ReferralMade(c, ReferralFrom(Police, PersonIdentifier.Create(Journeys.Nhs, "MRN-77")))),
            Replay(c => new ReferralMade(c, ReferralFrom(self))),
        };

        int practiceCopies = 0;
        foreach (Episode episode in episodes)
        {
            foreach (MessageBackRecipient recipient in Enum.GetValues<MessageBackRecipient>())
            {
                MessageBack message;
                try
                {
                    message = MessageBack.Create(episode, recipient);
                }
                catch (InvalidOperationException thrown)
                {
                    AssertNone(thrown.Message);
                    continue;
                }

                AssertNone(message.ToString());
                Referrer referrer = episode.Referral!.Referrer;
                bool direct = recipient == MessageBackRecipient.RegisteredGp || referrer.Organisation == Journeys.Practice || referrer.Organisation == Journeys.Pcn;
                string[] texts = [message.ToPlainText(), message.ToMarkdown()];
                if (direct)
                {
                    practiceCopies++;
                    Assert.Equal(Journeys.Nhs, message.Person!.Value.NhsNumber);
                    Assert.All(texts, text => Assert.Single(AllIndexes(text, "999 000 0026")));
                }
                else
                {
                    Assert.Null(message.Person);
                    Assert.All(texts, AssertNone);
                }
            }
        }

        Assert.Equal(8, practiceCopies); // six GP copies, and the referrer's copy from the practice and from the PCN
    }

    /// <summary>The referrer's case reference is in the referrer's copy only, never in the practice's copy or a description.</summary>
    [Fact]
    public void CaseReference_OnlyInTheReferrersCopy()
    {
        Episode episode = Declined(Police);
        Assert.Equal(CaseReference, episode.Referral!.ReferrerCaseReference);
        Assert.DoesNotContain(CaseReference, episode.Referral.ToString(), StringComparison.Ordinal);
        MessageBack referrer = MessageBack.Create(episode, MessageBackRecipient.Referrer);
        MessageBack gp = MessageBack.Create(episode, MessageBackRecipient.RegisteredGp);
        Assert.Equal((CaseReference, (string?)null), (referrer.CaseReference, gp.CaseReference));
        Assert.Contains("Your reference: HA-CASE-4471.\n", referrer.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain(CaseReference, gp.ToPlainText() + gp.ToMarkdown() + gp + referrer, StringComparison.Ordinal);
        Assert.Null(MessageBack.Create(Replay(c => new ReferralMade(c, ReferralFrom(Police, caseReference: null)), c => new PersonDeclined(c, Journeys.ReferredOn)), MessageBackRecipient.Referrer).CaseReference);
    }

    [Theory]
    [InlineData("")]
    [InlineData("HA 4471")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    public void ReferrerCaseReference_NotAnId_Throws(string reference)
    {
        ArgumentException thrown = Assert.Throws<ArgumentException>(() => ReferralFrom(Police, caseReference: reference));
        Assert.Equal("referrerCaseReference", thrown.ParamName);
        Assert.DoesNotContain(reference.Length > 0 ? reference : "\u0000", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferrerCaseReference_IsPartOfEquality()
        => Assert.NotEqual(ReferralFrom(Police), ReferralFrom(Police, caseReference: "OTHER-1"));

    /// <summary>A message built after measures recorded after closure carries them and says it is an update.</summary>
    [Fact]
    public void Create_AfterMeasuresAfterClosure_IsAnUpdate()
    {
        List<EpisodeEvent> events = Journeys.Events(Journeys.Gp, SharingPermissions.NoneAsked);
        MessageBack first = MessageBack.Create(Episode.Replay(events), MessageBackRecipient.RegisteredGp);
        Assert.Null(first.UpdatedOn);
        Assert.Equal(new LocalDate(2026, 7, 12), first.Ons4Change!.Value.ToDate);

        LocalDate later = new(2027, 1, 10);
        Episode updated = Then(events, c => new Ons4Recorded(c, Journeys.Ons4(later, AssessmentOccasion.FollowUp, 8, 8, 7, 2)));
        Assert.True(later <= updated.FollowUpEndsOn);
        MessageBack update = MessageBack.Create(updated, MessageBackRecipient.RegisteredGp);
        Assert.Equal(later, update.UpdatedOn);
        Assert.Equal(later, update.Ons4Change!.Value.ToDate);
        Assert.Equal(new LocalDate(2026, 7, 20), update.EndedOn);
        Assert.Contains("\nUpdate: follow-up recorded after the episode closed, latest on 2027-01-10.\n", update.ToPlainText(), StringComparison.Ordinal);
        Assert.EndsWith(", closed 2026-07-20, updated 2027-01-10", update.ToString(), StringComparison.Ordinal);

        Episode corrected = Then(updated.Events.ToList(), c => new EnteredInError(c, c.At.InUtc().Date, updated.Events.Length, ErrorReason.WrongPerson));
        Assert.Null(MessageBack.Create(corrected, MessageBackRecipient.RegisteredGp).UpdatedOn);
    }

    /// <summary>For any generated episode that ended after a referral, the message's ending, dates and update follow the history.</summary>
    [Property(MaxTest = 150)]
    public void Create_EndingFollowsTheEpisode(Episode episode)
    {
        if (episode.Referral is null || episode.State is not (EpisodeState.Closed or EpisodeState.Declined or EpisodeState.NotAccepted))
        {
            Assert.Throws<InvalidOperationException>(() => MessageBack.Create(episode, MessageBackRecipient.RegisteredGp));
            return;
        }

        MessageBack message = MessageBack.Create(episode, MessageBackRecipient.RegisteredGp);
        Assert.Equal(episode.State, message.Ending);
        LocalDate ended = episode.State switch
        {
            EpisodeState.Closed => episode.ClosedOn!.Value,
            EpisodeState.Declined => episode.DeclinedOn!.Value,
            _ => episode.NotAccepted!.On,
        };
        Assert.Equal(ended, message.EndedOn);
        Assert.Equal(episode.Person, message.Person);
        Assert.Equal(message.UpdatedOn is not null, message.ToPlainText().Contains("\nUpdate: ", StringComparison.Ordinal));
        if (episode.State != EpisodeState.Closed)
        {
            Assert.Null(message.UpdatedOn);
        }
    }

    private static void AssertNone(string text)
    {
        foreach (string form in NhsForms)
        {
            Assert.DoesNotContain(form, text, StringComparison.Ordinal);
        }
    }

    private static List<int> AllIndexes(string text, string part)
    {
        var found = new List<int>();
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }
}
