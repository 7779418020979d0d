using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Tests;

public sealed class WireNameTests
{
    /// <summary>Enums that are not part of any stored or sent model: error kinds and the shapes a parser reports.</summary>
    private static readonly HashSet<string> NotWritten = ["EpisodeErrorKind", "OdsCodeShape", "SctIdFormat", "SctIdComponentType"];

    public static TheoryData<Type> ModelEnums()
    {
        Assembly[] domain = [typeof(NhsNumber).Assembly, typeof(Ons4Response).Assembly, typeof(Episode).Assembly, typeof(CarePlans.CarePlan).Assembly,
            typeof(Checklists.ChecklistDefinition).Assembly, typeof(QualityAssurance.QualityAssuranceCheck).Assembly, typeof(Outcomes.EpisodeOutcomes).Assembly];
        return [.. domain.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute)) && !NotWritten.Contains(t.Name))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void EveryMember_HasAWireName_ThatReadsBackAsTheMember(Type enumType)
    {
        JsonTypeInfo info = SocialPrescribingJson.Options.GetTypeInfo(enumType);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (object member in Enum.GetValues(enumType))
        {
            string json = JsonSerializer.Serialize(member, info);
            if (DataDictionaryCode(member) is string code)
            {
                // The person's demographics are written as the NHS Data Dictionary codes them (docs/json.md, "Demographics").
                Assert.Equal("\"" + code + "\"", json);
            }
            else
            {
                Assert.Matches("^\"[a-z][A-Za-z0-9]*\"$", json);
            }

            Assert.True(names.Add(json), $"{enumType.Name}: {json} names two members");
            Assert.Equal(member, JsonSerializer.Deserialize(json, info));
        }
    }

    [Fact]
    public void Demographics_AreWrittenAsTheirCodes()
    {
        Assert.Equal("\"99\"", SocialPrescribingJson.Serialize(EthnicCategory.NotKnown));
        Assert.Equal("\"X\"", SocialPrescribingJson.Serialize(StatedGender.NotKnown));
        Assert.Equal("\"95+\"", SocialPrescribingJson.Serialize(AgeBand.From95));
        Assert.Equal("\"10\"", SocialPrescribingJson.Serialize(DeprivationDecile.Decile10));
        Assert.Equal(EthnicCategory.Chinese, SocialPrescribingJson.Deserialize<EthnicCategory>("\"R\""));
        Assert.ThrowsAny<JsonException>(() => SocialPrescribingJson.Deserialize<EthnicCategory>("\"r\""));
    }

    /// <summary>The code a demographic member is written as, from Core's vocabularies; null for every other enum.</summary>
    private static string? DataDictionaryCode(object member) => member switch
    {
        EthnicCategory x => DemographicCodes.EthnicCategories.GetCode(x),
        StatedGender x => DemographicCodes.StatedGenders.GetCode(x),
        GenderIdentity x => DemographicCodes.GenderIdentities.GetCode(x),
        DeprivationDecile x => DemographicCodes.DeprivationDeciles.GetCode(x),
        DeprivationQuintile x => DemographicCodes.DeprivationQuintiles.GetCode(x),
        AgeBand x => x.GetDisplayName(),
        _ => null,
    };

    [Fact]
    public void UndefinedMember_IsNotWritten()
        => Assert.ThrowsAny<JsonException>(() => SocialPrescribingJson.Serialize((Urgency)99));

    [Fact]
    public void EventKinds_OnTheWire_AreTheWireNamesOfEpisodeEventKind()
    {
        foreach (EpisodeEvent e in Journeys.EveryKind.SelectMany(e => e.Events))
        {
            string kind = SocialPrescribingJson.Serialize(e.Kind);
            Assert.StartsWith("{\"kind\":" + kind + ",", SocialPrescribingJson.Serialize(e), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryKindOfEvent_ReadAsItsOwnType_AndRefusedAsAnother()
    {
        EpisodeEvent declined = Journeys.EveryKind[1].Events[1];
        string json = SocialPrescribingJson.Serialize(declined);

        Assert.Equal(declined, SocialPrescribingJson.Deserialize<PersonDeclined>(json));
        Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<ReferralMade>(json));
        Assert.Throws<NotSupportedException>(() => SocialPrescribingJson.GetTypeInfo<Uri>());
    }
}
