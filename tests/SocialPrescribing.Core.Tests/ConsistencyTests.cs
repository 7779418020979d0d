using System.Reflection;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests;

/// <summary>Reflection checks over Core's public surface (after NodaTime's ConsistencyTest).</summary>
public class ConsistencyTests
{
    private static readonly Assembly Core = typeof(NhsNumber).Assembly;

    [Fact]
    public void Equatable_HasEqualityOperators() => Assert.Empty(ApiConsistency.EquatableWithoutOperators(Core));

    [Fact]
    public void Comparable_HasComparisonOperators() => Assert.Empty(ApiConsistency.ComparableWithoutOperators(Core));

    [Fact]
    public void PublicStructs_AreReadOnly() => Assert.Empty(ApiConsistency.MutableStructs(Core));

    [Fact]
    public void PublicStructs_ControlTheirDebuggerDisplay() => Assert.Empty(ApiConsistency.StructsWithoutDebuggerDisplay(Core));

    [Fact]
    public void NoPublicMutableFields() => Assert.Empty(ApiConsistency.PublicMutableFields(Core));

    [Fact]
    public void Checks_CanFail()
    {
        // The checks must be able to fail: the test assembly's own helper struct breaks two of them.
        Assembly self = typeof(ConsistencyTests).Assembly;
        Assert.Contains(typeof(MutableProbe).FullName!, ApiConsistency.MutableStructs(self));
        Assert.Contains(typeof(MutableProbe).FullName!, ApiConsistency.StructsWithoutDebuggerDisplay(self));
        Assert.Contains(typeof(MutableProbe).FullName + "." + nameof(MutableProbe.Field), ApiConsistency.PublicMutableFields(self));
        Assert.Contains(typeof(MutableProbe).FullName!, ApiConsistency.EquatableWithoutOperators(self));
        Assert.Equal(4, ApiConsistency.AllViolations(self).Count(v => v.Contains(nameof(MutableProbe), StringComparison.Ordinal)));
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1815", Justification = "Probe for the checks above.")]
    public struct MutableProbe : IEquatable<MutableProbe>
    {
        public int Field;

        public readonly bool Equals(MutableProbe other) => Field == other.Field;

        public override readonly bool Equals(object? obj) => obj is MutableProbe other && Equals(other);

        public override readonly int GetHashCode() => Field;
    }
}
