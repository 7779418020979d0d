using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialPrescribing.Checklists.Tests;

/// <summary>A <c>Try*</c> member never throws for any input, extremes included, and agrees with its throwing twin.</summary>
public class TryMembersTests
{
    private static readonly Gen<int> AnyInt = Gen.OneOf(
        ArbMap.Default.GeneratorFor<int>(),
        Gen.Elements(int.MinValue, int.MaxValue, -1, 0, 1, 5, 6),
        Gen.Choose(-10, 10));

    private static readonly Gen<string?> AnyId = Gen.OneOf(
        Gen.Constant<string?>(null),
        Gen.Elements<string?>(string.Empty, " ", "1.1 ", "1.10", "p", "0", "\u0661", "2.4"),
        ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s),
        Gen.Elements(SeedChecklists.All.SelectMany(c => c.Items).Select(i => (string?)i.Id).ToArray()));

    [Property(MaxTest = 1000)]
    public Property TrySelfAssessment_NeverThrows_AndAgreesWithSelfAssessment()
        => Prop.ForAll(AnyInt.ToArbitrary(), ArbMap.Default.ArbFor<string?>(), (score, rationale) =>
        {
            bool ok = ChecklistAnswer.TrySelfAssessment(score, rationale, out ChecklistAnswer? answer);

            // Oracle: seed Appendix 3's scale, written out.
            bool expected = new[] { 1, 2, 3, 4, 5 }.Contains(score);
            Assert.Equal(expected, ok);
            if (ok)
            {
                Assert.Equal(score, answer!.Score);
                Assert.Equal(string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim(), answer.TextIn(SeedChecklists.RationaleColumn));
                Assert.Equal(score, ChecklistAnswer.SelfAssessment(score, rationale).Score);
            }
            else
            {
                Assert.Null(answer);
                Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => ChecklistAnswer.SelfAssessment(score, rationale)).ParamName);
            }
        });

    [Property(MaxTest = 500)]
    public Property TryGetItem_NeverThrows_AndFindsExactlyTheItems()
        => Prop.ForAll(AnyId.ToArbitrary(), Gen.Elements(SeedChecklists.All.ToArray()).ToArbitrary(), (id, definition) =>
        {
            bool ok = definition.TryGetItem(id, out ChecklistItem? item);

            // Oracle: a linear search of the items, ordinal.
            ChecklistItem? expected = definition.Items.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));
            Assert.Equal(expected is not null, ok);
            Assert.Same(expected, item);
        });
}
