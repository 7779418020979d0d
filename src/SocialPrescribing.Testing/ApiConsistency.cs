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
    /// <param name="recordsAllowedToPrintText">
    /// Record types whose generated <c>ToString</c> may print their text members, because that text can never be about a
    /// person (an organisation's id, say); each one a deliberate, reviewed choice.
    /// </param>
    public static IReadOnlyList<string> AllViolations(Assembly assembly, params Type[] recordsAllowedToPrintText)
        => EquatableWithoutOperators(assembly).Select(t => "IEquatable without == / != / IEqualityOperators: " + t)
            .Concat(ComparableWithoutOperators(assembly).Select(t => "IComparable without comparison operators: " + t))
            .Concat(MutableStructs(assembly).Select(t => "struct not readonly: " + t))
            .Concat(StructsWithoutDebuggerDisplay(assembly).Select(t => "struct without DebuggerDisplay: " + t))
            .Concat(PublicMutableFields(assembly).Select(f => "public mutable field: " + f))
            .Concat(RecordsPrintingText(assembly, recordsAllowedToPrintText).Select(t => "record whose generated ToString prints text: " + t))
            .Concat(PublicTuples(assembly).Select(m => "public tuple: " + m))
            .ToList();

    /// <summary>
    /// Finds public records (class or struct) whose <c>ToString</c> is the compiler's, which prints every property, and
    /// which have a property that can hold text (a string, or a collection of strings), unless allowed.
    /// </summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <param name="allowed">Record types reviewed and allowed to print their text.</param>
    /// <returns>The names of types that break the rule.</returns>
    public static IReadOnlyList<string> RecordsPrintingText(Assembly assembly, params Type[] allowed)
        => PublicTypes(assembly)
            .Where(t => IsRecord(t) && !allowed.Contains(t))
            .Where(t => t.GetMethod(nameof(ToString), Type.EmptyTypes) is { } toString && toString.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => CanHoldText(p.PropertyType)))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>Finds public members that take or return a tuple, whose element names are not part of the type and print every value.</summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <returns>The members that break the rule, as "type.member".</returns>
    public static IReadOnlyList<string> PublicTuples(Assembly assembly)
        => PublicTypes(assembly)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => (Type: t, Member: m)))
            .Where(x => MemberTypes(x.Member).Any(IsTuple))
            .Select(x => x.Type.FullName + "." + x.Member.Name)
            .Distinct()
            .ToList();

    private static IEnumerable<Type> MemberTypes(MemberInfo member) => member switch
    {
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };

    private static bool IsTuple(Type type)
    {
        Type t = type.IsByRef || type.IsArray ? type.GetElementType()! : type;
        return t.IsGenericType && (t.FullName ?? string.Empty).StartsWith("System.ValueTuple`", StringComparison.Ordinal)
            || (t.IsGenericType && t.GetGenericArguments().Any(IsTuple));
    }

    private static bool CanHoldText(Type type)
        => type == typeof(string)
            || (type != typeof(string) && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && i.GetGenericArguments()[0] == typeof(string)));

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
            .Where(t => !t.IsGenericTypeDefinition && !t.IsDefined(typeof(DebuggerDisplayAttribute)))
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

    /// <summary>Records have a compiler-generated <c>PrintMembers</c>.</summary>
    private static bool IsRecord(Type type) => type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool Implements(Type type, Type genericInterface)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == genericInterface);
}
