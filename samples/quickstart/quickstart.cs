#:project ../../src/SocialPrescribing.Referrals/SocialPrescribing.Referrals.csproj
#:project ../../src/SocialPrescribing.Outcomes/SocialPrescribing.Outcomes.csproj
#:project ../../src/SocialPrescribing.Json/SocialPrescribing.Json.csproj

using NodaTime;
using SocialPrescribing;
using SocialPrescribing.Json;
using SocialPrescribing.Measures;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Referrals;

NhsNumber nhs = NhsNumber.Parse("999 000 0026");                   // 10 digits or 3-3-4; modulus 11 checked
Console.WriteLine(nhs);                                            // *** *** 0026: masked; nhs.UnmaskedValue for the digits
Console.WriteLine(NhsNumber.ParseDetailed("999 000 0062").ErrorMessage); // why a row failed, never its digits

// Who acts, the clock and the time zone are given once; each step records one event's own facts.
OdsCode practice = OdsCode.Parse("A81001");
LinkWorkerId linkWorker = LinkWorkerId.Create("LW-01");
var byReferrer = new EpisodeRecorder(SystemClock.Instance, DateTimeZoneProviders.Tzdb["Europe/London"], ActorRole.Referrer);
EpisodeRecorder byLinkWorker = byReferrer.As(ActorRole.LinkWorker, linkWorker);
var referral = new Referral(
    byReferrer.Today,
    new Referrer(ReferralSourceKind.GpPractice, practice, "General practice", "Practice nurse"),
    ReferralMethod.Electronic,
    PersonIdentifier.Create(nhs),
    practice,
    [ReferralReason.LonelinessOrIsolation]);

EpisodeId id = EpisodeId.Create(Guid.NewGuid());
EpisodeResult result = byReferrer.Record(id, null, c => new ReferralMade(c, referral)); // null: the first event starts the episode
foreach (CodedEntry code in result.AddedCodedEntries)
{
    Console.WriteLine($"Write to the GP record: {code}");          // 871731000000106 |Referral to social prescribing service|
}

result = byLinkWorker.Record(id, result.Episode, c => new ReferralAccepted(c, linkWorker, byLinkWorker.Today));
Episode episode = result.IsSuccess ? result.Episode : throw new InvalidOperationException(result.Error.Message);
Console.WriteLine(episode);                                        // its state and dates; never the person

// ONS4 wellbeing at the start and six months on (seed section 11): change per item, lower anxiety is better.
var baseline = new Ons4Response(new LocalDate(2026, 1, 12), AssessmentOccasion.Baseline, Ons4Answer.Create(3), Ons4Answer.Create(4), Ons4Answer.Create(4), Ons4Answer.Create(8));
var followUp = new Ons4Response(new LocalDate(2026, 7, 12), AssessmentOccasion.FollowUp, Ons4Answer.Create(6), Ons4Answer.Create(6), Ons4Answer.Refused, Ons4Answer.Create(4));
Ons4Change change = Ons4Change.Between(baseline, followUp);
Console.WriteLine($"Anxiety: {change.Anxiety.Direction}; happiness: {change.Happiness.Direction}"); // Improved; NotComparable

// Stored and sent as JSON: the document carries the events, and reading it replays them.
string json = SocialPrescribingJson.Serialize(episode);
Episode stored = SocialPrescribingJson.Deserialize<Episode>(json);

// Outcomes by PCN and quarter, published with NHS Digital's disclosure control: one episode is a count from 1 to 7.
EpisodeOutcomeAggregate outcomes = EpisodeOutcomes.Aggregate([stored]);
PublishedTable table = DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational).Apply(outcomes.ToTable("Social prescribing"));
Console.WriteLine($"Episodes: {table[0, 0].Text}");               // *

return stored == episode && change.Anxiety.IsImprovement && table[0, 0].Text == "*" ? 0 : 1;
