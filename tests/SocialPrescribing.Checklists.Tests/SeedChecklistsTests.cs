namespace SocialPrescribing.Checklists.Tests;

/// <summary>Every item of each seed checklist is present, in order, with its wording (transcribed again here, independently).</summary>
public class SeedChecklistsTests
{
    [Fact]
    public void PcnReadiness_Appendix1()
    {
        ChecklistDefinition c = SeedChecklists.PcnReadiness;
        Assert.Equal(
            [
                "1. Partnership working and shared local planning",
                "2. Providing social prescribing link worker services",
                "3. Working with people on \u2018what matters to me\u2019",
                "4. Connecting people to community groups",
                "5. Access to IT systems, data gathering and impact measurement",
                "6. Safeguarding and quality assurance",
            ],
            c.Areas.Select(a => a.Title));
        Assert.Equal([3, 4, 2, 3, 3, 2], c.Areas.Select(a => a.Items.Count));
        string[] starts =
            [
                "Are you working with all partners",
                "Are you building strong local relationships",
                "How do you plan to work with local partners",
                "Will your PCN employ social prescribing link workers directly",
                "Have you worked through the job description",
                "How will you integrate social prescribing link workers",
                "Who will act as the GP supervisor",
                "Will link workers have the flexibility to undertake home visits",
                "Can link workers create simple personalised care",
                "Can link workers take people to community groups",
                "Is there scope to recruit volunteers",
                "Are link workers able to collaborate with local partners",
                "Will all PCN staff making referrals",
                "Can link workers establish local data systems",
                "Will you support link workers to use the ONS4",
                "Can link workers use the prompt sheets",
                "Can your PCN work flexibly, inclusively and proportionately",
            ];
        Assert.Equal(17, c.Items.Count);
        Assert.Equal(starts.Length, c.Items.Count);
        Assert.All(starts.Zip(c.Items), pair => Assert.StartsWith(pair.First, pair.Second.Text, StringComparison.Ordinal));
        Assert.Equal("Who will act as the GP supervisor for the link worker?", c.GetItem("2.4").Text);
        Assert.EndsWith("You have local discretion to use whatever contractual arrangements work best locally.", c.GetItem("2.1").Text, StringComparison.Ordinal);
        Assert.All(c.Items, i => Assert.Equal([SeedChecklists.NotesColumn], i.Columns));
        Assert.Equal(ChecklistResponseKind.TextOnly, c.GetItem("2.4").ResponseKind);
        Assert.Equal(ChecklistResponseKind.YesNo, c.GetItem("6.2").ResponseKind);
    }

    [Fact]
    public void LocalSharedPlan_Appendix2()
    {
        ChecklistDefinition c = SeedChecklists.LocalSharedPlan;
        Assert.Equal(
            [
                "Every PCN has a social prescribing link worker embedded within their multidisciplinary team",
                "Existing social prescribing schemes are supported to work collaboratively with PCNs to embed additional link workers in multi-disciplinary teams",
                "Additional PCN link workers are successfully recruited from within the local health and care economy",
                "VCSE organisations and community groups are supported to receive social prescribing referrals and nurture community assets.",
                "All PCNs are supported to use the new national social prescribing SNOMED codes, to capture the number of social prescribing referrals.",
            ],
            c.Areas[1].Items.Select(i => i.Text));
        Assert.All(c.Areas[1].Items, i => Assert.Equal(["Actions", "Who will lead/be involved", "Timescales", "Resources needed"], i.Columns));
        Assert.StartsWith("Partner details \u2013 please include representatives", c.Areas[0].Items[0].Text, StringComparison.Ordinal);
        Assert.Contains("works together to nurture community assets", c.Introduction, StringComparison.Ordinal);
    }

