using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Outcomes.Testing;
using SocialPrescribing.Referrals;
using SocialPrescribing.Referrals.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Activity figures: counted by the period each thing happened in, checked against the LINQ reference.</summary>
public sealed partial class EpisodeActivityTests
{
    private static readonly OdsCode OtherPractice = OdsCode.Parse("B82002");

    internal static readonly Gen<FriendsAndFamilyResponse> AnonymousAnswers =
        from service in Gen.Elements(EpisodeScript.Practice, EpisodeScript.Network, OtherPractice)
        from months in Gen.Choose(0, 36)
        from answer in Gen.Elements(Enum.GetValues<FriendsAndFamilyAnswer>())
        from text in Gen.Elements<string?>(null, "The walk group got me out of the house.")
        select FriendsAndFamilyResponse.Create(service, new YearMonth(2025, 1).PlusMonths(months), answer, text);

    private static readonly Gen<Episode[]> EpisodeLists = Gen.Frequency((1, EpisodeGenerators.EpisodesInEveryState), (1, EpisodeOutcomesTests.MeasuredEpisodes)).ArrayOf();

    private static readonly Gen<ActivityOptions> Options =
        from dimensions in Gen.Choose(0, 7)
        from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
        from mapped in ArbMap.Default.GeneratorFor<bool>()
        select new ActivityOptions
        {
            Dimensions = (ActivityDimensions)dimensions,
            PeriodKind = kind,
            PracticeNetworks = mapped ? new Dictionary<OdsCode, OdsCode> { [EpisodeScript.Practice] = EpisodeScript.Network } : new Dictionary<OdsCode, OdsCode>(),
        };

    [Property(MaxTest = 60)]
    public Property ToTable_EveryCell_AgreesWithTheLinqReference() => Prop.ForAll(
        EpisodeLists.ToArbitrary(), AnonymousAnswers.ArrayOf().ToArbitrary(), Options.ToArbitrary(), (episodes, anonymous, options) =>
        {
            ActivityAggregate aggregate = EpisodeActivity.Aggregate(episodes, anonymous, options);
            OutcomeTable table = aggregate.ToTable(); // OutcomeTable.Create refuses families or a total row that do not add up
            Dictionary<ActivityGroupKey, decimal?[]> expected = ReferenceActivity.For(episodes, anonymous, options);
            Assert.Equal(expected.Count, aggregate.Keys.Count);
            for (int r = 0; r < table.Rows.Count; r++)
            {
                bool total = r == aggregate.Keys.Count;
                decimal?[] want = total ? ReferenceActivity.Total(episodes, anonymous, options) : expected[aggregate.Keys[r]];
                Assert.Equal(table.Columns.Count, want.Length);
                for (int c = 0; c < table.Columns.Count; c++)
                {
                    OutcomeCell cell = table[r, c];
                    decimal? got = cell.Kind switch
                    {
                        OutcomeCellKind.Count => cell.CountValue,
                        OutcomeCellKind.Percentage => (decimal)cell.Numerator / cell.Denominator,
                        _ => null,
                    };
                    Assert.True(got == want[c], $"row {r} ({(total ? "total" : aggregate.Keys[r])}), column {table.Columns[c].Name}: library {got}, LINQ {want[c]}");
                }
            }
        });

    [Property(MaxTest = 60)]
    public Property Merge_OfParts_EqualsTheWhole() => Prop.ForAll(
        EpisodeLists.ToArbitrary(), AnonymousAnswers.ArrayOf().ToArbitrary(), Options.SelectMany(o => Gen.Choose(0, 100).Two().Select(cuts => (o, cuts))).ToArbitrary(), (episodes, anonymous, optionsAndCuts) =>
        {
            (ActivityOptions options, (int, int) cuts) = optionsAndCuts;
            int i = episodes.Length * cuts.Item1 / 100, j = anonymous.Length * cuts.Item2 / 100;
            ActivityAggregate whole = EpisodeActivity.Aggregate(episodes, anonymous, options);
            ActivityAggregate a = EpisodeActivity.Aggregate(episodes[..i], anonymous[j..], options);
            ActivityAggregate b = EpisodeActivity.Aggregate(episodes[i..], null, options);
            ActivityAggregate c = EpisodeActivity.Aggregate([], anonymous[..j], options);
            ActivityAggregate empty = EpisodeActivity.Aggregate([], null, options);
            return ActivityAggregate.Merge(ActivityAggregate.Merge(a, b), c).Equals(whole)
                && ActivityAggregate.Merge(a, ActivityAggregate.Merge(b, c)).Equals(whole)
                && ActivityAggregate.Merge(c, ActivityAggregate.Merge(b, a)).Equals(whole)
                && ActivityAggregate.Merge(whole, empty).Equals(whole) && ActivityAggregate.Merge(empty, whole) == whole;
        });

