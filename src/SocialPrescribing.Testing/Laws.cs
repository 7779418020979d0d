using System.Numerics;

namespace SocialPrescribing.Testing;

/// <summary>
/// Checks that a type's equality and ordering members agree with each other, on every path: <c>Equals(T)</c>,
/// <c>Equals(object)</c>, <c>GetHashCode</c>, <c>==</c>, <c>!=</c>, <c>CompareTo(T)</c>, <c>CompareTo(object)</c>,
/// <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> and <c>&gt;=</c> (after NodaTime's TestHelper).
/// </summary>
/// <remarks>Framework-neutral: a broken law throws <see cref="LawViolationException"/>, which any test framework reports.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class Laws
{
    /// <summary>Checks the equality laws for a value, an equal value and a different value.</summary>
    /// <typeparam name="T">The type under test.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equal">A value equal to <paramref name="value"/> (ideally a different instance).</param>
    /// <param name="different">A value not equal to <paramref name="value"/>.</param>
    /// <exception cref="LawViolationException">A law is broken.</exception>
    public static void CheckEquality<T>(T value, T equal, T different)
        where T : notnull, IEquatable<T>, IEqualityOperators<T, T, bool>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equal);
        ArgumentNullException.ThrowIfNull(different);
        Require(value.Equals(value), "Equals(T) is reflexive");
        Require(value.Equals(equal) && equal.Equals(value), "Equals(T) is symmetric for equal values");
        Require(value.Equals((object)equal), "Equals(object) agrees with Equals(T)");
        Require(!value.Equals(different) && !different.Equals(value), "Equals(T) is false for different values, both ways");
        Require(!value.Equals((object)different), "Equals(object) is false for different values");
        Require(!((object)value).Equals(null), "Equals(object) of null is false");
        Require(value!.GetHashCode() == equal!.GetHashCode(), "equal values have equal hash codes");
        Require(value == equal && !(value != equal), "== and != agree with Equals for equal values");
        Require(value != different && !(value == different), "== and != agree with Equals for different values");
    }

    /// <summary>Checks the ordering laws for two values where <paramref name="less"/> sorts before <paramref name="greater"/>.</summary>
    /// <typeparam name="T">The type under test.</typeparam>
    /// <param name="less">The smaller value.</param>
    /// <param name="greater">The greater value.</param>
    /// <exception cref="LawViolationException">A law is broken.</exception>
    public static void CheckOrdering<T>(T less, T greater)
        where T : notnull, IComparable<T>, IComparable, IComparisonOperators<T, T, bool>
    {
        ArgumentNullException.ThrowIfNull(less);
        ArgumentNullException.ThrowIfNull(greater);
        Require(less.CompareTo(greater) < 0 && greater.CompareTo(less) > 0, "CompareTo(T) is antisymmetric");
        Require(less.CompareTo(less) == 0, "CompareTo(T) of a value with itself is zero");
        Require(less.CompareTo((object)greater) < 0 && greater.CompareTo((object)less) > 0, "CompareTo(object) agrees with CompareTo(T)");
        Require(less.CompareTo(null) > 0, "every value sorts after null");
        T same = less;
        Require(less < greater && !(greater < less) && !(less < same), "< agrees with CompareTo");
        Require(less <= greater && less <= same && !(greater <= less), "<= agrees with CompareTo");
        Require(greater > less && !(less > greater) && !(less > same), "> agrees with CompareTo");
        Require(greater >= less && less >= same && !(less >= greater), ">= agrees with CompareTo");
        Require(!less.Equals(greater) && less != greater, "values that compare unequal are not equal");
    }

    private static void Require(bool condition, string law)
    {
        if (!condition)
        {
            throw new LawViolationException("Law broken: " + law + ".");
        }
    }
}
