using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.CarePlans;
using SocialPrescribing.CarePlans.Testing;
using SocialPrescribing.Testing;
using static SocialPrescribing.Json.Tests.DocumentChecks;

namespace SocialPrescribing.Json.Tests;

public sealed class CarePlansJsonTests
{
    /// <summary>A small template (goals and free text only, no review date section) for the refused documents.</summary>
    private const string SmallTemplate = "{'id':'t','name':'T','sections':[{'key':'goals','heading':'Goals','prompt':'Ask.','part':'partOne','field':'goals','requiredToAgree':true}]}";

    /// <summary>Every plan CarePlanGenerators.Plans gives (drafts, agreed plans, plans reviewed up to five times), with or without the person's details.</summary>
    private static Arbitrary<CarePlan> Plans { get; } = (
        from plan in CarePlanGenerators.Plans
        from person in Gen.OneOf(
            Gen.Constant(PlanPerson.None),
            Gen.Constant(new PlanPerson("Alex, 07700 900 982", null)),
            from nhsNumber in CoreGenerators.NhsNumbers
            from name in Gen.Elements<string?>(null, "Sam Jones\n12 High Street")
            select new PlanPerson(name, nhsNumber))
        select plan.WithPerson(person)).ToArbitrary();

    [Property]
    public bool CarePlanTemplate_RoundTrips_ToAnEqualTemplate(CarePlanTemplate template)
        => SocialPrescribingJson.Deserialize<CarePlanTemplate>(SocialPrescribingJson.Serialize(template)) == template;

    [Property]
    public bool CarePlanTemplate_WrittenTwice_GivesIdenticalBytes(CarePlanTemplate template) => WrittenTwiceTheSame(template);