    [Fact]
    public void Generators_ExerciseEveryFigure_AcrossPeriods()
    {
        // Without activity spread over several periods the properties above could not tell activity from cohort figures.
        Episode[] episodes = EpisodeLists.Sample(1, new Rnd(20261214UL), 400)[0];
        FriendsAndFamilyResponse[] anonymous = AnonymousAnswers.ArrayOf(200).Sample(1, new Rnd(20261215UL), 10)[0];
        var byQuarter = new ActivityOptions { Dimensions = ActivityDimensions.Period };
        ActivityFigures total = EpisodeActivity.Aggregate(episodes, anonymous, byQuarter).Total();
        Assert.True(total.AttendedContacts > 10 && total.MinutesWithPeople > 10 && total.ConnectionsMade > 10, total.ToString());
        Assert.True(total.Escalations > 10 && total.Closures > 10 && total.Ons4Taken > 10 && total.PamTaken > 10, total.ToString());
        Assert.True(total.Satisfaction.Total - total.AnonymousAnswers > 10 && total.AnonymousAnswers == 200, total.ToString());
        int spread = episodes.Count(e => EpisodeActivity.Aggregate([e], null, byQuarter).Keys.Count > 1);
        Assert.True(spread > 10, $"{spread} episodes with activity in more than one quarter");
    }

    [Fact]
    public void Aggregate_AnswerGivenInSeptember_IsActivityOfSeptembersQuarter_AndCohortOfTheReferralQuarter()
    {
        // Referred 10 June 2026 (2026/27 Q1), first seen 12 June, answered 15 September (Q2).
        Episode episode = EpisodeBuilder.Referred(new LocalDate(2026, 6, 10)).Satisfaction(new LocalDate(2026, 9, 15), FriendsAndFamilyAnswer.Good).Episode;
        ReportingPeriod q1 = ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(2026, 6, 1));
        ReportingPeriod q2 = q1.Next();

