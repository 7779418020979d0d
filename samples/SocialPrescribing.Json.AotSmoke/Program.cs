// Native AOT smoke test of SocialPrescribing.Json: records a short journey, writes and reads it as a document and as
// JSON Lines, and checks that a bad document is refused with a JsonException. Exits non-zero on any mismatch.
using System.Text.Json;
using NodaTime;
using SocialPrescribing;
using SocialPrescribing.Json;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

var failures = new List<string>();
void Check(bool ok, string what)
{
    if (!ok)
    {
        failures.Add(what);
    }
}

var practice = OdsCode.Parse("A81001");
var linkWorker = LinkWorkerId.Create("LW-01");
var id = EpisodeId.Create(new Guid("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
Instant at = Instant.FromUtc(2025, 10, 1, 9, 0);
var referral = new Referral(new LocalDate(2025, 10, 1), new Referrer(ReferralSourceKind.GpPractice, practice), ReferralMethod.Electronic,
    PersonIdentifier.Create(NhsNumber.Parse("9990000026")), practice, [ReferralReason.LonelinessOrIsolation]);
Episode episode = Episode.Start(new ReferralMade(new EventContext(id, 1, at, ActorRole.Referrer), referral)).Episode!;
episode = episode.Apply(new ReferralAccepted(new EventContext(id, 2, at + Duration.FromHours(1), ActorRole.LinkWorker, linkWorker), linkWorker, new LocalDate(2025, 10, 1))).Episode!;
episode = episode.Apply(new ContactRecorded(new EventContext(id, 3, at + Duration.FromDays(2), ActorRole.LinkWorker, linkWorker),
    new LocalDateTime(2025, 10, 3, 10, 30).InZoneStrictly(zone), ConsultationMethod.FaceToFace, ContactLocation.Practice, Duration.FromMinutes(45), ContactAttendance.Attended)).Episode!;
episode = episode.Apply(new Ons4Recorded(new EventContext(id, 4, at + Duration.FromDays(2) + Duration.FromMinutes(1), ActorRole.LinkWorker, linkWorker),
    new Ons4Response(new LocalDate(2025, 10, 3), AssessmentOccasion.Baseline, Ons4Answer.Create(3), Ons4Answer.Create(4), Ons4Answer.Refused, Ons4Answer.Create(8)))).Episode!;

string json = SocialPrescribingJson.Serialize(episode);
Check(SocialPrescribingJson.Deserialize<Episode>(json) == episode, "episode round trip");
Check(json.Contains("\"kind\":\"contactRecorded\"", StringComparison.Ordinal), "event kind written");

var stream = new MemoryStream();
await JsonLines.WriteAsync(stream, new[] { episode, episode }.ToAsyncEnumerable());
stream.Position = 0;
Check(await JsonLines.ReadAsync<Episode>(stream).CountAsync() == 2, "JSON Lines round trip");

try
{
    SocialPrescribingJson.Deserialize<Episode>(json.Replace("9990000026", "9990000027", StringComparison.Ordinal));
    failures.Add("bad NHS number accepted");
}
catch (JsonException e)
{
    Check(e.Message.Contains("nhsNumber", StringComparison.Ordinal), "error names the path");
}

foreach (string failure in failures)
{
    Console.Error.WriteLine($"AOT smoke: FAILED {failure}");
}

Console.WriteLine(failures.Count == 0 ? "AOT smoke: all checks passed." : "AOT smoke: failed.");
return failures.Count == 0 ? 0 : 1;
