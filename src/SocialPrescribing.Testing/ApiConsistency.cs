using System.Diagnostics;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SocialPrescribing.Testing;

/// <summary>
/// Reflection checks over an assembly's public surface, after NodaTime's ConsistencyTest: each returns the names of
/// the types that break the rule, so a test asserts the list is empty and the failure says which type.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ApiConsistency
{
    private static readonly string[] ComparisonOperators = ["op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual"];

    /// <summary>Runs every check and returns each violation as "rule: type", so one assertion covers an assembly.</summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <returns>Every violation of every rule; empty when the public surface is consistent.</returns>
    public static IReadOnlyList<string> AllViolations(Assembly assembly)
        => EquatableWithoutOperators(assembly).Select(t => "IEquatable without == / != / IEqualityOperators: " + t)
            .Concat(ComparableWithoutOperators(assembly).Select(t => "IComparable without comparison operators: " + t))
            .Concat(MutableStructs(assembly).Select(t => "struct not readonly: " + t))
            .Concat(StructsWithoutDebuggerDisplay(assembly).Select(t => "struct without DebuggerDisplay: " + t))
            .Concat(PublicMutableFields(assembly).Select(f => "public mutable field: " + f))
            .ToList();

    /// <summary>Finds public types implementing <see cref="IEquatable{T}"/> without <c>==</c>, <c>!=</c> and <see cref="IEqualityOperators{TSelf, TOther, TResult}"/>.</summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <returns>The names of types that break the rule.</returns>
    public static IReadOnlyList<string> EquatableWithoutOperators(Assembly assembly)
        => PublicTypes(assembly)
            .Where(t => !t.IsGenericTypeDefinition && Implements(t, typeof(IEquatable<>)))
            .Where(t => t.GetMethod("op_Equality", [t, t]) is null || t.GetMethod("op_Inequality", [t, t]) is null || !Implements(t, typeof(IEqualityOperators<,,>)))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>Finds public types implementing <see cref="IComparable{T}"/> without the four comparison operators and non-generic <see cref="IComparable"/>.</summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <returns>The names of types that break the rule.</returns>
    public static IReadOnlyList<string> ComparableWithoutOperators(Assembly assembly)
        => PublicTypes(assembly)
            .Where(t => Implements(t, typeof(IComparable<>)))
            .Where(t => !typeof(IComparable).IsAssignableFrom(t)
                || ComparisonOperators.Any(op => t.GetMethod(op, [t, t]) is null))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>Finds public structs that are not <c>readonly</c>.</summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <returns>The names of types that break the rule.</returns>
    public static IReadOnlyList<string> MutableStructs(Assembly assembly)
        => PublicStructs(assembly).Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute))).Select(t => t.FullName!).ToList();

    /// <summary>Finds public non-generic structs with no <see cref="DebuggerDisplayAttribute"/> (the debugger must never show raw fields of a person's data).</summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <returns>The names of types that break the rule.</returns>
    public static IReadOnlyList<string> StructsWithoutDebuggerDisplay(Assembly assembly)
        => PublicStructs(assembly)
            .Where(t => !t.IsGenericTypeDefinition && !t.IsDefined(typeof(DebuggerDisplayAttribute)) && !IsRecord(t))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>Finds public fields that are neither constant nor read-only.</summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <returns>The names of the fields that break the rule.</returns>
    public static IReadOnlyList<string> PublicMutableFields(Assembly assembly)
        => PublicTypes(assembly)
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Select(f => (Type: t, Field: f)))
            .Where(x => !x.Field.IsLiteral && !x.Field.IsInitOnly)
            .Select(x => x.Type.FullName + "." + x.Field.Name)
            .ToList();

    private static Type[] PublicTypes(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetExportedTypes();
    }

    private static IEnumerable<Type> PublicStructs(Assembly assembly) => PublicTypes(assembly).Where(t => t.IsValueType && !t.IsEnum);

    /// <summary>A record struct prints its members by design; such types are reviewed for personal data by hand.</summary>
    private static bool IsRecord(Type type) => type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool Implements(Type type, Type genericInterface)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == genericInterface);
}
