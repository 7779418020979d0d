using Hl7.Fhir.Model;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// The person as a UK Core Patient (docs/fhir.md, "The mapping, field by field"): the NHS number and/or the local key, the date of birth,
/// the stated gender as FHIR's administrative gender, the ethnic category by UK Core's extension, the registered
/// practice (and its PCN) by ODS code. The age band (recorded without a date of birth), the gender identity and the
/// deprivation decile have no element in UK Core's Patient: each goes in an extension of this library.
/// </summary>
internal static class PatientMapping
{
    public static Patient ToPatient(PersonIdentifier person, PersonDemographics demographics, OdsCode practice, OdsCode? network)
    {
        Patient patient = Identified(person);

        if (demographics.DateOfBirth is NodaTime.LocalDate born)
        {
            patient.BirthDate = FhirValues.Date(born);
        }

        if (demographics.StatedGender is StatedGender gender)
        {
            patient.Gender = GenderOf(gender);
        }

        if (demographics.EthnicCategory is EthnicCategory ethnic)
        {
            patient.Extension.Add(new Extension(FhirUris.EthnicCategoryExtension, new CodeableConcept
            {
                Coding = [new Coding(FhirUris.EthnicCategoryEngland, DemographicCodes.EthnicCategories.GetCode(ethnic), ethnic.GetDisplayName())],
            }));
        }

        if (demographics.AgeBand is AgeBand band)
        {
            patient.Extension.Add(new Extension(FhirUris.AgeBandExtension, FhirValues.Coding(band)));
        }

        if (demographics.GenderIdentity is GenderIdentity identity)
        {
            patient.Extension.Add(new Extension(FhirUris.GenderIdentityExtension, FhirValues.Coding(identity)));
        }

        if (demographics.DeprivationDecile is DeprivationDecile decile)
        {
            patient.Extension.Add(new Extension(FhirUris.DeprivationDecileExtension, new Integer((int)decile)));
        }

        var organisation = new Organization
        {
            Id = "practice",
            Meta = FhirValues.UkCore("Organization"),
            Identifier = [FhirValues.Ods(practice)],
            PartOf = network is OdsCode pcn ? FhirValues.OrganisationByOds(pcn) : null,
        };
        patient.Contained.Add(organisation);
        patient.GeneralPractitioner = [new ResourceReference("#practice")];
        return patient;
    }

    private static CodeableConcept? AsConcept(DataType? value) => value is Coding coding ? new CodeableConcept { Coding = [coding] } : null;

    /// <summary>A UK Core Patient with the person's identifiers: the NHS number in full and/or the local key.</summary>
    public static Patient Identified(PersonIdentifier person)
    {
        var patient = new Patient { Meta = FhirValues.UkCore("Patient") };
        if (person.NhsNumber is NhsNumber nhs)
        {
            patient.Identifier.Add(new Identifier(FhirUris.NhsNumber, nhs.UnmaskedValue));
        }

        if (person.LocalKey is string key)
        {
            patient.Identifier.Add(new Identifier(FhirUris.LocalKey, key));
        }

        return patient;
    }

    /// <summary>PERSON STATED GENDER CODE to FHIR's administrative gender: 1 male, 2 female, 9 indeterminate as other, X not known as unknown.</summary>
    public static AdministrativeGender GenderOf(StatedGender gender) => gender switch
    {
        StatedGender.Male => AdministrativeGender.Male,
        StatedGender.Female => AdministrativeGender.Female,
        StatedGender.Indeterminate => AdministrativeGender.Other,
        _ => AdministrativeGender.Unknown,
    };

    public static StatedGender StatedGenderOf(AdministrativeGender gender) => gender switch
    {
        AdministrativeGender.Male => StatedGender.Male,
        AdministrativeGender.Female => StatedGender.Female,
        AdministrativeGender.Other => StatedGender.Indeterminate,
        _ => StatedGender.NotKnown,
    };