    [Fact]
    public void CcgSelfEvaluation_Appendix3()
    {
        ChecklistDefinition c = SeedChecklists.CcgSelfEvaluation;
        Assert.Equal(["1", "2", "3", "4", "5"], c.Items.Select(i => i.Id));
        Assert.StartsWith("Comfortable to bring all local partners together", c.Items[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Able to support PCNs to work collaboratively", c.Items[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("This may include sub-contracting or seconding", c.Items[1].Detail, StringComparison.Ordinal);
        Assert.StartsWith("Confident that local PCNs understand the difference", c.Items[2].Text, StringComparison.Ordinal);
        Assert.Equal("871691000000100 Social prescribing offered\n871711000000103 Social prescribing declined\n871731000000106 Referral to social prescribing service", c.Items[3].Detail);
        Assert.StartsWith("Confident to work collaboratively with your local authority", c.Items[4].Text, StringComparison.Ordinal);
        Assert.All(c.Items, i => Assert.Equal((ChecklistResponseKind.SelfAssessment, "Rationale"), (i.ResponseKind, i.RequiredColumn)));
        Assert.Equal("Questions: To what extent are staff:", c.Areas[0].Title);
    }

    [Fact]
    public void LinkWorkerInduction_Section6()
    {
        ChecklistDefinition c = SeedChecklists.LinkWorkerInduction;
        Assert.Equal(
            [
                "Overview of social prescribing: what difference can social prescribing make to people\u2019s lives?",
                "Overview of the social prescribing link worker role within the PCN MDT.",
                "How social prescribing can support people to improve the wider determinants of their health and wellbeing.",
                "Who can benefit from our social prescribing service?",
                "Provide a personalised care approach, through motivational coaching, giving time to focus on \u2018what matters to me\u2019.",
                "Creating and maintaining effective professional boundaries.",
                "Developing personalised care and support plans together.",
                "Introduction to PCNs \u2013 how they will support local populations to take more control over their health and wellbeing.",
                "Introduction to the primary care network multidisciplinary healthcare team (MDT), including shadowing reception staff.",
                "Partnership working",
                "Introducing people to community groups",
                "Connecting people to community groups",
                "Safeguarding vulnerable individuals who are connected to community groups",
                "Data protection",
                "Record keeping",
                "Setting up systems to measure impact",
            ],
            c.Items.Select(i => i.Text));
        Assert.All(c.Items, i => Assert.Equal(ChecklistResponseKind.CompletionDate, i.ResponseKind));
        Assert.All(c.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Detail)));
        Assert.Equal("Describe who can benefit from social prescribing.", c.GetItem("4").Detail);
        Assert.Contains("Use the SNOMED codes to register social prescribing referrals", c.GetItem("16").Detail, StringComparison.Ordinal);
        Assert.Contains("\u2018nothing about me, without me\u2019", c.GetItem("5").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void All_HasTheFour_WithUniqueIds()
    {
        Assert.Equal(["pcn-readiness", "local-shared-plan", "ccg-self-evaluation", "link-worker-induction"], SeedChecklists.All.Select(c => c.Id));
        Assert.All(SeedChecklists.All, c => Assert.Equal(c.Items.Count, c.Items.Select(i => i.Id).Distinct().Count()));
    }

    public static TheoryData<string, Type> ItemConstants() => new()
    {
        { "pcn-readiness", typeof(SeedChecklists.PcnReadinessItems) },
        { "local-shared-plan", typeof(SeedChecklists.LocalSharedPlanItems) },
        { "ccg-self-evaluation", typeof(SeedChecklists.CcgSelfEvaluationItems) },
        { "link-worker-induction", typeof(SeedChecklists.LinkWorkerInductionItems) },
    };

    [Theory]
    [MemberData(nameof(ItemConstants))]
    public void ItemIdConstants_NameEveryItem_AndOnlyItemsThatExist(string checklistId, Type constants)
    {
        ChecklistDefinition c = SeedChecklists.All.Single(d => d.Id == checklistId);
        string[] values = [.. constants.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)];
        Assert.All(values, id => Assert.True(c.TryGetItem(id, out _), $"{constants.Name}: no item {id}"));
        Assert.Equal(c.Items.Select(i => i.Id).Order(StringComparer.Ordinal), values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ItemIdConstants_Examples()
    {
        Assert.Equal("2.4", SeedChecklists.PcnReadinessItems.GpSupervisor);
        Assert.Equal("Who will act as the GP supervisor for the link worker?", SeedChecklists.PcnReadiness.GetItem(SeedChecklists.PcnReadinessItems.GpSupervisor).Text);
        Assert.Equal("P", SeedChecklists.LocalSharedPlanItems.PartnerDetails);
        Assert.StartsWith("Able to support PCNs to use national SNOMED", SeedChecklists.CcgSelfEvaluation.GetItem(SeedChecklists.CcgSelfEvaluationItems.SnomedCodes).Text, StringComparison.Ordinal);
        Assert.Equal("Data protection", SeedChecklists.LinkWorkerInduction.GetItem(SeedChecklists.LinkWorkerInductionItems.DataProtection).Text);
    }
}
