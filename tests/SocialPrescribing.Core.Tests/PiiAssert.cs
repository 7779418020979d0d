using System.Text.RegularExpressions;

namespace SocialPrescribing.Tests;

/// <summary>Assertions that person-identifiable digits do not leak into text meant for logs and screens.</summary>
internal static partial class PiiAssert
{
    /// <summary>Asserts that <paramref name="text"/> holds no run of five or more digits and none of the number's 4-digit windows but the last.</summary>
    internal static void DoesNotLeak(string tenDigits, string? text)
    {
        if (text is null)
        {
            return;
        }

        Assert.DoesNotMatch(LongDigitRun(), text);
        for (int i = 0; i + 4 < tenDigits.Length; i++)
        {
            Assert.DoesNotContain(tenDigits.Substring(i, 4), text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("[0-9]{5,}")]
    private static partial Regex LongDigitRun();
}
