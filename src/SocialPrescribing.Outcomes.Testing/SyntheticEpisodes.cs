using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// Makes synthetic episodes with the shape of a real service, the same for the same seed: for testing outcome
/// pipelines and for benchmarks (docs/outcomes.md).
/// </summary>
/// <remarks>
/// <para>
/// 40 PCNs whose sizes fall off as 1/rank (the largest about 40 times the smallest), 3 to 8 practices each; episodes
/// start over the financial years 2024/25 and 2025/26. About 15% are offers (a third of them declined); of the
/// referrals about 15% are self-referrals, 5% are not accepted and 10% are still waiting; people are contacted after 0
/// to about 60 days; most have ONS4 at the first contact and about half a follow-up 4 to 8 months later; PAM for about
/// 60% of them, with fewer follow-ups; 5% are on hold and about 60% closed, for every closure reason.
/// </para>
/// <para>
/// People are local keys (<c>SYN-</c> and a number), never an NHS number.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SyntheticEpisodes
{
    private const int Networks = 40;
    private static readonly LocalDate FirstDay = new(2024, 4, 1);
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LinkWorkerId[] LinkWorkers = [.. Enumerable.Range(1, 60).Select(i => LinkWorkerId.Create("LW-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)))];
    private static readonly ReferralSourceKind[] Sources =
    [
        ReferralSourceKind.GpPractice, ReferralSourceKind.GpPractice, ReferralSourceKind.GpPractice, ReferralSourceKind.GpPractice,
        ReferralSourceKind.GpPractice, ReferralSourceKind.PcnMultiDisciplinaryTeam, ReferralSourceKind.PcnMultiDisciplinaryTeam,
        ReferralSourceKind.WiderMultiDisciplinaryTeam, ReferralSourceKind.Pharmacy, ReferralSourceKind.SocialCare,
        ReferralSourceKind.HousingAssociation, ReferralSourceKind.VcseOrganisation, ReferralSourceKind.HospitalDischargeTeam,
        ReferralSourceKind.JobCentre, ReferralSourceKind.SelfReferral, ReferralSourceKind.SelfReferral, ReferralSourceKind.SelfReferral,
    ];

    /// <summary>Gets the PCN each synthetic practice belongs to, for <see cref="EpisodeOutcomeOptions.PracticeNetworks"/>.</summary>
    /// <value>Every practice the generator uses.</value>
    public static IReadOnlyDictionary<OdsCode, OdsCode> PracticeNetworks { get; } = MakeNetworks();

    /// <summary>Makes synthetic episodes, lazily, the same for the same seed.</summary>
    /// <param name="count">How many; 0 or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The episodes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IEnumerable<Episode> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Make(count, seed);
    }

    private static IEnumerable<Episode> Make(int count, int seed)
    {
        var random = new Random(seed);
        OdsCode[] practices = [.. PracticeNetworks.Keys];
        double[] weights = [.. practices.Select(p => 1.0 / (1 + int.Parse(PracticeNetworks[p].ToString()[1..], System.Globalization.CultureInfo.InvariantCulture) - 10000))];
        double[] cumulative = new double[weights.Length];
        double sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        for (int i = 0; i < count; i++)
        {
            int index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            OdsCode practice = practices[index < 0 ? Math.Min(~index, practices.Length - 1) : index];
            yield return Episode.Replay(Events(random, seed, i, practice));
        }
    }

    private static Dictionary<OdsCode, OdsCode> MakeNetworks()
    {
        var random = new Random(40);
        var map = new Dictionary<OdsCode, OdsCode>();
        int practice = 81001;
        for (int n = 0; n < Networks; n++)
        {
            OdsCode network = OdsCode.Parse("U" + (10000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture));
            int practices = random.Next(3, 9);
            for (int p = 0; p < practices; p++)
            {
                map.Add(OdsCode.Parse("B" + practice++.ToString(System.Globalization.CultureInfo.InvariantCulture)), network);
            }
        }

        return map;
    }

    /// <summary>
    /// Episode <paramref name="n"/>'s demographics, from its own hash of the seed and number so the main stream of random
    /// numbers (and every other figure) is the same as before demographics were added: ages 16 to 95, about 1 in 12 with
    /// no ethnic category recorded and 1 in 25 "not stated", 1 in 10 with no deprivation decile; people who decline an
    /// offer live in more deprived areas more often (half of them in deciles 1 and 2), as published studies of GP records
    /// found.
    /// </summary>
    private static PersonDemographics Demographics(int seed, int n, LocalDate day, bool declines)
    {
        ulong h = Mix(((ulong)(uint)seed << 32) | (uint)n);
        int Take(int range)
        {
            int value = (int)(h % (ulong)range);
            h = Mix(h);
            return value;
        }

        LocalDate? born = Take(5) == 0 ? null : day.PlusDays(-(16 * 365) - Take(79 * 365));
        AgeBand? band = born is null && Take(2) == 0 ? DemographicCodes.AgeBandOf(16 + Take(80)) : null;
        StatedGender gender = Take(100) switch { < 55 => StatedGender.Female, < 99 => StatedGender.Male, _ => StatedGender.NotKnown };
        int ethnic = Take(100);
        EthnicCategory? category = ethnic switch
        {
            < 8 => null,
            < 12 => EthnicCategory.NotStated,
            < 70 => EthnicCategory.WhiteBritish,
            < 75 => (EthnicCategory)(2 + Take(2)),
            < 88 => (EthnicCategory)(8 + Take(4)),
            < 94 => (EthnicCategory)(12 + Take(3)),
            < 97 => (EthnicCategory)(4 + Take(4)),
            _ => (EthnicCategory)(15 + Take(2)),
        };
        DeprivationDecile? decile = Take(10) == 0 ? null
            : declines && Take(2) == 0 ? (DeprivationDecile)(1 + Take(2))
            : (DeprivationDecile)(1 + Take(10));
        return new PersonDemographics(born, band, gender, null, category, decile);
    }

    /// <summary>SplitMix64's finaliser: a well-mixed 64-bit hash of <paramref name="x"/>.</summary>
    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }

    private static List<EpisodeEvent> Events(Random r, int seed, int n, OdsCode practice)
    {
        var id = EpisodeId.Create(new Guid(n + 1, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8));
        var person = PersonIdentifier.Create(null, "SYN-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        LinkWorkerId lw = LinkWorkers[r.Next(LinkWorkers.Length)];
        LocalDate day = FirstDay.PlusDays(r.Next(730));
        Instant at = day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var events = new List<EpisodeEvent>();
        Instant Next() => at += Duration.FromMinutes(1);

        if (r.NextDouble() < 0.15)
        {
            bool declines = r.NextDouble() < 0.35;
            events.Add(new SocialPrescribingOffered(new EventContext(id, events.Count + 1, Next(), ActorRole.FirstPointOfContact, null), day, person, practice, demographics: Demographics(seed, n, day, declines)));
            if (declines)
            {
                events.Add(new PersonDeclined(new EventContext(id, events.Count + 1, Next(), ActorRole.Person, null), day.PlusDays(r.Next(0, 10))));
                return events;
            }

            if (r.NextDouble() < 0.5)
            {
                return events;
            }
        }

        ReferralSourceKind source = Sources[r.Next(Sources.Length)];
        bool urgent = r.NextDouble() < 0.1;
        var referrer = source == ReferralSourceKind.SelfReferral ? new Referrer(source) : new Referrer(source, source == ReferralSourceKind.GpPractice ? practice : null);
        ReferralReason first = (ReferralReason)r.Next(1, 11);
        var referral = new Referral(
            day,
            referrer,
            source == ReferralSourceKind.SelfReferral ? ReferralMethod.SelfReferral : ReferralMethod.Electronic,
            person,
            practice,
            r.NextDouble() < 0.4 ? [first, ReferralReason.LonelinessOrIsolation == first ? ReferralReason.Housing : ReferralReason.LonelinessOrIsolation] : [first],
            urgency: urgent ? Urgency.Urgent : Urgency.Routine,
            urgencyReason: urgent ? "Lives alone" : null,
            primaryCareNetwork: r.NextDouble() < 0.8 ? PracticeNetworks[practice] : null,
            demographics: Demographics(seed, n, day, declines: false));
        events.Add(new ReferralMade(new EventContext(id, events.Count + 1, Next(), ActorRole.Referrer, null), referral));
        double fate = r.NextDouble();
        if (fate < 0.05)
        {
            events.Add(new ReferralNotAccepted(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), day.PlusDays(r.Next(1, 8)), NotAcceptedReason.NotAppropriate));
            return events;
        }

        if (fate < 0.10)
        {
            return events; // waiting to be accepted
        }

        day = day.PlusDays(r.Next(0, 5));
        events.Add(new ReferralAccepted(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), lw, day));
        if (fate < 0.15)
        {
            return events; // waiting for a first contact
        }

        if (r.NextDouble() < 0.2)
        {
            day = day.PlusDays(r.Next(1, 10));
            events.Add(new ContactRecorded(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), At(day), ConsultationMethod.Telephone, null, Duration.Zero, ContactAttendance.DidNotAttend));
        }

        day = day.PlusDays((int)(r.NextDouble() * r.NextDouble() * 60));
        LocalDate firstContact = day;
        events.Add(new ContactRecorded(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), At(day), ConsultationMethod.FaceToFace, (ContactLocation)r.Next(1, 5), Duration.FromMinutes(15 * r.Next(2, 5)), ContactAttendance.Attended));
        bool ons4 = r.NextDouble() < 0.9;
        if (ons4)
        {
            events.Add(new Ons4Recorded(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), Ons4(r, day, AssessmentOccasion.Baseline, 0)));
        }

        bool pam = r.NextDouble() < 0.6;
        if (pam)
        {
            events.Add(new PamEligibilityRecorded(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), day, PamEligibilityOutcome.Eligible));
            events.Add(new PamRecorded(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), day, PamScore.FromTenths(r.Next(350, 800))));
        }

        if (r.NextDouble() < 0.2)
        {
            return events; // first contact made, no plan yet
        }

        day = day.PlusDays(r.Next(3, 20));
        events.Add(new CarePlanAgreed(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), new CarePlanReference("PLAN-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), day, day.PlusMonths(3))));
        int connections = r.Next(0, 4);
        for (int c = 1; c <= connections; c++)
        {
            day = day.PlusDays(r.Next(1, 15));
            events.Add(new ConnectionMade(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), day, ConnectionCategory.Create((ConnectionCategoryKind)r.Next(1, 11)), (IntroductionMethod)r.Next(1, 4), groupName: "Group " + r.Next(1, 500).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (r.NextDouble() < 0.7)
            {
                events.Add(new ConnectionOutcomeRecorded(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), day.PlusDays(r.Next(7, 30)), c, (ConnectionOutcome)r.Next(1, 5)));
            }
        }

        if (r.NextDouble() < 0.05)
        {
            day = day.PlusDays(r.Next(30, 60));
            events.Add(new PutOnHold(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), day, (OnHoldReason)r.Next(1, 5), day.PlusDays(30)));
            return events;
        }

        if (r.NextDouble() < 0.03)
        {
            events.Add(new Escalated(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), day.PlusDays(r.Next(1, 30)), (EscalationReason)r.Next(1, 5), EscalationRecipient.GpSupervisor, Urgency.Urgent, closesEpisode: false));
        }

        LocalDate followUp = firstContact.PlusDays(r.Next(120, 245));
        if (ons4 && r.NextDouble() < 0.55)
        {
            events.Add(new Ons4Recorded(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), Ons4(r, followUp, AssessmentOccasion.FollowUp, 1)));
        }

        if (pam && r.NextDouble() < 0.45)
        {
            events.Add(new PamRecorded(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), followUp, PamScore.FromTenths(r.Next(380, 850))));
        }

        if (r.NextDouble() < 0.7)
        {
            LocalDate closed = followUp.PlusDays(r.Next(1, 30));
            if (r.NextDouble() < 0.5)
            {
                events.Add(new SatisfactionRecorded(new EventContext(id, events.Count + 1, Next(), ActorRole.Person, lw), closed, (FriendsAndFamilyAnswer)Math.Min(6, 1 + (int)(r.NextDouble() * r.NextDouble() * 6))));
            }

            ClosureReason reason = (ClosureReason)r.Next(1, 8);
            events.Add(new EpisodeClosed(new EventContext(id, events.Count + 1, Next(), ActorRole.LinkWorker, lw), closed, reason, null, MeasuresNotTakenReason.PersonDeclined));
        }

        return events;
    }

    private static ZonedDateTime At(LocalDate day) => day.At(new LocalTime(10, 0)).InZoneLeniently(London);

    private static Ons4Response Ons4(Random r, LocalDate on, AssessmentOccasion occasion, int lift)
    {
        Ons4Answer Rate(int centre) => r.NextDouble() < 0.03 ? Ons4Answer.Refused : Ons4Answer.Create(Math.Clamp(centre + r.Next(-3, 4), 0, 10));
        return new Ons4Response(on, occasion, Rate(4 + (2 * lift)), Rate(5 + lift), Rate(5 + lift), Rate(6 - (2 * lift)));
    }
}
