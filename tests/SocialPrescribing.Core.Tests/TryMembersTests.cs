using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialPrescribing.Tests;

/// <summary>A <c>Try*</c> member never throws, for any input: null, empty, any string, any length, any characters.</summary>
public class TryMembersTests
{
    private static readonly Gen<string?> AnyText = Gen.OneOf(
        Gen.Constant<string?>(null),
        Gen.Constant<string?>(string.Empty),
        ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s),
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), n)).Select(cs => (string?)new string(cs)),
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements("0123456789 -*٠١٢٣٤٥٦٧٨٩".ToCharArray()), n)).Select(cs => (string?)new string(cs)));

    [Property(MaxTest = 1000)]
    public Property TryParse_NeverThrows()
        => Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            _ = NhsNumber.TryParse(text, out _);
            _ = NhsNumber.TryParse(text.AsSpan(), out _);
            _ = ViaInterfaces.TryParse<NhsNumber>(text, out NhsNumber _);
            _ = SctId.TryParse(text, out _);
            _ = ViaInterfaces.TryParseSpan<SctId>(text, out SctId _);
            _ = OdsCode.TryParse(text, out _);
            _ = ViaInterfaces.TryParseSpan<OdsCode>(text, out OdsCode _);
            _ = NhsNumber.ParseDetailed(text.AsSpan());
            _ = SctId.ParseDetailed(text.AsSpan());
            _ = OdsCode.ParseDetailed(text.AsSpan());
            _ = SocialPrescribingVocabularies.ReferralSources.TryFindByDisplayName(text, out _);
        });

    [Property]
    public void TryGet_NeverThrows(ulong value)
    {
        SctId.TryParse(value.ToString(System.Globalization.CultureInfo.InvariantCulture), out SctId id);
        _ = SocialPrescribingConcepts.TryGet(id, out _);
        _ = SocialPrescribingConcepts.TryGet(default, out _);
    }
}
