using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Measures;
using SocialPrescribing.Measures.Testing;
using SocialPrescribing.Testing;
using static SocialPrescribing.Json.Tests.DocumentChecks;

namespace SocialPrescribing.Json.Tests;

public sealed class MeasuresJsonTests
{
    private static readonly string[] FreeTexts = ["More volunteers on Saturdays", "Nothing for young carers\nnear the estate", "Café trips — a minibus", new string('x', ConfidenceSurveyFormValidator.MaxFreeTextLength)];

    private static readonly Period[] Intervals = [Period.FromMonths(6), Period.FromMonths(3), Period.FromYears(1), Period.FromWeeks(13)];

    private static readonly Period[] DueWindows = [Cadence.DefaultDueWindow, Period.Zero, Period.FromDays(14)];

    private static Arbitrary<PamEligibility> PamEligibilities { get; } = MeasuresGenerators.PamEligibilityForms.Select(PamEligibility.Assess).ToArbitrary();

    private static Arbitrary<ConfidenceSurveyResponse> SurveyResponses { get; } = (
        from groupId in Gen.Elements("G-1", "Tuesday walkers", "  G-77 ")
        from completed in CoreGenerators.Dates
        from connected in Gen.Choose(0, 200)
        from coped in Gen.Elements(Enum.GetValues<AgreementLevel>())
        from couldHave in Gen.Elements<int?>(null, 0, 12)
        from volunteers in Gen.Choose(0, 50)
        from gaps in Gen.OrNull(Gen.Elements(FreeTexts))
        from support in Gen.OrNull(Gen.Elements(FreeTexts))
        select ConfidenceSurveyResponse.Create(new ConfidenceSurveyForm
        {
            GroupId = groupId,
            CompletedOn = completed,
            PeopleConnected = connected,
            CopedWell = coped,
            CouldHaveCopedWith = coped == AgreementLevel.StronglyDisagree ? couldHave : null,
            CurrentVolunteers = volunteers,
            GapsInProvision = gaps,
            DevelopmentSupportNeeded = support,
        })).ToArbitrary();

