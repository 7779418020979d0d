using FluentValidation.Results;
using Xunit;

namespace SocialPrescribing.Tests.Shared;

/// <summary>The one check every validator's personal-data test makes: no failure shows any of the given fragments.</summary>
internal static class ValidationFailureChecks
{
    /// <summary>
    /// Asserts there are failures, none carries text as its attempted value, and none shows any fragment in its message,
    /// property name or message placeholders (FluentValidation's <c>PropertyValue</c> among them).
    /// </summary>
    /// <param name="failures">The failures of one validation.</param>
    /// <param name="fragments">Names, words about a person's health, and NHS number digits that must never be shown.</param>
    internal static void AssertShowNone(IEnumerable<ValidationFailure> failures, params string[] fragments)
    {
        Assert.NotEmpty(failures);
        foreach (ValidationFailure failure in failures)
        {
            Assert.IsNotType<string>(failure.AttemptedValue);
            string placeholders = string.Join(",", failure.FormattedMessagePlaceholderValues?.Values.AsEnumerable() ?? []);
            foreach (string shown in new[] { failure.ErrorMessage ?? string.Empty, failure.PropertyName ?? string.Empty, failure.AttemptedValue?.ToString() ?? string.Empty, placeholders })
            {
                foreach (string fragment in fragments)
                {
                    Assert.DoesNotContain(fragment, shown, StringComparison.Ordinal);
                }
            }
        }
    }
}
