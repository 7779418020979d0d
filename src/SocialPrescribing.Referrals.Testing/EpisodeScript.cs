using System.Collections.ObjectModel;
using System.Text;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals.Testing;

/// <summary>
/// A script of <see cref="EpisodeCommand"/>s for one episode, and the concrete events it stands for: one event per
/// command, made without looking at the episode's state.
/// </summary>
/// <remarks>
/// <para>
/// Dates start at <see cref="FirstDate"/> and move on by each command's <see cref="EpisodeCommand.DaysLater"/>; each
/// event is recorded one minute after the one before, from <see cref="FirstInstant"/>. The person has a test-range NHS
/// number (999...), the practice is <c>A81001</c> in PCN <c>U12345</c>, and the link workers are <c>LW-01</c> to
/// <c>LW-03</c>. Each kind reads <see cref="EpisodeCommand.Choice"/> to pick its details: attendance (contacts are
/// attended when choice mod 4 is 0 or 1), the connection number (choice mod 3, plus 1), whether an escalation closes
/// the episode (choice mod 3 is 0), cover or handover (choice even is cover), and so on.
/// </para>
/// <para>
/// <see cref="Episode"/> folds the events and skips those refused, so any script gives a valid episode (or none, when
/// no command starts one). A model-based test instead applies <see cref="Events"/> one by one and checks each refusal.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class EpisodeScript
{
    /// <summary>The person's NHS number, in the test range never issued to people.</summary>
    private static readonly NhsNumber TestNhsNumber = NhsNumber.Parse("9990000026");

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private readonly Folded _folded;

    /// <summary>Creates a script.</summary>
    /// <param name="id">The episode's id.</param>
    /// <param name="firstDate">The date before the first command's <see cref="EpisodeCommand.DaysLater"/>.</param>
    /// <param name="commands">The commands, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="commands"/> is null.</exception>
    public EpisodeScript(EpisodeId id, LocalDate firstDate, IEnumerable<EpisodeCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Id = id;
        FirstDate = firstDate;
        Commands = commands.ToList().AsReadOnly();
        (List<EpisodeEvent> events, _folded) = Fold();
        Events = events.AsReadOnly();
    }

    /// <summary>Gets the link workers the scripts use.</summary>
    /// <value><c>LW-01</c>, <c>LW-02</c> and <c>LW-03</c>.</value>
    public static ReadOnlyCollection<LinkWorkerId> LinkWorkers { get; } = Array.AsReadOnly([LinkWorkerId.Create("LW-01"), LinkWorkerId.Create("LW-02"), LinkWorkerId.Create("LW-03")]);

    /// <summary>Gets the person of every script (a test-range NHS number).</summary>
    /// <value>The person.</value>
    public static PersonIdentifier Person { get; } = PersonIdentifier.Create(TestNhsNumber);

    /// <summary>Gets the person an <see cref="EpisodeTwist.OtherPerson"/> command names.</summary>
    /// <value>A person known by a local key.</value>
    public static PersonIdentifier OtherPerson { get; } = PersonIdentifier.Create(null, "LOCAL-42");

    /// <summary>Gets the registered practice of every script.</summary>
    /// <value><c>A81001</c>.</value>
    public static OdsCode Practice { get; } = OdsCode.Parse("A81001");

    /// <summary>Gets the PCN of every script.</summary>
    /// <value><c>U12345</c>.</value>
    public static OdsCode Network { get; } = OdsCode.Parse("U12345");

    /// <summary>Gets the episode's id.</summary>
    /// <value>The id every well-formed event names.</value>
    public EpisodeId Id { get; }

    /// <summary>Gets the date the script's dates count from.</summary>
    /// <value>A calendar date.</value>
    public LocalDate FirstDate { get; }

    /// <summary>Gets the instant the first event is recorded.</summary>
    /// <value>09:00 UTC on <see cref="FirstDate"/>.</value>
    public Instant FirstInstant => FirstDate.At(new LocalTime(9, 0)).InUtc().ToInstant();

    /// <summary>Gets the commands.</summary>
    /// <value>In order.</value>
    public ReadOnlyCollection<EpisodeCommand> Commands { get; }

    /// <summary>Gets the event each command stands for, in order.</summary>
    /// <value>One event per command.</value>
    public ReadOnlyCollection<EpisodeEvent> Events { get; }

    /// <summary>Gets the episode the events fold to, skipping those refused.</summary>
    /// <value>The episode, or <see langword="null"/> when no command starts one.</value>
    public Episode? Episode => _folded.Episode;

    /// <summary>Gets every episode the fold passes through, one per event applied.</summary>
    /// <value>In order; the last is <see cref="Episode"/>.</value>
    public ReadOnlyCollection<Episode> Stages => _folded.Stages;

    /// <summary>Gets the script for the shortest path to a state, with dates a few days apart: the examples of <c>docs/referrals.md</c>.</summary>
    /// <param name="state">The state to reach.</param>
    /// <param name="id">The episode's id.</param>
    /// <param name="firstDate">The date the script counts from.</param>
    /// <returns>The script; its <see cref="Episode"/> is in <paramref name="state"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a named member.</exception>
    /// <remarks>
    /// Connected and under review go through a plan and a connection, so every event the table allows in those states
    /// applies. On hold is reached from accepted.
    /// </remarks>
    public static EpisodeScript Canonical(EpisodeState state, EpisodeId id, LocalDate firstDate)
        => new(id, firstDate, PathTo(state).Select(kind => new EpisodeCommand(kind, 2, kind == EpisodeEventKind.ContactRecorded ? 0 : 1)));

    /// <summary>
    /// Gets the script of a long, busy episode: <see cref="Canonical"/> to connected, then contacts, ONS4, news of the
    /// first connection, PAM, permissions, more connections and complaints in turn, three days apart; every event applies.
    /// </summary>
    /// <param name="id">The episode's id.</param>
    /// <param name="firstDate">The date the script counts from.</param>
    /// <param name="events">How many events, 5 (the path to connected) or more.</param>
    /// <returns>The script; its <see cref="Episode"/> holds <paramref name="events"/> events.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="events"/> is less than 5.</exception>
    /// <remarks>For measuring the fold at any length (the benchmarks, and the tests that its cost is linear).</remarks>
    public static EpisodeScript Busy(EpisodeId id, LocalDate firstDate, int events)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(events, PathTo(EpisodeState.Connected).Count);
        EpisodeEventKind[] cycle =
        [
            EpisodeEventKind.ContactRecorded, EpisodeEventKind.Ons4Recorded, EpisodeEventKind.ConnectionOutcomeRecorded, EpisodeEventKind.PamRecorded,
            EpisodeEventKind.PermissionsRecorded, EpisodeEventKind.ConnectionMade, EpisodeEventKind.ComplaintRecorded,
        ];

        // Choice i: contacts attended or not in turn; news always of connection 1 (choice a multiple of 3), of every kind.
        return Canonical(EpisodeState.Connected, id, firstDate).With([.. Enumerable.Range(0, events - PathTo(EpisodeState.Connected).Count)
            .Select(i => new EpisodeCommand(cycle[i % cycle.Length], 3, cycle[i % cycle.Length] == EpisodeEventKind.ConnectionOutcomeRecorded ? 3 * (i % 4) : i))]);
    }

    /// <summary>Gets the kinds of event on the shortest path to a state, as <see cref="Canonical"/> uses them.</summary>
    /// <param name="state">The state to reach.</param>
    /// <returns>The kinds, in order (a contact on the path is attended).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a named member.</exception>
    public static IReadOnlyList<EpisodeEventKind> PathTo(EpisodeState state)
    {
        EpisodeEventKind[] working = [EpisodeEventKind.Referred, EpisodeEventKind.Accepted, EpisodeEventKind.ContactRecorded];
        return state switch
        {
            EpisodeState.Offered => [EpisodeEventKind.Offered],
            EpisodeState.Declined => [EpisodeEventKind.Offered, EpisodeEventKind.Declined],
            EpisodeState.Referred => [EpisodeEventKind.Referred],
            EpisodeState.Accepted => [EpisodeEventKind.Referred, EpisodeEventKind.Accepted],
            EpisodeState.NotAccepted => [EpisodeEventKind.Referred, EpisodeEventKind.NotAccepted],
            EpisodeState.FirstContactMade => working,
            EpisodeState.PlanAgreed => [.. working, EpisodeEventKind.PlanAgreed],
            EpisodeState.Connected => [.. working, EpisodeEventKind.PlanAgreed, EpisodeEventKind.ConnectionMade],
            EpisodeState.UnderReview => [.. working, EpisodeEventKind.PlanAgreed, EpisodeEventKind.ConnectionMade, EpisodeEventKind.ReviewStarted],
            EpisodeState.OnHold => [EpisodeEventKind.Referred, EpisodeEventKind.Accepted, EpisodeEventKind.PutOnHold],
            EpisodeState.Closed => [EpisodeEventKind.Referred, EpisodeEventKind.Closed],
            EpisodeState.Lapsed => [EpisodeEventKind.Offered, EpisodeEventKind.OfferLapsed],
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
    }

    /// <summary>Returns this script with more commands at the end.</summary>
    /// <param name="more">The commands to add.</param>
    /// <returns>The longer script.</returns>
    public EpisodeScript With(params EpisodeCommand[] more) => new(Id, FirstDate, Commands.Concat(more));

    /// <summary>Gets the date the command at <paramref name="index"/> is dated, before any twist.</summary>
    /// <param name="index">The command's position.</param>
    /// <returns><see cref="FirstDate"/> plus every <see cref="EpisodeCommand.DaysLater"/> up to and including it.</returns>
    public LocalDate DateOf(int index) => FirstDate.PlusDays(Commands.Take(index + 1).Sum(c => c.DaysLater));

    /// <summary>Describes the script by its commands, never the person.</summary>
    /// <returns>For example <c>2026-01-05: Referred+1d#0, Accepted+2d#1</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Texts(FirstDate)).Append(": ");
        return text.AppendJoin(", ", Commands).ToString();
    }

    private static string Texts(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>The concrete event for one command.</summary>
    private static EpisodeEvent Make(EpisodeEventKind kind, int c, EpisodeId id, int number, Instant at, LocalDate on, PersonIdentifier person)
    {
        LinkWorkerId lw = LinkWorkers[c % LinkWorkers.Count];
        return kind switch
        {
            EpisodeEventKind.Offered => new SocialPrescribingOffered(new EventContext(id, number, at, ActorRole.FirstPointOfContact), on, person, Practice, demographics: MakeDemographics(c, on)),
            EpisodeEventKind.Referred => new ReferralMade(new EventContext(id, number, at, c % 5 == 4 ? ActorRole.Person : ActorRole.Referrer), MakeReferral(c, on, person)),
            EpisodeEventKind.Declined => new PersonDeclined(new EventContext(id, number, at, ActorRole.Person), on),
            EpisodeEventKind.Accepted => new ReferralAccepted(new EventContext(id, number, at, ActorRole.LinkWorker, lw), lw, on),
            EpisodeEventKind.NotAccepted => c % 2 == 0
                ? new ReferralNotAccepted(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, NotAcceptedReason.NotAppropriate)
                : new ReferralNotAccepted(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, NotAcceptedReason.RedirectedToAnotherService, "Community mental health team"),
            EpisodeEventKind.ContactRecorded => new ContactRecorded(
                new EventContext(id, number, at, ActorRole.LinkWorker, lw), on.At(new LocalTime(10, 0)).InZoneLeniently(London), ContactMethod(c), ContactPlace(c), Duration.FromMinutes(15 * (c % 4 + 1)), (c % 4) switch { 0 or 1 => ContactAttendance.Attended, 2 => ContactAttendance.DidNotAttend, _ => ContactAttendance.Cancelled }, c % 3 == 0 ? "Talked about what matters; agreed next steps." : null),
            EpisodeEventKind.PlanAgreed => new CarePlanAgreed(new EventContext(id, number, at, ActorRole.LinkWorker, lw), new CarePlanReference("PLAN-" + (c % 10).ToString(System.Globalization.CultureInfo.InvariantCulture), on, on.PlusMonths(3))),
            EpisodeEventKind.ConnectionMade => new ConnectionMade(
                new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, c % 11 == 10 ? ConnectionCategory.CreateOther("Repair cafe") : ConnectionCategory.Create((ConnectionCategoryKind)(c % 11 + 1)), (IntroductionMethod)(c % 3 + 1), groupId: c % 4 == 3 ? null : "GROUP-" + (c % 5).ToString(System.Globalization.CultureInfo.InvariantCulture), groupName: c % 4 == 0 ? null : "Tuesday walking group", needToKnowNote: c % 2 == 0 ? "Uses a wheelchair; prefers a quiet corner." : null, supportCode: c % 3 == 1 ? Code(c) : null),
            EpisodeEventKind.ConnectionOutcomeRecorded => new ConnectionOutcomeRecorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, c % 3 + 1, (ConnectionOutcome)(c / 3 % 4 + 1)),
            EpisodeEventKind.Ons4Recorded => new Ons4Recorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), MakeOns4(c, on)),
            EpisodeEventKind.PamRecorded => new PamRecorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, PamScore.FromTenths(300 + (c * 37 % 600))),
            EpisodeEventKind.PamEligibilityRecorded => new PamEligibilityRecorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, (PamEligibilityOutcome)(c % 3 + 1)),
            EpisodeEventKind.SatisfactionRecorded => new SatisfactionRecorded(new EventContext(id, number, at, ActorRole.Person, lw), on, (FriendsAndFamilyAnswer)(c % 6 + 1)),
            EpisodeEventKind.ChangesRecorded => new ChangesRecorded(new EventContext(id, number, at, ActorRole.Person, lw), on, "I go out twice a week now and I sleep better.", c % 2 == 0 ? [Code(c)] : null),
            EpisodeEventKind.ReviewStarted => new ReviewStarted(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on),
            EpisodeEventKind.ReviewCompleted => new ReviewCompleted(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, on.PlusMonths(3)),
            EpisodeEventKind.Escalated => new Escalated(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, (EscalationReason)(c % 4 + 1), (EscalationRecipient)(c / 4 % 4 + 1), c % 2 == 0 ? Urgency.Urgent : Urgency.Routine, c % 3 == 0),
            EpisodeEventKind.PersonalHealthBudgetExplored => new PersonalHealthBudgetExplored(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, (PersonalHealthBudgetOutcome)(c % 4 + 1)),
            EpisodeEventKind.ComplaintRecorded => (ComplaintHandling)(c % 5 + 1) is var handling && handling == ComplaintHandling.Open
                ? new ComplaintRecorded(new EventContext(id, number, at, ActorRole.Person, lw), on, handling)
                : new ComplaintRecorded(new EventContext(id, number, at, ActorRole.Administrator, lw), on, handling, on),
            EpisodeEventKind.PermissionsRecorded => new PermissionsRecorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, MakePermissions(c)),
            EpisodeEventKind.Reassigned => new EpisodeReassigned(new EventContext(id, number, at, ActorRole.GpSupervisor, lw), lw, on, c % 2 == 0 ? ReassignmentReason.Cover : c % 7 == 5 ? ReassignmentReason.Triage : ReassignmentReason.Handover),
            EpisodeEventKind.PutOnHold => new PutOnHold(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, (OnHoldReason)(c % 5 + 1), on.PlusDays(14 + (c % 5 * 10))),
            EpisodeEventKind.Resumed => new EpisodeResumed(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on),
            EpisodeEventKind.Closed => (ClosureReason)(c % 8 + 1) is var reason && reason == ClosureReason.Other
                ? new EpisodeClosed(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, reason, "Moved into a care home", c % 2 == 0 ? MeasuresNotTakenReason.PersonDeclined : null)
                : new EpisodeClosed(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, reason, null, c % 2 == 0 ? (MeasuresNotTakenReason)(c % 5 + 1) : null),
            EpisodeEventKind.OfferLapsed => new OfferLapsed(new EventContext(id, number, at, ActorRole.Administrator), on),
            EpisodeEventKind.EscalationResolved => new EscalationResolved(new EventContext(id, number, at, ActorRole.GpSupervisor, lw), on, c % 3 + 1, (EscalationOutcome)(c % 5 + 1)),
            EpisodeEventKind.UrgencyChanged => c % 2 == 0
                ? new UrgencyChanged(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, Urgency.Urgent, "Has stopped eating")
                : new UrgencyChanged(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, Urgency.Routine),
            EpisodeEventKind.EnteredInError => new EnteredInError(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, Math.Max(1, number - 1 - (c % 3)), (ErrorReason)(c % 5 + 1)),
            EpisodeEventKind.NhsNumberTraced => new NhsNumberTraced(new EventContext(id, number, at, ActorRole.Administrator), on, TestNhsNumber),
            EpisodeEventKind.ConnectionSharingRecorded => new ConnectionSharingRecorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, c % 3 + 1, c % 2 == 0 ? ConsentAnswer.Given : ConsentAnswer.Declined),
            EpisodeEventKind.ReferrerSharingRecorded => new ReferrerSharingRecorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, c % 2 == 0 ? ConsentAnswer.Given : ConsentAnswer.Declined),
            EpisodeEventKind.MeasuresNotTakenRecorded => new MeasuresNotTakenRecorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, (MeasuresNotTakenReason)(c % 5 + 1)),
            EpisodeEventKind.DemographicsRecorded => new DemographicsRecorded(new EventContext(id, number, at, ActorRole.LinkWorker, lw), on, MakeDemographics(c + 1, on.PlusYears(-25)) ?? new PersonDemographics(deprivationDecile: DeprivationDecile.Decile1)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>How choice <paramref name="c"/>'s contact took place: face to face (at each location) four times in seven, otherwise by phone, video or message.</summary>
    private static ConsultationMethod ContactMethod(int c) => c % 7 < 4 ? ConsultationMethod.FaceToFace : (ConsultationMethod)(c % 7 - 2);

    /// <summary>Where choice <paramref name="c"/>'s contact took place, when face to face.</summary>
    private static ContactLocation? ContactPlace(int c) => c % 7 < 4 ? (ContactLocation)(c % 7 + 1) : null;

    private static Referral MakeReferral(int c, LocalDate on, PersonIdentifier person)
    {
        bool self = c % 5 == 4;
        bool urgent = c % 4 == 1;
        bool other = c % 6 == 5;
        ReferralReason[] reasons = other
            ? [ReferralReason.LonelinessOrIsolation, ReferralReason.Other]
            : [(ReferralReason)(c % 10 + 1), ReferralReason.DebtAndMoney];
        Referrer referrer = self
            ? new Referrer(ReferralSourceKind.SelfReferral)
            : c % 3 == 0 ? new Referrer(ReferralSourceKind.HousingAssociation, OdsCode.Parse("RX1"), "Tenancy support", "Housing officer")
            : new Referrer(ReferralSourceKind.GpPractice, Practice, "General practice", "Practice nurse");
        return new Referral(
            on,
            referrer,
            self ? ReferralMethod.SelfReferral : (ReferralMethod)(c % 4 + 1),
            person,
            Practice,
            reasons,
            otherReasonText: other ? "Recently bereaved" : null,
            urgency: urgent ? Urgency.Urgent : Urgency.Routine,
            urgencyReason: urgent && c % 8 != 1 ? "Lives alone and has stopped going out" : null,
            primaryCareNetwork: c % 9 == 8 ? null : Network,
            demographics: MakeDemographics(c, on),
            needsAndConcerns: c % 3 == 0 ? [Code(c), Code(c + 7)] : null);
    }

    /// <summary>A synthetic concept identifier for choice <paramref name="c"/> (valid in form; not a code of any release).</summary>
    private static SctId Code(int c) => SctId.Create((ulong)(900_000 + (c % 40)), SctIdComponentType.Concept);

    /// <summary>
    /// Choice <paramref name="c"/>'s demographics: none one time in seven; otherwise some fields, age as a date of birth
    /// (0 to 99 years before <paramref name="latestBirth"/>) or a band, and now and then a "not stated" or "not known" code.
    /// </summary>
    private static PersonDemographics? MakeDemographics(int c, LocalDate latestBirth)
    {
        if (c % 7 == 0)
        {
            return null;
        }

        int b = c / 7;
        StatedGender[] genders = Enum.GetValues<StatedGender>();
        return new PersonDemographics(
            dateOfBirth: b % 3 == 0 ? null : latestBirth.PlusDays(-(b * 577 % 36_500)),
            ageBand: b % 6 == 0 ? (AgeBand)(b % 20 + 1) : null,
            statedGender: b % 5 == 4 ? null : genders[b % genders.Length],
            genderIdentity: b % 4 == 1 ? (GenderIdentity)(b % 6 + 1) : null,
            ethnicCategory: b % 9 == 8 ? null : (EthnicCategory)(b % 18 + 1),
            deprivationDecile: b % 8 == 7 ? null : (DeprivationDecile)(b % 10 + 1));
    }

    private static Ons4Response MakeOns4(int c, LocalDate on)
        => new(on, c % 2 == 0 ? AssessmentOccasion.Baseline : AssessmentOccasion.FollowUp, Rating(c), Rating(c + 3), Rating(c + 5), Rating(c + 7));

    /// <summary>The one place an ONS4 answer is made from a number (Measures names this factory).</summary>
    private static Ons4Answer Rating(int c) => Ons4Answer.Create(c % 11);

    private static SharingPermissions MakePermissions(int c)
    {
        SharingPermissions permissions = SharingPermissions.NoneAsked;
        foreach (SharingPermission permission in SharingPermissions.AllPermissions)
        {
            int answer = (c >> (2 * ((int)permission - 1))) & 3;
            permissions = permissions.With(permission, answer == 2 ? ConsentAnswer.Declined : answer == 0 ? ConsentAnswer.NotAsked : ConsentAnswer.Given);
        }

        return permissions;
    }

    /// <summary>
    /// Makes each command's event and applies it: an event carries the number the episode expects next (the number of
    /// events applied so far, plus one), so a refused event leaves the numbers of those after it unchanged.
    /// </summary>
    private (List<EpisodeEvent> Events, Folded Folded) Fold()
    {
        var events = new List<EpisodeEvent>(Commands.Count);
        var stages = new List<Episode>();
        Episode? episode = null;
        LocalDate date = FirstDate;
        for (int i = 0; i < Commands.Count; i++)
        {
            EpisodeCommand command = Commands[i];
            date = date.PlusDays(command.DaysLater);
            bool start = command.Kind is EpisodeEventKind.Offered or EpisodeEventKind.Referred;
            LocalDate on = command.Twist == EpisodeTwist.Backdated && !start ? FirstDate.PlusDays(-1) : date;
            Instant at = command.Twist == EpisodeTwist.RecordedEarly ? FirstInstant - Duration.FromMinutes(1) : FirstInstant + Duration.FromMinutes(i);
            EpisodeId id = command.Twist == EpisodeTwist.OtherEpisode && !start ? EpisodeId.Create(new Guid("00000000-0000-0000-0000-0000000000ff")) : Id;
            PersonIdentifier person = command.Twist == EpisodeTwist.OtherPerson ? OtherPerson : Person;
            int number = (episode?.NextNumber ?? 1) + (command.Twist == EpisodeTwist.Misnumbered ? 1 : 0);
            EpisodeEvent next = Make(command.Kind, command.Choice, id, number, at, on, person);
            events.Add(next);
            EpisodeResult result = episode is null ? Episode.Start(next) : episode.Apply(next);
            if (result.IsSuccess)
            {
                episode = result.Episode;
                stages.Add(episode);
            }
        }

        return (events, new Folded(episode, stages.AsReadOnly()));
    }

    private sealed record Folded(Episode? Episode, ReadOnlyCollection<Episode> Stages);
}