    /// <summary>The person, demographics and practice a Patient carries.</summary>
    public static (PersonIdentifier Person, PersonDemographics Demographics, OdsCode Practice, OdsCode? Network) FromPatient(FhirReader r, Patient patient)
    {
        NhsNumber? nhs = null;
        string? key = null;
        for (int i = 0; i < patient.Identifier.Count; i++)
        {
            Identifier id = patient.Identifier[i];
            string path = r.Path($"identifier[{i}]");
            if (id.System == FhirUris.NhsNumber)
            {
                nhs = NhsNumber.TryParse(id.Value, out NhsNumber parsed) ? parsed : throw r.Error(path + ".value", FhirMessages.InvalidNhsNumber);
            }
            else if (id.System == FhirUris.LocalKey)
            {
                key = id.Value;
            }
        }

        if (!PersonIdentifier.TryCreate(nhs, key, out PersonIdentifier person))
        {
            throw r.Error(r.Path("identifier"), FhirMessages.PersonIdentifier(PersonIdentifier.MaxLocalKeyLength));
        }

        NodaTime.LocalDate? born = patient.BirthDate is null ? null
            : FhirValues.TryDate(patient.BirthDate, out NodaTime.LocalDate date) ? date
            : throw r.Error(r.Path("birthDate"), FhirMessages.FullDate);
        StatedGender? gender = patient.Gender is AdministrativeGender g ? StatedGenderOf(g) : null;
        EthnicCategory? ethnic = null;
        Extension? extension = patient.GetExtension(FhirUris.EthnicCategoryExtension);
        if (extension is not null)
        {
            ethnic = extension.Value is CodeableConcept { Coding: [.., _] } concept
                && concept.Coding.FirstOrDefault(c => c.System == FhirUris.EthnicCategoryEngland) is Coding coding
                && DemographicCodes.EthnicCategories.TryFindByCode(coding.Code, out EthnicCategory found)
                ? found
                : throw r.Error(r.Path("extension(EthnicCategory).valueCodeableConcept"), FhirMessages.EthnicCategory);
        }

        AgeBand? band = patient.GetExtension(FhirUris.AgeBandExtension) is Extension b ? r.Code<AgeBand>(AsConcept(b.Value), r.Path("extension(AgeBand).valueCoding")) : null;
        GenderIdentity? identity = patient.GetExtension(FhirUris.GenderIdentityExtension) is Extension gi ? r.Code<GenderIdentity>(AsConcept(gi.Value), r.Path("extension(GenderIdentity).valueCoding")) : null;
        DeprivationDecile? decile = patient.GetExtension(FhirUris.DeprivationDecileExtension) is Extension d
            ? d.Value is Integer { Value: >= 1 and <= 10 } n ? (DeprivationDecile)n.Value.Value : throw r.Error(r.Path("extension(DeprivationDecile).valueInteger"), FhirMessages.DeprivationDecile)
            : null;
        ResourceReference practiceRef = patient.GeneralPractitioner.Count == 1 ? patient.GeneralPractitioner[0] : throw r.Error(r.Path("generalPractitioner"), FhirMessages.OnePractice);
        Organization practice = practiceRef.Reference is "#practice" && patient.Contained.OfType<Organization>().FirstOrDefault(o => o.Id == "practice") is Organization o
            ? o
            : throw r.Error(r.Path("generalPractitioner[0]"), FhirMessages.PracticeReference);
        OdsCode practiceCode = r.Ods(practice.Identifier.FirstOrDefault(), r.Path("contained(practice).identifier[0]"));
        OdsCode? network = practice.PartOf is null ? null : r.Ods(practice.PartOf.Identifier, r.Path("contained(practice).partOf.identifier"));
        PersonDemographics demographics = r.Build(() => new PersonDemographics(born, band, gender, identity, ethnic, decile), r.Path("birthDate"));
        return (person, demographics, practiceCode, network);
    }
}
