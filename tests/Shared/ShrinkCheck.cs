using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.Tests.Shared;

/// <summary>What FsCheck reported for a property that failed: the first counterexample found and the one it shrank to.</summary>
/// <typeparam name="T">The generated type.</typeparam>
/// <param name="Original">The first value the property failed for.</param>
/// <param name="Shrunk">The counterexample FsCheck reported after shrinking (the last value the property failed for).</param>
/// <param name="Shrinks">How many shrink steps FsCheck took, as its report says.</param>
internal sealed record ShrinkReport<T>(T Original, T Shrunk, int Shrinks);

/// <summary>
/// Runs a property that should fail through FsCheck (<see cref="Check.One{Testable}(Config, Testable)"/> with
/// <see cref="Config.QuickThrowOnFailure"/>) and returns the counterexamples, so a test can check that an arbitrary's
/// shrinker brings a failure down to a small case. Linked into the test projects that test a shrinking arbitrary.
/// </summary>
internal static partial class ShrinkCheck
{
    /// <summary>Checks <paramref name="holds"/> over <paramref name="arbitrary"/>, expecting it to fail, and reports the shrinking.</summary>
    /// <exception cref="Xunit.Sdk.XunitException">The property never failed, or FsCheck's shrink count differs from the values seen.</exception>
    public static ShrinkReport<T> Failing<T>(Arbitrary<T> arbitrary, Func<T, bool> holds, int maxTest = 300)
    {
        var failures = new List<T>();
        Property property = Prop.ForAll(arbitrary, (T value) =>
        {
            bool ok = holds(value);
            if (!ok)
            {
                failures.Add(value);
            }

            return ok;
        });

        Exception report = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest), property));

        // FsCheck keeps a smaller value only when the property fails for it too, so the failures seen are the original,
        // each accepted shrink, and last the reported counterexample: their count must agree with FsCheck's own report.
        Match shrinks = ShrinkCount().Match(report.Message);
        Assert.True(shrinks.Success, report.Message);
        int reported = int.Parse(shrinks.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(failures.Count - 1, reported);
        return new ShrinkReport<T>(failures[0], failures[^1], reported);
    }

    [GeneratedRegex(@"\((\d+) shrinks?\)", RegexOptions.CultureInvariant)]
    private static partial Regex ShrinkCount();
}
