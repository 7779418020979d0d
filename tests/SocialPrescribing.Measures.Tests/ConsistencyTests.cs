using System.Reflection;
using SocialPrescribing.Measures.Pam;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Measures.Tests;

/// <summary>Reflection checks over the Measures public surface (the checks themselves are proven able to fail in Core's tests).</summary>
public class ConsistencyTests
{
    private static readonly Assembly Measures = typeof(PamScore).Assembly;

    [Fact]
    public void Equatable_HasEqualityOperators() => Assert.Empty(ApiConsistency.EquatableWithoutOperators(Measures));

    [Fact]
    public void Comparable_HasComparisonOperators() => Assert.Empty(ApiConsistency.ComparableWithoutOperators(Measures));

    [Fact]
    public void PublicStructs_AreReadOnly() => Assert.Empty(ApiConsistency.MutableStructs(Measures));

    [Fact]
    public void PublicStructs_ControlTheirDebuggerDisplay() => Assert.Empty(ApiConsistency.StructsWithoutDebuggerDisplay(Measures));

    [Fact]
    public void NoPublicMutableFields() => Assert.Empty(ApiConsistency.PublicMutableFields(Measures));
}
