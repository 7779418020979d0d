using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Rows: the rules of <see cref="CodedActivityRow.Create"/>, and the person key kept out of every text.</summary>
public sealed class CodedActivityRowTests
{
    /// <summary>A recognisable key: no text the library produces may contain it.</summary>
    private const string KnownKey = "PSEUDO-7f3a9c-KEY";

    private static readonly OdsCode Practice = OdsCode.Parse("A81001");
    private static readonly SctId Referred = SocialPrescribingConcepts.ReferralToService.Id;
    private static readonly LocalDate Date = new(2026, 4, 10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Create_KeepsItsParts()
    {
        CodedActivityRow row = CodedActivityRow.Create(Practice, " key ", Referred, Date);
        Assert.Equal((Practice, " key ", Referred, Date), (row.Practice, row.PersonKey, row.Code, row.Date));
    }

    [Theory]
    [InlineData("practice")]
    [InlineData("personKey")]
    [InlineData("code")]
    [InlineData("date")]
    public void Create_RefusesEachBrokenRuleNamingTheField(string field)
    {
        (OdsCode practice, string key, SctId code, LocalDate date, string message) = field switch
        {
            "practice" => (default(OdsCode), KnownKey, Referred, Date, OutcomesMessages.CodedActivityPracticeDefault),
            "personKey" => (Practice, " \t", Referred, Date, OutcomesMessages.CodedActivityPersonKeyBlank),
            "code" => (Practice, KnownKey, default(SctId), Date, OutcomesMessages.CodedActivityCodeDefault),
            _ => (Practice, KnownKey, Referred, new LocalDate(2026, 4, 10, CalendarSystem.Julian), OutcomesMessages.DateNotIso),
        };
        ArgumentException e = Assert.Throws<ArgumentException>(field, () => CodedActivityRow.Create(practice, key, code, date));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KnownKey, e.Message, StringComparison.Ordinal);
        Assert.False(CodedActivityRow.TryCreate(practice, key, code, date, out CodedActivityRow row));
        Assert.Equal(default, row);
    }

    [Fact]
    public void Create_RefusesNullAndEmptyKeys()
    {
        Assert.Throws<ArgumentNullException>("personKey", () => CodedActivityRow.Create(Practice, null!, Referred, Date));
        Assert.Throws<ArgumentException>("personKey", () => CodedActivityRow.Create(Practice, string.Empty, Referred, Date));
        Assert.False(CodedActivityRow.TryCreate(Practice, null, Referred, Date, out _));
        Assert.False(CodedActivityRow.TryCreate(Practice, string.Empty, Referred, Date, out _));
    }

    [Property]
    public Property TryCreate_NeverThrowsAndAgreesWithCreate()
        => Prop.ForAll(
            (from practice in Gen.Elements(default, Practice)
             from key in Gen.Elements<string?>(null, string.Empty, " ", "\n", "k", " k", KnownKey)
             from code in Gen.Elements(default, Referred, CodedActivityGenerators.OtherCode)
             from date in Gen.Elements(Date, new LocalDate(2026, 4, 10, CalendarSystem.Julian), default)
             select (practice, key, code, date)).ToArbitrary(),
            x =>
            {
                bool created = CodedActivityRow.TryCreate(x.practice, x.key, x.code, x.date, out CodedActivityRow row);
                bool valid = x.practice != default && !string.IsNullOrWhiteSpace(x.key) && x.code != default && x.date.Calendar == CalendarSystem.Iso;
                Assert.Equal(valid, created);
                Assert.Equal(created ? CodedActivityRow.Create(x.practice, x.key!, x.code, x.date) : default, row);
            });

    [Fact]
    public void Default_HasNoKeyAndIsNamed()
    {
        CodedActivityRow row = default;
        Assert.Equal(OutcomesMessages.CodedActivityRowFromDefault, Assert.Throws<InvalidOperationException>(() => row.PersonKey).Message);
        Assert.Equal("CodedActivityRow(default)", row.ToString());
        Assert.True(row == default(CodedActivityRow));
        Assert.Equal(default(CodedActivityRow).GetHashCode(), row.GetHashCode());
    }

