using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>
/// Firely's validator, offline: the base R4 specification (Hl7.Fhir.Specification.Data.R4's specification.zip) and
/// UK Core's profiles (Profiles/, copied from UK Core with their source note), whose differentials get snapshots on
/// first use. Built once: compiling the schemas is the slow part.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Instance = new(Create);

    public static Validator Validator => Instance.Value;

    private static Validator Create()
    {
        var core = ZipSource.CreateValidationSource(Path.Combine(AppContext.BaseDirectory, "specification.zip"));
        var ukCore = new DirectorySource(Path.Combine(AppContext.BaseDirectory, "Profiles"), new DirectorySourceSettings { IncludeSubDirectories = true });
        var resolver = new CachedResolver(new SnapshotSource(new MultiResolver(ukCore, core, new CrossVersionExtensions())));
        var terminology = LocalTerminologyService.CreateDefaultForCore(resolver);
        return new Validator(resolver, terminology);
    }

    /// <summary>Validates a resource against the profiles it declares (and the base specification).</summary>
    public static OperationOutcome Validate(Resource resource) => Validator.Validate(resource);

    public static IReadOnlyList<OperationOutcome.IssueComponent> Errors(OperationOutcome outcome)
        => [.. outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)];

    public static string Describe(IEnumerable<OperationOutcome.IssueComponent> issues)
        => string.Join("\n", issues.Select(i => $"{i.Severity} {i.Code}: {i.Details?.Text} at {string.Join(",", i.Expression ?? [])}"));

    /// <summary>
    /// UK Core's Patient and Observation name three extensions of later FHIR versions (R5's Observation.bodyStructure and
    /// triggeredBy, R6's Patient.fetalStatus) that only a package server holds. This library sets none of them: each is
    /// given as a bare extension (any value, on any element), so the profiles load offline; one set on a resource would
    /// be checked no further than that.
    /// </summary>
    private sealed class CrossVersionExtensions : IResourceResolver
    {
        public Resource? ResolveByUri(string uri) => ResolveByCanonicalUri(uri);

        public Resource? ResolveByCanonicalUri(string uri)
        {
            if (!(uri.StartsWith("http://hl7.org/fhir/5.0/StructureDefinition/extension-", StringComparison.Ordinal)
                || uri.StartsWith("http://hl7.org/fhir/6.0/StructureDefinition/extension-", StringComparison.Ordinal)))
            {
                return null;
            }

            string name = uri[(uri.LastIndexOf('/') + 1)..];
            return new StructureDefinition
            {
                Url = uri,
                Name = name.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal),
                Status = PublicationStatus.Active,
                FhirVersion = FHIRVersion.N4_0_1,
                Kind = StructureDefinition.StructureDefinitionKind.ComplexType,
                Abstract = false,
                Context = [new StructureDefinition.ContextComponent { Type = StructureDefinition.ExtensionContextType.Element, Expression = "Element" }],
                Type = "Extension",
                BaseDefinition = "http://hl7.org/fhir/StructureDefinition/Extension",
                Derivation = StructureDefinition.TypeDerivationRule.Constraint,
                Differential = new StructureDefinition.DifferentialComponent
                {
                    Element =
                    [
                        new ElementDefinition("Extension") { ElementId = "Extension" },
                        new ElementDefinition("Extension.url") { ElementId = "Extension.url", Fixed = new FhirUri(uri) },
                    ],
                },
            };
        }
    }
}
