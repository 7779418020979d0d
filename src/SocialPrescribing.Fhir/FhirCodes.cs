using System.Collections.Frozen;
using System.Text;
using Hl7.Fhir.Model;

namespace SocialPrescribing.Fhir;

/// <summary>
/// This library's code for each member of an enum it maps (docs/fhir.md, "This library's code systems"): the member's
/// name in kebab case (<c>GpPracticeOrPcnTeam</c> is <c>gp-practice-or-pcn-team</c>), in the code system
/// <see cref="FhirUris.CodeSystem(string)"/> of the enum's name in kebab case. A test pins every code, so a member
/// renamed in C# shows in review.
/// </summary>
internal static class FhirCodes<T>
    where T : struct, Enum
{
    // Stryker disable all : static tables, built once per process before any mutant is active (stryker-net#3742); FhirCodeTests pins every code.
    public static readonly string System = FhirUris.CodeSystem(Kebab(typeof(T).Name));

    private static readonly FrozenDictionary<T, string> Codes = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

    private static readonly FrozenDictionary<string, T> Values = Codes.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    // Stryker restore all

    public static IEnumerable<KeyValuePair<T, string>> All => Codes;

    public static string Code(T value) => Codes[value];

    public static Coding Coding(T value) => new(System, Codes[value]);

    public static bool TryParse(Coding coding, out T value)
    {
        value = default;
        return coding.System == System && coding.Code is string code && Values.TryGetValue(code, out value);
    }

    // Stryker disable all : called only by the static tables above, built before any mutant is active; FhirCodeTests pins every code.
    private static string Kebab(string name)
    {
        var b = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                b.Append('-');
            }

            b.Append(char.ToLowerInvariant(name[i]));
        }

        return b.ToString();
    }
}
