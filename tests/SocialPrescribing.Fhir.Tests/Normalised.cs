using NodaTime;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// The episode as FHIR gives it back, worked out from docs/fhir.md's "What FHIR does not carry" table, not from the
/// mapping's code: a contact's time keeps its offset but not its zone's name; the Patient holds the person's current
/// demographics, so the offer or referral that starts the episode carries the demographics the episode holds, and
/// every later demographics event carries them all; the offer's practice is the Patient's (the episode's).
/// </summary>
internal static class Normalised
{
    public static Episode Of(Episode episode)
    {
        PersonDemographics all = episode.Demographics;
        var events = new List<EpisodeEvent>();
        foreach (EpisodeEvent e in episode.Events)
        {
            bool first = events.Count == 0;
            events.Add(e switch
            {
                SocialPrescribingOffered x => new SocialPrescribingOffered(x.Context, x.On, x.Person, episode.RegisteredPractice, x.PreviousEpisodeId, first ? all : null),
                ReferralMade x => new ReferralMade(x.Context, With(x.Referral, x.Referral.Person, first ? all : PersonDemographics.None, episode.RegisteredPractice), x.PreviousEpisodeId),
                DemographicsRecorded x => new DemographicsRecorded(x.Context, x.On, all),
                ContactRecorded x => new ContactRecorded(x.Context, x.When.ToOffsetDateTime().InFixedZone(), x.Method, x.Location, x.Duration, x.Attendance, x.Outcome),
                _ => e,
            });
        }

        return Episode.Replay(events);
    }

    private static Referral With(Referral r, PersonIdentifier person, PersonDemographics demographics, OdsCode practice)
        => new(r.ReferredOn, r.Referrer, r.Method, person, practice, r.Reasons, r.OtherReasonText, r.Urgency, r.UrgencyReason, r.PrimaryCareNetwork, r.ReferrerCaseReference, demographics, r.NeedsAndConcerns);
}