    [Fact]
    public void CarePlanTemplate_FieldInTheWrongPart_IsRefused()
    {
        JsonException e = Refused<CarePlanTemplate>(
            Quoted("{'schemaVersion':1,'id':'t','name':'T','sections':[{'key':'k','heading':'H','prompt':'P','part':'partOne','field':'changesTakenPlace','requiredToAgree':false}]}"),
            "$",
            "changesTakenPlace");
        Assert.Contains("sections[0]: This plan field belongs to the other part of the plan.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarePlanTemplate_UnknownPart_IsRefused()
        => Refused<CarePlanTemplate>(
            Quoted("{'schemaVersion':1,'id':'t','name':'T','sections':[{'key':'k','heading':'H','prompt':'P','part':'partThree','field':'freeText','requiredToAgree':false}]}"),
            "$.sections[0].part",
            "partThree");

    [Property]
    public Property CarePlan_RoundTrips_WithTheSameVersionHistory() => Prop.ForAll(Plans, plan => RoundTrips(plan, Describe));

    [Property]
    public Property CarePlan_WrittenTwice_GivesIdenticalBytes() => Prop.ForAll(Plans, WrittenTwiceTheSame);

    [Fact]
    public void CarePlan_IsWrittenAsTheGoldenFile() => Golden("care-plan.json", SocialPrescribingJson.Serialize(FixedPlan()));

    [Fact]
    public void CarePlan_Version1Fixture_ReadsAsTheFixedPlan()
    {
        CarePlan read = SocialPrescribingJson.Deserialize<CarePlan>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "v1", "care-plan.json")));
        Assert.Equal(Describe(FixedPlan()), Describe(read));
        Assert.Equal(3, read.Versions.Count);
        Assert.Equal(CarePlanStatus.Reviewed, read.Status);
    }

    [Fact]
    public void CarePlan_ReviewBeforeAgreement_IsRefused()
    {
        JsonException e = Refused<CarePlan>(
            Quoted("{'schemaVersion':1,'template':" + SmallTemplate + ",'draft':{'goals':['Walk'],'reviewDate':'2026-04-06'},'agreedOn':'2026-01-05','reviews':[{'date':'2025-12-24','goalReviews':[{'goalNumber':1,'progress':'inProgress'}]}]}"),
            "$",
            "2025-12-24");
        Assert.Contains("reviews[0]: A review should not be dated before the plan was agreed.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarePlan_ReviewedButNeverAgreed_IsRefused()
    {
        JsonException e = Refused<CarePlan>(
            Quoted("{'schemaVersion':1,'template':" + SmallTemplate + ",'draft':{'goals':['Walk'],'reviewDate':'2026-04-06'},'reviews':[{'date':'2026-04-06','goalReviews':[]}]}"),
            "$",
            "2026-04-06");
        Assert.Contains("reviews need agreedOn", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarePlan_AgreedWithoutWhatTheTemplateRequires_IsRefused()
    {
        JsonException e = Refused<CarePlan>(Quoted("{'schemaVersion':1,'template':" + SmallTemplate + ",'draft':{'reviewDate':'2026-04-06'},'agreedOn':'2026-01-05'}"), "$", "2026-01-05");
        Assert.Contains("agreedOn: The section", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarePlan_UnknownChangeKind_IsRefused()
        => Refused<CarePlan>(
            Quoted("{'schemaVersion':1,'template':" + SmallTemplate + ",'draft':{'goals':['Walk'],'reviewDate':'2026-04-06'},'agreedOn':'2026-01-05','reviews':[{'date':'2026-04-06','goalReviews':[],'changes':[{'kind':'forgetEverything'}]}]}"),
            "$.reviews[0].changes[0]",
            "forgetEverything");

    [Fact]
    public void CarePlan_MissingDraft_IsRefused()
    {
        JsonException e = Refused<CarePlan>(Quoted("{'schemaVersion':1,'template':" + SmallTemplate + "}"), "$", "Walk");
        Assert.Contains("missing required properties", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The plan of the golden file: the seed's Appendix 4 template, agreed, then reviewed twice (three versions).</summary>
    internal static CarePlan FixedPlan()
    {
        CarePlan agreed = CarePlan.Draft(CarePlanTemplates.Appendix4Sample)
            .WithPerson(new PlanPerson("Sam Jones, 12 High Street, 07700 900123", NhsNumber.Parse("9990000026")))
            .WithText(PlanField.WhatMattersToMe, "Seeing my grandchildren on Sundays. Getting out of the flat more.")
            .WithText(PlanField.HowBestToSupportMe, "Call in the afternoon: I don't hear the phone before noon.")
            .WithText(PlanField.HealthConditions, "Arthritis in both knees, so stairs are hard.")
            .WithGoal("Walk to the shop by myself")
            .WithGoal("Join the Tuesday choir")
            .WithSupport(new SupportConnection("Tuesday choir at St Mark's hall", "A warm welcome, and tea after", ConnectionCategory.Create(ConnectionCategoryKind.ArtsBasedActivities)))
            .WithSupport(new SupportConnection("Walking group, Thursdays", category: ConnectionCategory.Create(ConnectionCategoryKind.PhysicalActivitySupport)))
            .WithText(PlanField.WhatICanDo, "Practise the songs at home; walk to the corner every day.")
            .WithReviewDate(new LocalDate(2026, 4, 6))
            .Agree(new LocalDate(2026, 1, 5));
        return agreed
            .Review(new CarePlanReview(
                new LocalDate(2026, 4, 6),
                [new GoalReview(1, GoalProgress.InProgress, "Walked half way, twice"), new GoalReview(2, GoalProgress.Achieved, "Went to four sessions")],
                [
                    new CloseGoal(2, GoalProgress.Achieved),
                    new AddGoal("Sing at the summer concert"),
                    new ChangeSupport(2, new SupportConnection("Walking group, Thursdays and Saturdays", "Meet at the library", ConnectionCategory.Create(ConnectionCategoryKind.PhysicalActivitySupport))),
                    new SetNextReviewDate(new LocalDate(2026, 10, 5)),
                ],
                "I feel less lonely, and I have a reason to get up on Tuesdays.",
                SharingPermissions.NoneAsked.With(SharingPermission.ShareMyStory, ConsentAnswer.Given).With(SharingPermission.SatisfactionSurvey, ConsentAnswer.Declined)))
            .Review(new CarePlanReview(
                new LocalDate(2026, 10, 5),
                [new GoalReview(1, GoalProgress.Achieved), new GoalReview(3, GoalProgress.InProgress, "Rehearsing every week")],
                [new CloseGoal(1, GoalProgress.Achieved), new CloseSupport(1), new ChangeText("health-conditions", null), new SetNextReviewDate(new LocalDate(2027, 4, 5))]));
    }

    /// <summary>Compares what the library writes with a golden file, byte for byte; on a difference, writes <c>name.received.json</c> beside it and fails.</summary>
    private static void Golden(string name, string written, [CallerFilePath] string thisFile = "")
    {
        string approved = Path.Combine(AppContext.BaseDirectory, "Documents", "golden", name);
        byte[] expected = File.Exists(approved) ? File.ReadAllBytes(approved) : [];
        byte[] actual = Encoding.UTF8.GetBytes(written);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        string sourceFolder = Path.Combine(Path.GetDirectoryName(thisFile) ?? string.Empty, "Documents", "golden");
        string received = Path.Combine(Directory.Exists(sourceFolder) ? sourceFolder : Path.GetDirectoryName(approved)!, Path.ChangeExtension(name, ".received.json"));
        File.WriteAllBytes(received, actual);
        Assert.Fail($"{name} differs from what the library writes; the output is in {received}: review it, then copy it over Documents/golden/{name}.");
    }

    private static string Describe(CarePlan p)
    {
        var text = new StringBuilder();
        CarePlanTemplate t = p.Template;
        text.AppendJoin(" | ", t.Id, t.Name).AppendLine();
        foreach (CarePlanSection s in t.Sections)
        {
            text.AppendJoin(" | ", s.Key, s.Heading, s.Prompt, s.Part, s.Field, s.RequiredToAgree).AppendLine();
        }

        text.AppendJoin(" | ", "person", p.Person.NameAndContact ?? "-", p.Person.NhsNumber?.UnmaskedValue ?? "-").AppendLine();
        text.AppendJoin(" | ", p.Status, Iso(p.AgreedOn), Iso(p.LastReviewedOn)).AppendLine();
        text.Append("current ").Append(DescribeContent(p.Texts, p.Goals, p.Support, p.ReviewDate, p.Permissions));
        foreach (CarePlanVersion v in p.Versions)
        {
            text.AppendJoin(" | ", "version", v.Number, Iso(v.Date)).AppendLine();
            text.Append(DescribeContent(v.Texts, v.Goals, v.Support, v.ReviewDate, v.Permissions));
            if (v.Review is CarePlanReview r)
            {
                text.AppendJoin(" | ", "review", Iso(r.Date), r.ChangesTakenPlace ?? "-", r.Permissions).AppendLine();
                text.AppendJoin(" | ", r.GoalReviews.Select(g => $"{g.GoalNumber} {g.Progress} {g.WhatChanged ?? "-"} {Iso(g.ReviewedOn)}")).AppendLine();
                text.AppendJoin(" | ", r.Changes.Select(DescribeChange)).AppendLine();
            }
        }

        return text.ToString();
    }

    private static string DescribeContent(IReadOnlyDictionary<string, string> texts, IReadOnlyList<CarePlanGoal> goals, IReadOnlyList<SupportConnection> support, LocalDate? reviewDate, SharingPermissions permissions)
    {
        var text = new StringBuilder();
        text.AppendJoin(" | ", texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value)).AppendLine();
        foreach (CarePlanGoal g in goals)
        {
            text.AppendJoin(" | ", "goal", g.Number, g.Text, string.Join(", ", g.Reviews.Select(r => $"{r.GoalNumber} {r.Progress} {r.WhatChanged ?? "-"} {Iso(r.ReviewedOn)}"))).AppendLine();
        }

        foreach (SupportConnection s in support)
        {
            text.AppendLine(DescribeSupport(s));
        }

        return text.AppendJoin(" | ", Iso(reviewDate), permissions).AppendLine().ToString();
    }

    private static string DescribeSupport(SupportConnection s)
        => string.Join(" | ", "support", s.Number, s.Description, s.WhatToExpect ?? "-", s.Category is ConnectionCategory c ? $"{c.Kind} {c.OtherDescription}" : "-");

    private static string DescribeChange(CarePlanChange change) => change switch
    {
        ChangeText x => $"text {x.SectionKey}={x.Text ?? "-"}",
        AddGoal x => $"add goal {x.Text}",
        ChangeGoal x => $"change goal {x.GoalNumber} {x.Text}",
        CloseGoal x => $"close goal {x.GoalNumber} {x.Outcome}",
        AddSupport x => $"add {DescribeSupport(x.Support)}",
        ChangeSupport x => $"change {x.SupportNumber} {DescribeSupport(x.Support)}",
        CloseSupport x => $"close support {x.SupportNumber}",
        SetNextReviewDate x => $"next review {Iso(x.Date)}",
        _ => change.GetType().Name,
    };

    private static string Iso(LocalDate? date) => date is LocalDate d ? LocalDatePattern.Iso.Format(d) : "-";
}
