using FsCheck;
using FsCheck.Fluent;
using Hl7.Fhir.Model;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// Every resource the mapping writes validates with Firely's validator, offline, against the base R4 specification and
/// the UK Core profile it declares; its warnings are listed in the output. The validator is not thread-safe, so every
/// use of it is in this class (whose tests run one at a time).
/// </summary>
public sealed class ValidationTests(ITestOutputHelper output)
{
    /// <summary>Validates every entry and the bundle; returns the errors, writes the warnings to the output.</summary>
    private IReadOnlyList<string> Check(Bundle bundle)
    {
        SkipUnderMutationTesting();
        var errors = new List<string>();
        var warnings = new SortedSet<string>(StringComparer.Ordinal);
        // The bundle's validation validates each entry against the profile it declares.
        foreach (Resource resource in (Resource[])[bundle])
        {
            OperationOutcome outcome = FhirValidation.Validate(resource);
            foreach (OperationOutcome.IssueComponent issue in outcome.Issue)
            {
                string line = $"{resource.TypeName}: {FhirValidation.Describe([issue])}";
                if (issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                {
                    errors.Add(line);
                }
                else
                {
                    warnings.Add(line);
                }
            }
        }

        foreach (string warning in warnings)
        {
            output.WriteLine(warning);
        }

        return errors;
    }

    [Fact]
    public void EveryJourney_ValidatesWithoutError()
    {
        foreach (Episode episode in Journeys.EveryKind)
        {
            IReadOnlyList<string> errors = Check(EpisodeFhir.ToBundle(episode, RoundTripTests.Options));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void GeneratedEpisodesInEveryState_ValidateWithoutError()
    {
        // Seeded: the same 4 episodes each run, in different states (the validator takes a while per resource).
        foreach (Episode episode in FhirGenerators.Episodes.Sample(4, new Rnd(20261207UL), 30))
        {
            IReadOnlyList<string> errors = Check(EpisodeFhir.ToBundle(episode, RoundTripTests.Options));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void MessageBackDocuments_ValidateWithoutError()
    {
        foreach (MessageBackRecipient recipient in Enum.GetValues<MessageBackRecipient>())
        {
            Bundle document = EpisodeFhir.ToMessageBackDocument(MessageBack.Create(Journeys.EveryKind[0], recipient), MessageBackTests.At, RoundTripTests.Options);
            IReadOnlyList<string> errors = Check(document);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void BundleWithThePlansGoals_ValidatesWithoutError()
    {
        IReadOnlyList<string> errors = Check(EpisodeFhir.ToBundle(Journeys.EveryKind[0], CarePlanTests.Reviewed(), RoundTripTests.Options));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void GroupViewBundles_ValidateWithoutError()
    {
        IReadOnlyList<string> errors = Check(EpisodeFhir.ToGroupBundle(GroupView.Create(Journeys.EveryKind[0], 1), RoundTripTests.Options));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void BundleValidation_FailsAnEntryThatBreaksItsUkCoreProfile()
    {
        // UK Core's NHS number slice requires a value; the base Patient does not: the bundle's check reaches the entry's profile.
        Bundle bundle = EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options);
        bundle.Entry.Select(e => e.Resource).OfType<Patient>().Single().Identifier.First(i => i.System == FhirUris.NhsNumber).Value = null;
        Assert.Contains(Check(bundle), e => e.Contains("Bundle.entry[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_FailsAPatientWhoseNhsNumberHasNoValue()
    {
        Patient patient = PatientOf(Journeys.EveryKind[0]);
        patient.Identifier.First(i => i.System == FhirUris.NhsNumber).Value = null;
        Assert.NotEmpty(Errors(patient));
    }

    [Fact]
    public void Validator_FailsAnEncounterWithoutItsRequiredStatus()
    {
        Encounter encounter = EpisodeFhir.ToBundle(Journeys.EveryKind[0], RoundTripTests.Options).Entry.Select(e => e.Resource).OfType<Encounter>().First();
        Assert.Empty(Errors(encounter));
        encounter.Status = null;
        Assert.NotEmpty(Errors(encounter));
    }

    private static Patient PatientOf(Episode episode) => EpisodeFhir.ToBundle(episode, RoundTripTests.Options).Entry.Select(e => e.Resource).OfType<Patient>().Single();

    private List<string> Errors(Resource resource)
    {
        SkipUnderMutationTesting();
        OperationOutcome outcome = FhirValidation.Validate(resource);
        output.WriteLine(FhirValidation.Describe(outcome.Issue));
        return [.. FhirValidation.Errors(outcome).Select(i => FhirValidation.Describe([i]))];
    }

    /// <summary>
    /// Mutation testing (stryker-config.json sets SP_SKIP_FHIR_VALIDATION) runs the mapping's own tests: the validator
    /// checks conformance, not the mapping's logic, and would take hours over every mutant.
    /// </summary>
    private static void SkipUnderMutationTesting()
        => Assert.SkipWhen(Environment.GetEnvironmentVariable("SP_SKIP_FHIR_VALIDATION") == "1", "Validation is skipped under mutation testing.");
}
