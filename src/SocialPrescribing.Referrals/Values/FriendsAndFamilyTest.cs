using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// The NHS Friends and Family Test: the question and its six answers, this library's default for the seed's "How
/// satisfied were they with the service?" (section 10), which names no instrument.
/// </summary>
/// <remarks>
/// The question and response scale are NHS England's, mandatory from 1 April 2020 (see <c>docs/referrals.md</c> for the
/// sources). The positive answers are "very good" and "good"; the negative, "poor" and "very poor".
/// </remarks>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class FriendsAndFamilyTest
{
    /// <summary>The question, word for word.</summary>
    public const string Question = "Overall, how was your experience of our service?";

    /// <summary>Gets the words of an answer.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>For example <c>Neither good nor poor</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not a named member.</exception>
    public static string GetDisplayName(this FriendsAndFamilyAnswer answer)
    {
        Preconditions.CheckDefined(answer, nameof(answer));
        return answer switch
        {
            FriendsAndFamilyAnswer.VeryGood => "Very good",
            FriendsAndFamilyAnswer.Good => "Good",
            FriendsAndFamilyAnswer.NeitherGoodNorPoor => "Neither good nor poor",
            FriendsAndFamilyAnswer.Poor => "Poor",
            FriendsAndFamilyAnswer.VeryPoor => "Very poor",
            _ => "Don't know",
        };
    }

    /// <summary>Tests whether an answer is positive: very good or good.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns><see langword="true"/> for very good or good.</returns>
    public static bool IsPositive(this FriendsAndFamilyAnswer answer) => answer is FriendsAndFamilyAnswer.VeryGood or FriendsAndFamilyAnswer.Good;
}