    [Fact]
    public void Equality_ComparesKeysOrdinally()
    {
        CodedActivityRow lower = CodedActivityRow.Create(Practice, "p1", Referred, Date);
        Laws.CheckEquality(lower, CodedActivityRow.Create(OdsCode.Parse("a81001"), new string(['p', '1']), Referred, Date), CodedActivityRow.Create(Practice, "P1", Referred, Date));
        Assert.NotEqual(lower, CodedActivityRow.Create(Practice, "p1", Referred, Date.PlusDays(1)));
        Assert.NotEqual(lower, CodedActivityRow.Create(Practice, "p1", CodedActivityGenerators.OtherCode, Date));
        Assert.NotEqual(lower, CodedActivityRow.Create(OdsCode.Parse("A81002"), "p1", Referred, Date));
    }

    [Fact]
    public void EveryText_LeavesOutThePersonKey()
    {
        CodedActivityRow row = CodedActivityRow.Create(Practice, KnownKey, Referred, Date);
        CodedActivityRow[] rows = [row, CodedActivityRow.Create(Practice, KnownKey, SocialPrescribingConcepts.Offered.Id, Date), CodedActivityRow.Create(Practice, KnownKey, SocialPrescribingConcepts.Declined.Id, Date)];
        CodedActivityPartial partial = CodedActivity.Aggregate(rows, PeriodKind.Quarter, cancellationToken: Ct);
        CodedActivityOptions options = new(new Dictionary<OdsCode, OdsCode> { [Practice] = OdsCode.Parse("U00001") }, new Dictionary<OdsCode, int> { [Practice] = 100 }, IndicatorThresholds.Create(0.01m, 0.02m));
        CodedActivityReport report = CodedActivity.Report(partial, options);
        var texts = new List<string>
        {
            row.ToString(), partial.ToString(), partial.Groups[0].ToString(), report.ToString(), options.ToString(),
        };
        texts.AddRange(report.Groups.Select(f => f.ToString()));
        Assert.Equal("CodedActivityRow(A81001, 871731000000106, 2026-04-10)", row.ToString());
        Assert.Equal("A81001 2026/27 Q1: offered 1 (1 people), declined 1 (1), referred 1 (1)", partial.Groups[0].ToString());
        Assert.Equal("practice A81001 2026/27 Q1: offered 1 (1 people), declined 1 (1), referred 1 (1), 1 people, share 0.01", report.Groups[0].ToString());

        // Every message a key can reach: a repeated key, a key whose referral falls outside the period.
        texts.Add(Assert.Throws<ArgumentException>(() => CodedActivityPracticeGroup.Create(Practice, partial.Groups[0].Period, 0, 2, 0, [], [KnownKey, KnownKey], new Dictionary<string, LocalDate>())).Message);
        texts.Add(Assert.Throws<ArgumentException>(() => CodedActivityPracticeGroup.Create(Practice, partial.Groups[0].Period, 0, 0, 1, [], [], new Dictionary<string, LocalDate> { [KnownKey] = Date.PlusYears(1) })).Message);
        texts.Add(Assert.Throws<ArgumentException>(() => CodedActivityRow.Create(default, KnownKey, Referred, Date)).Message);
        Assert.All(texts, t => Assert.DoesNotContain("7f3a9c", t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryText_IsTheSameInEveryCulture()
    {
        CodedActivityRow[] rows = [CodedActivityRow.Create(Practice, "k", Referred, Date), CodedActivityRow.Create(Practice, "j", Referred, Date)];
        CodedActivityOptions options = new(listSizes: new Dictionary<OdsCode, int> { [Practice] = 3 }, thresholds: IndicatorThresholds.FromPerThousand(1.5m, 2.5m));
        Assert.Empty(TestCultures.Differences(() =>
        {
            CodedActivityPartial partial = CodedActivity.Aggregate(rows, PeriodKind.Month, cancellationToken: Ct);
            CodedActivityReport report = CodedActivity.Report(partial, options);
            return string.Join('|', rows[0].ToString(), partial.ToString(), partial.Groups[0].ToString(), report.ToString(), report.Groups[0].ToString(), options.ToString());
        }));
    }
}
