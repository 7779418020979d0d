using System.Diagnostics;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SocialPrescribing.Tests;

/// <summary>Reflection checks over Core's public surface (after NodaTime's ConsistencyTest).</summary>
public class ConsistencyTests
{
    private static readonly Type[] PublicTypes = typeof(NhsNumber).Assembly.GetExportedTypes();

    public static TheoryData<Type> EquatableTypes => new(PublicTypes.Where(t => !t.IsGenericTypeDefinition && Implements(t, typeof(IEquatable<>))));

    public static TheoryData<Type> ComparableTypes => new(PublicTypes.Where(t => Implements(t, typeof(IComparable<>))));

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Equatable_HasEqualityOperators(Type type)
    {
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
        Assert.True(Implements(type, typeof(IEqualityOperators<,,>)), type.Name + " should declare IEqualityOperators");
    }

    [Theory]
    [MemberData(nameof(ComparableTypes))]
    public void Comparable_HasComparisonOperators(Type type)
    {
        foreach (string op in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
        {
            Assert.NotNull(type.GetMethod(op, [type, type]));
        }

        Assert.True(typeof(IComparable).IsAssignableFrom(type), type.Name + " should implement non-generic IComparable");
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        IEnumerable<Type> structs = PublicTypes.Where(t => t.IsValueType && !t.IsEnum);
        Assert.NotEmpty(structs);
        Assert.All(structs, t => Assert.True(t.IsDefined(typeof(IsReadOnlyAttribute)), t.Name + " should be a readonly struct"));
    }

    [Fact]
    public void PublicStructs_HaveDebuggerDisplay_OrAreRecords()
    {
        IEnumerable<Type> structs = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition);
        Assert.All(structs, t => Assert.True(t.IsDefined(typeof(DebuggerDisplayAttribute)), t.Name + " should control its debugger display"));
    }

    [Fact]
    public void NoPublicMutableFields()
        => Assert.DoesNotContain(
            PublicTypes.Where(t => !t.IsEnum).SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)),
            f => !f.IsLiteral && !f.IsInitOnly);

    private static bool Implements(Type type, Type genericInterface)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == genericInterface);
}
