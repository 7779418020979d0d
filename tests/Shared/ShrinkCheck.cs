using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.Tests.Shared;

/// <summary>What FsCheck reported for a property that failed: the first counterexample found and the one it shrank to.</summary>
/// <typeparam name="T">The generated type.</typeparam>
/// <param name="Original">The value the check started from.</param>
/// <param name="Shrunk">The counterexample FsCheck reported after shrinking (the last value the property failed for).</param>
/// <param name="Shrinks">How many shrink steps FsCheck took, as its report says.</param>
internal sealed record ShrinkReport<T>(T Original, T Shrunk, int Shrinks);

/// <summary>
/// Runs a property that fails through FsCheck (<see cref="Check.One{Testable}(Config, Testable)"/> with
/// <see cref="Config.QuickThrowOnFailure"/>) from a large generated value, shrinking with an arbitrary's own shrinker,
/// and returns the counterexamples, so a test can check that the arbitrary brings a failure down to a small case.
/// Linked into the test projects that test a shrinking arbitrary.
/// </summary>
/// <remarks>
/// The failure starts from a value drawn from <c>starts</c> (a generator filtered to large values), not from the first
/// random value that fails, so the outcome does not depend on the seed: without a shrinker FsCheck reports the start
/// itself, after 0 shrinks.
/// </remarks>
internal static partial class ShrinkCheck
{
    /// <summary>Checks <paramref name="holds"/>, which must fail for the start, and reports how FsCheck shrank the failure.</summary>
    /// <exception cref="Xunit.Sdk.XunitException">The property held for the start, or FsCheck's shrink count differs from the values seen.</exception>
    public static ShrinkReport<T> Failing<T>(Arbitrary<T> arbitrary, Gen<T> starts, Func<T, bool> holds)
    {
        T start = starts.Sample(1, new Rnd(20261213UL), 50)[0]; // seeded: one start, size 50 as Sample(1) had
        Assert.False(holds(start), "The property should fail for the value shrinking starts from.");

        var failures = new List<T>();
        Property property = Prop.ForAll(Arb.From(Gen.Constant(start), arbitrary.Shrinker), (T value) =>
        {
            bool ok = holds(value);
            if (!ok)
            {
                failures.Add(value);
            }

            return ok;
        });

        Exception report = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(1), property));

        // FsCheck keeps a smaller value only when the property fails for it too, so the failures seen are the start, each
        // accepted shrink, and last the reported counterexample: their count must agree with FsCheck's own report.
        Match shrinks = ShrinkCount().Match(report.Message);
        Assert.True(shrinks.Success, report.Message);
        int reported = int.Parse(shrinks.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(failures.Count - 1, reported);
        return new ShrinkReport<T>(failures[0], failures[^1], reported);
    }

    [GeneratedRegex(@"\((\d+) shrinks?\)", RegexOptions.CultureInvariant)]
    private static partial Regex ShrinkCount();
}
