using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace SocialPrescribing.Testing;

/// <summary>FsCheck generators of valid SocialPrescribing.Core values, and of the text forms they parse from.</summary>
/// <remarks>
/// NHS numbers come only from the range beginning 999, which is never issued to people, so no generated value,
/// failure report or replay seed can name a real person. Register <see cref="CoreArbitraries"/> to use these as
/// parameters of <c>[Property]</c> tests.
/// </remarks>
/// <threadsafety>Generators are immutable; safe to use from any thread.</threadsafety>
public static class CoreGenerators
{
    private const int TestRangePrefix = 999;

    private static readonly LocalDate Earliest = new(2019, 7, 1);

    /// <summary>Gets a generator of dates from July 2019 (when the link worker role was funded) to the end of 2035, month ends included.</summary>
    /// <value>Calendar dates, a quarter of them the last day of a month (where calendar arithmetic clamps).</value>
    public static Gen<LocalDate> Dates { get; } = Gen.OneOf(
        Gen.Choose(0, 6000).Select(days => Earliest.PlusDays(days)),
        Gen.Choose(0, 197).Select(months => Earliest.PlusMonths(months).With(DateAdjusters.EndOfMonth)));

    /// <summary>Gets a generator of valid NHS numbers as 10 digits, all in the 999 test range.</summary>
    /// <value>Ten ASCII digits whose last is the modulus 11 check digit.</value>
    public static Gen<string> NhsNumberDigits { get; } =
        from middle in Gen.Choose(0, 999_999)
        let nine = string.Create(CultureInfo.InvariantCulture, $"{TestRangePrefix}{middle:D6}")
        let check = CoreReferenceImplementations.NhsNumberCheckDigit(nine)
        where check >= 0
        select nine + (char)('0' + check);

    /// <summary>Gets a generator of valid NHS numbers in the 999 test range.</summary>
    /// <value>Parsed from <see cref="NhsNumberDigits"/>.</value>
    public static Gen<NhsNumber> NhsNumbers { get; } = NhsNumberDigits.Select(NhsNumber.Parse);

    /// <summary>Gets a generator of non-negative 62-bit numbers.</summary>
    /// <value>Uniform over [0, 2^62).</value>
    public static Gen<ulong> UInt64s { get; } =
        from high in Gen.Choose(0, int.MaxValue)
        from low in Gen.Choose(0, int.MaxValue)
        select ((ulong)high << 31) | (uint)low;

    /// <summary>Gets a generator of component types.</summary>
    /// <value>Concept, description or relationship.</value>
    public static Gen<SctIdComponentType> ComponentTypes { get; } = Gen.Elements(Enum.GetValues<SctIdComponentType>());

    /// <summary>Gets a generator of valid short-format SCTIDs of every length from 6 to 18 digits.</summary>
    /// <value>Built with <see cref="SctId.Create"/> from an item identifier of 3 to 15 digits.</value>
    public static Gen<SctId> ShortFormatSctIds { get; } =
        from digits in Gen.Choose(3, 15)
        from raw in UInt64s
        from type in ComponentTypes
        select SctId.Create(WithDigitCount(raw, digits), type);

    /// <summary>Gets a generator of valid long-format SCTIDs, a quarter of them in the UK namespace.</summary>
    /// <value>Built with <see cref="SctId.Create"/> from an item identifier of 1 to 8 digits and a namespace.</value>
    public static Gen<SctId> LongFormatSctIds { get; } =
        from digits in Gen.Choose(1, 8)
        from raw in UInt64s
        from type in ComponentTypes
        from ns in Gen.Frequency((1, Gen.Constant(SctId.UkNamespaceId)), (3, Gen.Choose(0, 9_999_999)))
        select SctId.Create(WithDigitCount(raw, digits), type, ns);

    /// <summary>Gets a generator of valid SCTIDs of both formats, every partition and every length.</summary>
    /// <value>Short and long format in equal measure.</value>
    public static Gen<SctId> SctIds { get; } = Gen.OneOf(ShortFormatSctIds, LongFormatSctIds);

