using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// The active Consents say what the episode holds now (docs/fhir.md, "The mapping, field by field": superseded answers
/// inactive), checked against the episode's own answers for generated episodes, corrections included.
/// </summary>
public sealed class ConsentStatusTests
{
    [Property]
    public Property ActiveConsents_AreTheEpisodesCurrentAnswers() => Prop.ForAll(FhirGenerators.Arbitrary, episode =>
    {
        Consent[] active = [.. EpisodeFhir.ToBundle(episode, RoundTripTests.Options).Entry.Select(e => e.Resource).OfType<Consent>().Where(c => c.Status == Consent.ConsentState.Active)];
        List<string> wrong = [];
        foreach (SharingPermission permission in SharingPermissions.AllPermissions)
        {
            Consent[] answers = [.. active.Where(c => c.Provision!.Actor.Count == 0 && c.PolicyRule!.Coding.Single().Code == FhirCodes<SharingPermission>.Code(permission))];
            Check(permission.ToString(), episode.Permissions.AnswerFor(permission), answers, wrong);
        }

        Consent[] referrer = [.. active.Where(c => c.PolicyRule!.Coding.Single().Code == LibraryCodes.ReferrerSharing)];
        Check("referrer", episode.ReferrerSharing, referrer, wrong);
        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    });

    private static void Check(string question, ConsentAnswer expected, Consent[] active, List<string> wrong)
    {
        Consent.ConsentProvisionType? type = expected switch
        {
            ConsentAnswer.Given => Consent.ConsentProvisionType.Permit,
            ConsentAnswer.Declined => Consent.ConsentProvisionType.Deny,
            _ => null,
        };
        bool right = type is null ? active.Length == 0 : active.Length == 1 && active[0].Provision!.Type == type;
        if (!right)
        {
            wrong.Add($"{question}: expected {expected}, active {string.Join(",", active.Select(c => c.Provision!.Type))}");
        }
    }
}