        EpisodeOutcomeAggregate cohort = EpisodeOutcomes.Aggregate([episode], new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.Period });
        Assert.Equal([new OutcomeGroupKey(null, null, null, q1)], cohort.Keys);
        Assert.Equal(1, cohort[cohort.Keys[0]].Satisfaction[FriendsAndFamilyAnswer.Good]);

        ActivityAggregate activity = EpisodeActivity.Aggregate([episode], null, new ActivityOptions { Dimensions = ActivityDimensions.Period });
        Assert.Equal([new ActivityGroupKey(null, null, q1), new ActivityGroupKey(null, null, q2)], activity.Keys);
        Assert.Equal((1L, 0L), (activity[activity.Keys[0]].AttendedContacts, activity[activity.Keys[0]].Satisfaction.Total));
        Assert.Equal((0L, 1L), (activity[activity.Keys[1]].AttendedContacts, activity[activity.Keys[1]].Satisfaction[FriendsAndFamilyAnswer.Good]));
    }

    [Fact]
    public void Aggregate_AnonymousAnswers_CountInTheirMonthWithTheEpisodes()
    {
        // FFT returns are monthly: an anonymous "very poor" for the PCN and an episode's "good" in September 2026;
        // a practice the map names is counted under its PCN and itself, any other code as a PCN without a practice.
        Episode episode = EpisodeBuilder.Referred(new LocalDate(2026, 6, 10)).Satisfaction(new LocalDate(2026, 9, 15), FriendsAndFamilyAnswer.Good).Episode;
        var september = new YearMonth(2026, 9);
        FriendsAndFamilyResponse[] anonymous =
        [
            FriendsAndFamilyResponse.Create(EpisodeScript.Network, september, FriendsAndFamilyAnswer.VeryPoor),
            FriendsAndFamilyResponse.Create(EpisodeScript.Practice, september, FriendsAndFamilyAnswer.DontKnow, "No comment."),
        ];
        var options = new ActivityOptions { Dimensions = ActivityDimensions.PrimaryCareNetwork | ActivityDimensions.Practice | ActivityDimensions.Period, PeriodKind = PeriodKind.Month, PracticeNetworks = new Dictionary<OdsCode, OdsCode> { [EpisodeScript.Practice] = EpisodeScript.Network } };
        ActivityAggregate activity = EpisodeActivity.Aggregate([episode], anonymous, options);
        ReportingPeriod month = ReportingPeriod.Containing(PeriodKind.Month, new LocalDate(2026, 9, 1));

        ActivityFigures atPractice = activity[new ActivityGroupKey(EpisodeScript.Network, EpisodeScript.Practice, month)];
        Assert.Equal((2L, 1L, 1L, 1L), (atPractice.Satisfaction.Total, atPractice.AnonymousAnswers, atPractice.Satisfaction[FriendsAndFamilyAnswer.Good], atPractice.Satisfaction[FriendsAndFamilyAnswer.DontKnow]));
        Assert.Equal(1m, atPractice.SatisfactionSharePositive); // "don't know" is left out of the share
        ActivityFigures pcnOnly = activity[new ActivityGroupKey(EpisodeScript.Network, null, month)];
        Assert.Equal((1L, 1L, 0m), (pcnOnly.AnonymousAnswers, pcnOnly.Satisfaction[FriendsAndFamilyAnswer.VeryPoor], pcnOnly.SatisfactionSharePositive!.Value));

        OutcomeTable table = activity.ToTable();
        Assert.Equal(["PCN", "Practice", "Period"], table.RowHeaders);
        Assert.Contains(table.Rows, r => r.Labels.SequenceEqual(["U12345", "Unknown practice", "2026-09"]));
    }

    [Fact]
    public void FreeText_IsNeverPrinted_InAnyTextTheLibraryWrites()
    {
        const string Phrase = "Zanzibar marmalade 7731";
        FriendsAndFamilyResponse response = FriendsAndFamilyResponse.Create(EpisodeScript.Practice, new YearMonth(2026, 9), FriendsAndFamilyAnswer.VeryGood, Phrase);
        Assert.Equal(Phrase, response.FreeText); // held for the service to read
        Episode episode = EpisodeBuilder.Referred(new LocalDate(2026, 9, 1)).Episode;
        var texts = new List<string> { response.ToString() };
        foreach (int dimensions in Enumerable.Range(0, 8))
        {
            ActivityAggregate aggregate = EpisodeActivity.Aggregate([episode], [response], new ActivityOptions { Dimensions = (ActivityDimensions)dimensions, PeriodKind = PeriodKind.Month });
            OutcomeTable table = aggregate.ToTable();
            texts.Add(aggregate.ToString());
            texts.Add(aggregate.Total().ToString());
            texts.AddRange(aggregate.Keys.Select(k => k.ToString()));
            texts.AddRange(aggregate.Keys.Select(k => aggregate[k].ToString()));
            texts.AddRange(aggregate.Total().Satisfaction.ToString());
            texts.Add(table.ToString());
            texts.AddRange(table.Columns.Select(c => c.Name));
            texts.AddRange(table.Rows.SelectMany(r => r.Labels));
            texts.AddRange(table.Rows.SelectMany((_, r) => table.Columns.Select((_, c) => table[r, c].ToString())));
            PublishedTable published = DisclosurePolicy.None.Apply(table);
            texts.Add(published.ToString());
            texts.AddRange(published.Rows.SelectMany((_, r) => published.Columns.Select((_, c) => published[r, c].Text)));
        }

        string tooLong = string.Concat(Enumerable.Repeat(Phrase, 100));
        texts.Add(Assert.Throws<ArgumentException>(() => FriendsAndFamilyResponse.Create(EpisodeScript.Practice, new YearMonth(2026, 9), FriendsAndFamilyAnswer.Good, tooLong)).Message);
        Assert.True(texts.Count > 100 && texts.Any(t => t.Contains("FFT", StringComparison.Ordinal)));
        Assert.DoesNotContain(texts, t => t.Contains("marmalade", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Create_RefusesWhatIsNotAnAnswer()
    {
        var month = new YearMonth(2026, 9);
        void Refused<T>(string param, string message, Func<FriendsAndFamilyResponse> create)
            where T : ArgumentException
        {
            T e = Assert.Throws<T>(() => create());
            Assert.Equal(param, e.ParamName);
            Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        }

        Refused<ArgumentException>("service", OutcomesMessages.FftServiceDefault, () => FriendsAndFamilyResponse.Create(default, month, FriendsAndFamilyAnswer.Good));
        Refused<ArgumentException>("month", OutcomesMessages.FftMonthNotIso, () => FriendsAndFamilyResponse.Create(EpisodeScript.Practice, new YearMonth(2026, 9, CalendarSystem.Julian), FriendsAndFamilyAnswer.Good));
        Assert.Equal("answer", Assert.Throws<ArgumentOutOfRangeException>(() => FriendsAndFamilyResponse.Create(EpisodeScript.Practice, month, 0)).ParamName);
        Refused<ArgumentException>("freeText", OutcomesMessages.FftFreeTextBlank, () => FriendsAndFamilyResponse.Create(EpisodeScript.Practice, month, FriendsAndFamilyAnswer.Good, " \t"));
        Refused<ArgumentException>("freeText", OutcomesMessages.FftFreeTextTooLong, () => FriendsAndFamilyResponse.Create(EpisodeScript.Practice, month, FriendsAndFamilyAnswer.Good, new string('a', FriendsAndFamilyResponse.MaxFreeTextLength + 1)));
        Assert.Equal(FriendsAndFamilyResponse.MaxFreeTextLength, FriendsAndFamilyResponse.Create(EpisodeScript.Practice, month, FriendsAndFamilyAnswer.Good, new string('a', FriendsAndFamilyResponse.MaxFreeTextLength)).FreeText!.Length);
        Assert.Equal("FFT answer: A81001, 2026-09, Neither good nor poor", FriendsAndFamilyResponse.Create(EpisodeScript.Practice, month, FriendsAndFamilyAnswer.NeitherGoodNorPoor).ToString());
    }

    [Fact]
    public void Aggregate_BadInput_IsRefusedWithTheParameterNamed()
    {
        Assert.Equal("episodes", Assert.Throws<ArgumentNullException>(() => EpisodeActivity.Aggregate(null!)).ParamName);
        Assert.Equal("episodes", Assert.Throws<ArgumentException>(() => EpisodeActivity.Aggregate([null!])).ParamName);
        Assert.Equal("anonymousAnswers", Assert.Throws<ArgumentException>(() => EpisodeActivity.Aggregate([], [null!])).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityOptions { Dimensions = (ActivityDimensions)8 }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityOptions { PeriodKind = (PeriodKind)99 }).ParamName);
        ActivityAggregate byPcn = EpisodeActivity.Aggregate([]);
        ActivityAggregate byPractice = EpisodeActivity.Aggregate([], null, new ActivityOptions { Dimensions = ActivityDimensions.Practice });
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => ActivityAggregate.Merge(byPcn, byPractice)).ParamName);
    }

    [Fact]
    public void ToTable_Columns_AreTheDocumentedActivityColumns()
    {
        string[] expected =
        [
            "Attended contacts", "Minutes with people", "Connections made",
            "Escalations", "Escalated to: the GP supervisor", "Escalated to: the GP", "Escalated to: another health professional", "Escalated to: an identified individual",
            .. Enum.GetValues<EscalationRecipient>().Distinct().Skip(4).Select(r => "Escalated to: " + Wording.Of(r)),
            "Closed", "Closed: Goals met", "Closed: The person declined further support", "Closed: No contact after the service's attempts",
            "Closed: The person disengaged", "Closed: The person moved away",
            "Closed: Referred back to a clinician: the need is beyond the link worker's scope", "Closed: The person died", "Closed: Other",
            "ONS4 taken", "PAM taken",
            "FFT answers", "FFT: Very good", "FFT: Good", "FFT: Neither good nor poor", "FFT: Poor", "FFT: Very poor", "FFT: Don't know",
            "FFT anonymous answers", "FFT answered (not don't know)", "FFT very good or good", "FFT positive %",
        ];
        OutcomeTable table = EpisodeActivity.Aggregate([]).ToTable();
        Assert.Equal(expected, table.Columns.Select(c => c.Name));
        Assert.Equal("Social prescribing activity by PCN and period", table.Title);
        Assert.Equal("Social prescribing activity for all", EpisodeActivity.Aggregate([], null, new ActivityOptions { Dimensions = ActivityDimensions.None }).ToTable().Title);
    }

    [Fact]
    public void Tables_WriteWordsForPeople_NeverCodeNames()
    {
        // "State: first contact made", not "State: FirstContactMade": no header, column name or label joins words in PascalCase.
        Episode[] episodes = [.. SyntheticEpisodes.Generate(500, seed: 3)];
        OutcomeTable cohort = EpisodeOutcomes.Aggregate(episodes, new EpisodeOutcomeOptions { Dimensions = (OutcomeDimensions)15 }).ToTable();
        OutcomeTable activity = EpisodeActivity.Aggregate(episodes, null, new ActivityOptions { Dimensions = (ActivityDimensions)7 }).ToTable();
        string[] texts = [.. new[] { cohort, activity }.SelectMany(t => t.RowHeaders.Concat(t.Columns.Select(c => c.Name)).Concat(t.Rows.SelectMany(r => r.Labels)).Append(t.Title))];
        Assert.Contains("State: first contact made", texts);
        Assert.Contains("Self-referral", texts);
        Assert.DoesNotContain(texts, t => CodeName().IsMatch(t));
        Assert.Matches(CodeName(), "State: FirstContactMade"); // the check can fail
    }

    [GeneratedRegex("[a-z][A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex CodeName();
}
