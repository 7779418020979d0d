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
        Assert.Contains(typeof(NoteProbe).FullName!, ApiConsistency.RecordsPrintingText(self));
        Assert.DoesNotContain(typeof(NoteProbe).FullName!, ApiConsistency.RecordsPrintingText(self, typeof(NoteProbe)));
        Assert.DoesNotContain(typeof(MaskedNoteProbe).FullName!, ApiConsistency.RecordsPrintingText(self));
        Assert.Contains(typeof(TupleProbe).FullName + "." + nameof(TupleProbe.Pair), ApiConsistency.PublicTuples(self));
    }

    [Fact]
    public void Core_PublicSurface_IsConsistent() => Assert.Empty(ApiConsistency.AllViolations(Core));

    public sealed record NoteProbe(string Text);

    public sealed record MaskedNoteProbe(IReadOnlyList<string> Texts)
    {
        public override string ToString() => "masked";
    }

    public static class TupleProbe
    {
        public static (int A, int B) Pair() => default;
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
