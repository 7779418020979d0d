using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace SocialPrescribing.Testing;

/// <summary>
/// FsCheck arbitraries for SocialPrescribing.Core types and for dates, so that <c>[Property]</c> tests can take them as parameters.
/// </summary>
/// <remarks>
/// Register once per test assembly with <c>[assembly: Properties(Arbitrary = [typeof(CoreArbitraries)])]</c>
/// (FsCheck.Xunit.v3), or per test with <c>[Property(Arbitrary = ...)]</c>; the method-level registration wins. The
/// arbitraries of the other packages (SocialPrescribing.Measures.Testing and so on) are registered beside this one:
/// <c>Arbitrary = [typeof(CoreArbitraries), typeof(MeasuresArbitraries)]</c>.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class CoreArbitraries
{
    /// <summary>Dates from July 2019 to 2035, month ends common (<see cref="CoreGenerators.Dates"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDate() => CoreGenerators.Dates.ToArbitrary();

    /// <summary>Valid NHS numbers from the 999 test range, never issued to people.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NhsNumber> NhsNumber() => CoreGenerators.NhsNumbers.ToArbitrary();

    /// <summary>Valid SCTIDs of both formats, every partition and every length.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SctId> SctId() => CoreGenerators.SctIds.ToArbitrary();

    /// <summary>Component types.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SctIdComponentType> SctIdComponentType() => CoreGenerators.ComponentTypes.ToArbitrary();

    /// <summary>A person's demographics (<see cref="CoreGenerators.Demographics"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonDemographics> PersonDemographics() => CoreGenerators.Demographics.ToArbitrary();

    /// <summary>Valid ODS codes of GP practice, PCN and other shapes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OdsCode> OdsCode() => CoreGenerators.OdsCodes.ToArbitrary();

    /// <summary>Connection categories of every kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ConnectionCategory> ConnectionCategory() => CoreGenerators.ConnectionCategories.ToArbitrary();

    /// <summary>Every combination of answers to the sharing permissions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SharingPermissions> SharingPermissions() => CoreGenerators.SharingPermissionSets.ToArbitrary();
}