    /// <summary>Gets a generator of valid ODS codes: GP practice, PCN and other shapes.</summary>
    /// <value>Codes of 3 to 10 upper-case ASCII letters and digits.</value>
    public static Gen<OdsCode> OdsCodes { get; } = Gen.OneOf(
        from letter in Gen.Elements("ABCDEFGHIJKLMNOPQRSTVWXYZ".ToCharArray())
        from number in Gen.Choose(0, 99_999)
        select OdsCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{letter}{number:D5}")),
        from number in Gen.Choose(0, 99_999)
        select OdsCode.Parse(string.Create(CultureInfo.InvariantCulture, $"U{number:D5}")),
        from length in Gen.Choose(3, 10)
        from chars in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()), length)
        select OdsCode.Parse(new string(chars)));

    /// <summary>Gets a generator of connection categories, with short descriptions for Other.</summary>
    /// <value>Every kind of seed section 10.</value>
    public static Gen<ConnectionCategory> ConnectionCategories { get; } = Gen.OneOf(
        Gen.Elements(Enum.GetValues<ConnectionCategoryKind>().Where(k => k != ConnectionCategoryKind.Other).ToArray()).Select(ConnectionCategory.Create),
        Gen.Elements("Choir", "Men's shed", "Repair cafe", "Walking football", "Befriending service").Select(ConnectionCategory.CreateOther));

    /// <summary>Gets a generator of answers to the sharing permissions.</summary>
    /// <value>Every combination of answers.</value>
    public static Gen<SharingPermissions> SharingPermissionSets { get; } =
        from answers in Gen.ArrayOf(Gen.Elements(Enum.GetValues<ConsentAnswer>()), SharingPermissions.AllPermissions.Count)
        select SharingPermissions.AllPermissions.Zip(answers).Aggregate(SharingPermissions.NoneAsked, (set, pair) => set.With(pair.First, pair.Second));

    /// <summary>Gets a generator of strings of ASCII digits of the given length, any digit anywhere (mostly invalid as ids).</summary>
    /// <param name="minLength">The shortest string.</param>
    /// <param name="maxLength">The longest string.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> DigitStrings(int minLength, int maxLength) =>
        from length in Gen.Choose(minLength, maxLength)
        from chars in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length)
        select new string(chars);

    /// <summary>Scales a random number to exactly <paramref name="digits"/> decimal digits.</summary>
    private static ulong WithDigitCount(ulong raw, int digits)
    {
        ulong low = (ulong)Math.Pow(10, digits - 1);
        ulong high = (low * 10) - 1;
        return low + (raw % (high - low + 1));
    }

    /// <summary>Gets a generator of dates of birth: 0 to 110 years before 2035, 29 February and month ends common.</summary>
    /// <value>Calendar dates from 1925 to 2035.</value>
    public static Gen<LocalDate> DatesOfBirth { get; } = Gen.OneOf(
        Gen.Choose(0, 40_177).Select(days => new LocalDate(1925, 1, 1).PlusDays(days)),
        Gen.Choose(0, 27).Select(leap => new LocalDate(1928 + (4 * leap), 2, 29)),
        Gen.Choose(0, 1319).Select(months => new LocalDate(1925, 1, 1).PlusMonths(months).With(DateAdjusters.EndOfMonth)));

    /// <summary>Gets a generator of a person's demographics: every field absent about a third of the time, age as a date of birth or a band, every code (not stated and not known included).</summary>
    /// <value>Valid <see cref="PersonDemographics"/>, <see cref="PersonDemographics.None"/> among them.</value>
    public static Gen<PersonDemographics> Demographics { get; } =
        from age in Gen.Choose(0, 2)
        from born in DatesOfBirth
        from band in Gen.Elements(Enum.GetValues<AgeBand>())
        from gender in Maybe(Enum.GetValues<StatedGender>())
        from identity in Maybe(Enum.GetValues<GenderIdentity>())
        from ethnic in Maybe(Enum.GetValues<EthnicCategory>())
        from decile in Maybe(Enum.GetValues<DeprivationDecile>())
        select new PersonDemographics(age == 1 ? born : null, age == 2 ? band : null, gender, identity, ethnic, decile);

    /// <summary>A member of <paramref name="values"/>, or null one time in three.</summary>
    private static Gen<T?> Maybe<T>(T[] values)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, Gen.Elements(values).Select(v => (T?)v)));
}