    private static Arbitrary<MeasurementSchedule> Schedules { get; } = (
        from start in CoreGenerators.Dates
        from interval in Gen.Elements(Intervals)
        from window in Gen.Elements(DueWindows)
        from duration in Gen.Elements(Period.FromYears(1), Period.FromMonths(18), Period.FromMonths(12))
        from early in Gen.Elements(Period.FromMonths(3), Period.FromMonths(1), Period.FromWeeks(2)).Where(e => start.Plus(e) < start.Plus(interval))
        from end in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 800).Select(days => (int?)days)))
        let schedule = new MeasurementSchedule(start, new Cadence(interval, window), duration, early)
        select end is int days ? schedule.EndOn(start.PlusDays(days)) : schedule).ToArbitrary();

    private static Arbitrary<MeasurementRecord> Records { get; } = (
        from ons4 in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(CoreGenerators.Dates, n))
        from pam in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(CoreGenerators.Dates, n))
        from support in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(CoreGenerators.Dates, n))
        select support.Aggregate(MeasurementRecord.From(ons4.Select(d => new RecordedAssessment(MeasureKind.Ons4, d)).Concat(pam.Select(d => new RecordedAssessment(MeasureKind.Pam, d)))), (r, d) => r.WithSupportTakenUp(d)))
        .ToArbitrary();

    [Property]
    public bool Ons4Response_RoundTrips(Ons4Response response) => RoundTrips(response, Describe);

    [Property]
    public bool Ons4Response_WrittenTwice_GivesIdenticalBytes(Ons4Response response) => WrittenTwiceTheSame(response);

    [Fact]
    public void Ons4Response_IsWrittenItemByItem()
    {
        var response = new Ons4Response(new LocalDate(2025, 10, 8), AssessmentOccasion.Baseline, Ons4Answer.Create(7), Ons4Answer.Create(0), Ons4Answer.Refused, Ons4Answer.NotAsked);
        Assert.Equal(
            Quoted("{'schemaVersion':2,'dateAsked':'2025-10-08','occasion':'baseline','lifeSatisfaction':7,'worthwhile':0,'happiness':'refused','anxiety':'notAsked'}"),
            SocialPrescribingJson.Serialize(response));
    }

    [Fact]
    public void Ons4Response_RatingOf11_IsRefused()
        => Refused<Ons4Response>(
            Quoted("{'schemaVersion':1,'dateAsked':'2025-10-08','occasion':'baseline','lifeSatisfaction':11,'worthwhile':0,'happiness':'refused','anxiety':'notAsked'}"),
            "$.lifeSatisfaction",
            "11");

    [Property]
    public Property PamEligibility_RoundTrips() => Prop.ForAll(PamEligibilities, e => RoundTrips(e, Describe));

    [Property]
    public Property PamEligibility_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(PamEligibilities, WrittenTwiceTheSame);

    [Fact]
    public void PamEligibility_IsWrittenAsWhatItKeeps()
    {
        PamEligibility e = PamEligibility.Create([PamEligibilityFact.Dementia], [PamEligibilityFact.LimitedEnglish]);
        Assert.Equal(
            Quoted("{'schemaVersion':2,'outcome':'notSuitable','ruledOutBy':['dementia'],'stillUnknown':['limitedEnglish']}"),
            SocialPrescribingJson.Serialize(e));
    }

    [Fact]
    public void PamEligibility_OutcomeNotFollowingFromTheFacts_IsRefused()
    {
        JsonException e = Refused<PamEligibility>(Quoted("{'schemaVersion':1,'outcome':'eligible','ruledOutBy':['dementia'],'stillUnknown':[]}"), "$", "eligible");
        Assert.Contains("should follow from the facts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PamEligibility_UnknownFact_IsRefused()
        => Refused<PamEligibility>(Quoted("{'schemaVersion':1,'outcome':'notSuitable','ruledOutBy':['vertigo'],'stillUnknown':[]}"), "$.ruledOutBy[0]", "vertigo");

    [Property]
    public Property ConfidenceSurveyResponse_RoundTrips() => Prop.ForAll(SurveyResponses, r => RoundTrips(r, Describe));

    [Property]
    public Property ConfidenceSurveyResponse_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(SurveyResponses, WrittenTwiceTheSame);

    [Fact]
    public void ConfidenceSurveyResponse_NegativeCount_IsRefused()
    {
        JsonException e = Refused<ConfidenceSurveyResponse>(
            Quoted("{'schemaVersion':1,'groupId':'G-1','completedOn':'2025-10-08','peopleConnected':-37,'copedWell':'agree','currentVolunteers':4}"), "$", "37");
        Assert.Contains("Question 1 (people connected in the past 6 months) should not be negative.", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property MeasurementSchedule_RoundTrips() => Prop.ForAll(Schedules, s => RoundTrips(s, Describe));

    [Property]
    public Property MeasurementSchedule_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(Schedules, WrittenTwiceTheSame);

    [Fact]
    public void MeasurementSchedule_IsWrittenAsItsInputs_DefaultsToo()
        => Assert.Equal(
            Quoted("{'schemaVersion':2,'start':'2025-10-08','cadence':{'interval':'P6M','dueWindow':'P1M'},'minimumDuration':'P12M','earlyReassessmentMinimum':'P3M'}"),
            SocialPrescribingJson.Serialize(new MeasurementSchedule(new LocalDate(2025, 10, 8))));

    [Fact]
    public void MeasurementSchedule_EarlyMinimumNotShorter_IsRefused()
    {
        JsonException e = Refused<MeasurementSchedule>(
            Quoted("{'schemaVersion':1,'start':'2025-10-08','cadence':{'interval':'P6M','dueWindow':'P1M'},'minimumDuration':'P1Y','earlyReassessmentMinimum':'P9M'}"), "$", "P9M");
        Assert.Contains("Early reassessment minimum should be shorter than the interval.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasurementSchedule_PeriodWithTime_IsRefused()
        => Refused<MeasurementSchedule>(
            Quoted("{'schemaVersion':1,'start':'2025-10-08','cadence':{'interval':'P6M','dueWindow':'P1M'},'minimumDuration':'PT7H','earlyReassessmentMinimum':'P3M'}"), "$", "PT7H");

    [Property]
    public Property MeasurementRecord_RoundTrips() => Prop.ForAll(Records, r => RoundTrips(r, Describe));

    [Property]
    public Property MeasurementRecord_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(Records, WrittenTwiceTheSame);

    [Fact]
    public void MeasurementRecord_DateNotInTheCalendar_IsRefused()
        => Refused<MeasurementRecord>(Quoted("{'schemaVersion':1,'ons4Dates':[],'pamDates':['2025-02-30'],'supportTakenUpDates':[]}"), "$.pamDates[0]", "2025-02-30");

    [Fact]
    public void MeasurementRecord_TooManyDates_IsRefused()
    {
        string dates = string.Join(',', Enumerable.Range(0, 1_001).Select(i => "\"" + LocalDatePattern.Iso.Format(new LocalDate(2020, 1, 1).PlusDays(i)) + "\""));
        JsonException e = Assert.Throws<JsonException>(() => SocialPrescribingJson.Deserialize<MeasurementRecord>("{\"schemaVersion\":1,\"ons4Dates\":[" + dates + "],\"pamDates\":[],\"supportTakenUpDates\":[]}"));
        Assert.StartsWith("$: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("More than 1000 dates of one kind", e.Message, StringComparison.Ordinal);
    }

    private static string Describe(Ons4Response r)
        => string.Join(" | ", Iso(r.DateAsked), r.Occasion, r.LifeSatisfaction, r.Worthwhile, r.Happiness, r.Anxiety);

    private static string Describe(PamEligibility e)
        => string.Join(" | ", e.Outcome, string.Join(",", e.RuledOutBy), string.Join(",", e.StillUnknown), string.Join(",", e.Reasons));

    private static string Describe(ConfidenceSurveyResponse r)
        => string.Join(" | ", r.GroupId, Iso(r.CompletedOn), r.PeopleConnected, r.CopedWell, r.CouldHaveCopedWith, r.CurrentVolunteers, r.GapsInProvision ?? "-", r.DevelopmentSupportNeeded ?? "-");

    private static string Describe(MeasurementSchedule s)
        => string.Join(" | ", Iso(s.Start), s.Cadence, s.MinimumDuration, s.EarlyReassessmentMinimum, s.EndedOn is LocalDate end ? Iso(end) : "-", string.Join(",", s.ReportingDates.Select(Iso)));

    private static string Describe(MeasurementRecord r)
        => string.Join(" | ", string.Join(",", r.Ons4Dates.Select(Iso)), string.Join(",", r.PamDates.Select(Iso)), string.Join(",", r.SupportTakenUpDates.Select(Iso)));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
