using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.Testing;

/// <summary>
/// FsCheck arbitraries for SocialPrescribing domain types, so that <c>[Property]</c> tests can take them as parameters.
/// </summary>
/// <remarks>
/// Register once per test assembly with <c>[assembly: Properties(Arbitrary = [typeof(DomainArbitraries)])]</c>
/// (FsCheck.Xunit.v3), or per test with <c>[Property(Arbitrary = ...)]</c>; the method-level registration wins.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class DomainArbitraries
{
    /// <summary>Valid NHS numbers from the 999 test range, never issued to people.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NhsNumber> NhsNumber() => DomainGenerators.NhsNumbers.ToArbitrary();

    /// <summary>Valid SCTIDs of both formats, every partition and every length.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SctId> SctId() => DomainGenerators.SctIds.ToArbitrary();

    /// <summary>Component types.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SctIdComponentType> SctIdComponentType() => DomainGenerators.ComponentTypes.ToArbitrary();

    /// <summary>Valid ODS codes of GP practice, PCN and other shapes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OdsCode> OdsCode() => DomainGenerators.OdsCodes.ToArbitrary();

    /// <summary>Connection categories of every kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ConnectionCategory> ConnectionCategory() => DomainGenerators.ConnectionCategories.ToArbitrary();

    /// <summary>Every combination of answers to the sharing permissions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SharingPermissions> SharingPermissions() => DomainGenerators.SharingPermissionSets.ToArbitrary();
}
