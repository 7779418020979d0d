using System.Reflection;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Checklists.Tests;

/// <summary>Reflection checks over the Checklists public surface (the checks are proven able to fail in Core's tests).</summary>
public class ConsistencyTests
{
    private static readonly Assembly Package = typeof(ChecklistDefinition).Assembly;

    [Fact]
    public void Equatable_HasEqualityOperators() => Assert.Empty(ApiConsistency.EquatableWithoutOperators(Package));

    [Fact]
    public void Comparable_HasComparisonOperators() => Assert.Empty(ApiConsistency.ComparableWithoutOperators(Package));

    [Fact]
    public void PublicStructs_AreReadOnly() => Assert.Empty(ApiConsistency.MutableStructs(Package));

    [Fact]
    public void PublicStructs_ControlTheirDebuggerDisplay() => Assert.Empty(ApiConsistency.StructsWithoutDebuggerDisplay(Package));

    [Fact]
    public void NoPublicMutableFields() => Assert.Empty(ApiConsistency.PublicMutableFields(Package));
}
