using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests;

/// <summary>Formatting and parsing give the same answer under tr-TR, ar-SA and en-GB as under the invariant culture.</summary>
public class CultureTests
{
    private static void AssertSameInEveryCulture<T>(Func<T> compute) => Assert.Empty(TestCultures.Differences(compute));

    [Fact]
    public void Differences_CanFail()
        => Assert.Equal(["tr-TR"], TestCultures.Differences(() => 1.5.ToString()).Where(c => c == "tr-TR"));

    [Property]
    public void NhsNumber_FormatAndParse(NhsNumber number)
        => AssertSameInEveryCulture(() => (
            number.ToString(),
            number.ToString("D", null),
            number.ToString("S", null),
            $"{number}",
            NhsNumber.Parse(number.ToString("S", null)),
            NhsNumber.ParseDetailed(number.ToString("D", null) + "1").ErrorMessage));

    [Property]
    public void SctId_And_OdsCode_FormatAndParse(SctId id, OdsCode code)
        => AssertSameInEveryCulture(() => (
            id.ToString(),
            $"{id}",
            SctId.Parse(id.ToString()),
            code.ToString(),
            OdsCode.Parse(code.ToString().ToLowerInvariant()).ToString(),
            SctId.ParseDetailed("x" + id).ErrorMessage));

    [Fact]
    public void LowerCaseI_ParsesTheSameInTurkish()
    {
        // Turkish upper-cases 'i' to 'İ': an ODS code with an 'i' must still parse to 'I'.
        AssertSameInEveryCulture(() => OdsCode.TryParse("m85i1", out OdsCode code) ? code.ToString() : "rejected");
    }

    [Fact]
    public void Concepts_AndCadence_Describe()
        => AssertSameInEveryCulture(() => (
            string.Join("|", SocialPrescribingConcepts.All.Select(c => c.ToString())),
            Cadence.SixMonthly.ToString(),
            new Cadence(Period.FromWeeks(2), Period.FromDays(3)).ToString()));
}
