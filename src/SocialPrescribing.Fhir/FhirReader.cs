using Hl7.Fhir.Model;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// Where the reader is (the entry and resource being read) and its checks, each failing with a
/// <see cref="FhirMappingException"/> that names the element path and the rule, never the value.
/// </summary>
internal sealed class FhirReader
{
    // Stryker disable once String : equivalent: every reading moves it to its resource (At) before naming a path from it.
    private string _at = "Bundle";

    public void At(int entry, Resource resource) => _at = $"Bundle.entry[{entry}].resource({resource.TypeName})";

    public string Path(string element) => _at + "." + element;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Read as one of the reader's checks.")]
    public FhirMappingException Error(string path, string rule, Exception? inner = null) => new(path, rule, inner);

    public OdsCode Ods(Identifier? identifier, string path)
        => identifier is { System: FhirUris.OdsOrganisationCode } && OdsCode.TryParse(identifier.Value, out OdsCode code)
            ? code
            : throw Error(path, FhirMessages.OdsCode);

    public LinkWorkerId LinkWorker(ResourceReference? reference, string path)
        => reference?.Identifier is { System: FhirUris.LinkWorker } id && LinkWorkerId.TryCreate(id.Value, out LinkWorkerId lw)
            ? lw
            : throw Error(path, FhirMessages.LinkWorkerId);

    public NodaTime.LocalDate Date(string? text, string path)
        => FhirValues.TryDate(text, out NodaTime.LocalDate date) ? date : throw Error(path, FhirMessages.FullDate);

    public T Code<T>(CodeableConcept? concept, string path)
        where T : struct, Enum
        => TryCode(concept, out T value) ? value : throw Error(path, FhirMessages.CodeOf(FhirCodes<T>.System));

    public static bool TryCode<T>(CodeableConcept? concept, out T value)
        where T : struct, Enum
    {
        value = default;
        if (concept is null)
        {
            return false;
        }

        foreach (Coding coding in concept.Coding)
        {
            if (FhirCodes<T>.TryParse(coding, out value))
            {
                return true;
            }
        }

        return false;
    }

    public SctId Sct(Coding coding, string path)
        => coding.System == FhirUris.Snomed && SctId.TryParse(coding.Code, out SctId id) ? id : throw Error(path, FhirMessages.SnomedConcept);

    /// <summary>Builds a model value through its own validating constructor; a value that cannot exist names the element.</summary>
    public T Build<T>(Func<T> build, string path)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The model's messages name rules, never values; the exception itself is not kept (docs/fhir.md, "Personal data").
            throw Error(path, FhirMessages.ModelRefuses(e.Message));
        }
        catch (OverflowException)
        {
            throw Error(path, FhirMessages.NumberOutOfRange);
        }
    }
}
