using System.Collections.ObjectModel;
using System.Globalization;

namespace SocialPrescribing.Testing;

/// <summary>
/// Runs code under cultures that break culture-sensitive formatting and parsing: Turkish (dotted and dotless i), Arabic
/// (Saudi Arabia: right-to-left, its own calendar and digits) and British English (the library's own locale).
/// </summary>
/// <remarks>
/// Text the library produces or reads (identifiers, dates, scores, messages) must not depend on the current culture.
/// A test compares what a member gives under each of <see cref="Names"/> with what it gives under the invariant culture.
/// </remarks>
/// <threadsafety>Static; each call changes the current thread's culture only and restores it.</threadsafety>
public static class TestCultures
{
    /// <summary>Gets the names of the cultures tests run under.</summary>
    /// <value><c>tr-TR</c>, <c>ar-SA</c> and <c>en-GB</c>.</value>
    public static ReadOnlyCollection<string> Names { get; } = Array.AsReadOnly(["tr-TR", "ar-SA", "en-GB"]);

    /// <summary>Sets the current culture and UI culture until the returned scope is disposed.</summary>
    /// <param name="name">A culture name, such as <c>tr-TR</c>.</param>
    /// <returns>A scope that restores the previous cultures.</returns>
    /// <exception cref="CultureNotFoundException"><paramref name="name"/> is not a culture on this machine.</exception>
    public static IDisposable Use(string name)
    {
        var scope = new Scope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return scope;
    }

    /// <summary>Computes a value under the invariant culture and under each of <see cref="Names"/>, and lists the cultures where it differs.</summary>
    /// <typeparam name="T">The value's type, compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="compute">The computation.</param>
    /// <returns>The names of the cultures whose value differs from the invariant culture's; empty when the code is culture-safe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compute"/> is null.</exception>
    public static IReadOnlyList<string> Differences<T>(Func<T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        T invariant;
        using (Use(string.Empty))
        {
            invariant = compute();
        }

        var differing = new List<string>();
        foreach (string name in Names)
        {
            using IDisposable _ = Use(name);
            if (!EqualityComparer<T>.Default.Equals(invariant, compute()))
            {
                differing.Add(name);
            }
        }

        return differing.AsReadOnly();
    }

    private sealed class Scope(CultureInfo culture, CultureInfo uiCulture) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
