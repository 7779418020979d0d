using System.Numerics;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Equality checks for the summary classes: the laws of <see cref="Laws.CheckEquality"/>, and null equal only to null.</summary>
internal static class EqualityChecks
{
    /// <summary>Checks the equality laws, and that <c>==</c>, <c>!=</c> and <c>Equals</c> treat null as equal to null only.</summary>
    /// <param name="value">A value.</param>
    /// <param name="equal">An equal value, another instance.</param>
    /// <param name="different">A different value.</param>
    /// <param name="equals">The type's <c>==</c>, as <c>(a, b) =&gt; a == b</c>.</param>
    /// <param name="notEquals">The type's <c>!=</c>, as <c>(a, b) =&gt; a != b</c>.</param>
    internal static void ClassLaws<T>(T value, T equal, T different, Func<T?, T?, bool> equals, Func<T?, T?, bool> notEquals)
        where T : class, IEquatable<T>, IEqualityOperators<T, T, bool>
    {
        Laws.CheckEquality(value, equal, different);
        Assert.True(equals(null, null));
        Assert.False(equals(null, value));
        Assert.False(equals(value, null));
        Assert.False(notEquals(null, null));
        Assert.True(notEquals(null, value));
        Assert.True(notEquals(value, null));
        Assert.False(value.Equals(null));
    }
}
