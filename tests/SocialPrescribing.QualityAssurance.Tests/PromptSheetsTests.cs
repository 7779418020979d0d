using System.Reflection;
using SocialPrescribing.Checklists;

namespace SocialPrescribing.QualityAssurance.Tests;

/// <summary>Every item of both Appendix 5 sheets is present, in order, with its "why we check" and its examples.</summary>
public class PromptSheetsTests
{
    [Fact]
    public void VcseSheet_HasEveryItem()
    {
        ChecklistDefinition sheet = PromptSheets.VcseOrganisation;
        Assert.Equal(
            [
                "Your organisation - key documents: please provide copies of the following:",
                "Safeguarding policy", "Confidentiality and data protection policy", "Health and Safety policy",
                "Equality and diversity policy", "Recruitment policy (staff and volunteers)", "Training and development",
            ],
            sheet.Areas.Select(a => a.Title));
        Assert.Equal(["D1", "D2", "D3", "P1", "P2", "P3", "P4", "P5", "P6"], sheet.Items.Select(i => i.Id));
        Assert.All(sheet.Areas[0].Items, i => Assert.Equal(ChecklistResponseKind.YesNo, i.ResponseKind));
        Assert.Equal("Your certificate of Public Liability Insurance", sheet.GetItem("D3").Text);
        Assert.Equal([4, 3, 4, 2, 3, 2], sheet.Items.Skip(3).Select(i => i.Examples.Count));
        Assert.All(sheet.Items.Skip(3), i => Assert.False(string.IsNullOrWhiteSpace(i.Detail)));
        Assert.StartsWith("Children and vulnerable adults who are referred must be protected from harm.", sheet.GetItem("P1").Detail, StringComparison.Ordinal);
        Assert.Equal("Risk assessments for lone working.", sheet.GetItem("P1").Examples[2]);
        Assert.Equal("First aid certificates.", sheet.GetItem("P6").Examples[1]);
    }

    [Fact]
    public void VcseSheet_WhyWeCheck_GeneralStatementFirst()
    {
        // P2 and P4 state the general reason, then what "your policy" shows; the seed's text splits P3's cell, so P3 follows them.
        ChecklistDefinition sheet = PromptSheets.VcseOrganisation;
        Assert.Equal(
            "Health and safety policy and procedures aim to protect both the people and the environment where your services and activities take place. Your policy will outline the steps your organisation has taken to make sure that you have made things as safe as possible.",
            sheet.GetItem("P3").Detail);
        foreach (string id in new[] { "P2", "P3", "P4" })
        {
            string detail = sheet.GetItem(id).Detail!;
            int yourPolicy = detail.IndexOf("Your policy", StringComparison.Ordinal);
            Assert.True(yourPolicy > 0, id);
            Assert.DoesNotContain(". ", detail[yourPolicy..], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SmallGroupSheet_HasEveryItem()
    {
        ChecklistDefinition sheet = PromptSheets.SmallCommunityGroup;
        Assert.Equal(
            [
                "Public Liability Insurance", "Safeguarding for vulnerable adults and children", "Confidentiality and data protection",
                "Health and safety risk assessments", "Equality and diversity", "Recruitment of new members and training volunteers",
                "Governance and financial accounts",
            ],
            sheet.Areas.Select(a => a.Title));

        // The seed gives the governance and accounts part no heading: the library's label, not the sheet's opening heading.
        Assert.Equal(PromptSheets.GovernanceAndAccountsTitle, sheet.Areas[^1].Title);
        Assert.StartsWith("Documents and supporting evidence.", sheet.Introduction, StringComparison.Ordinal);
        Assert.DoesNotContain(sheet.Areas, a => a.Title.Contains("Documents and supporting evidence", StringComparison.Ordinal));
        Assert.All(sheet.Areas[^1].Items, i => Assert.Equal(ChecklistResponseKind.YesNo, i.ResponseKind));
        Assert.Equal(["G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8"], sheet.Items.Select(i => i.Id));
        Assert.Equal([1, 3, 2, 2, 3, 4], sheet.Items.Take(6).Select(i => i.Examples.Count));
        Assert.All(sheet.Items.Take(6), i => Assert.False(string.IsNullOrWhiteSpace(i.Detail)));
        Assert.StartsWith("Governance arrangements: does your group have a constitution", sheet.GetItem("G7").Text, StringComparison.Ordinal);
        Assert.StartsWith("Financial accounts: does your group have a bank account", sheet.GetItem("G8").Text, StringComparison.Ordinal);
        Assert.Contains("trip to the seaside", sheet.GetItem("G4").Examples[1], StringComparison.Ordinal);
        Assert.Equal("Do relevant volunteers have First Aid certificates?", sheet.GetItem("G6").Examples[3]);
    }

    [Fact]
    public void For_PicksTheSheet()
    {
        Assert.Same(PromptSheets.VcseOrganisation, PromptSheets.For(OrganisationKind.VcseOrganisation));
        Assert.Same(PromptSheets.SmallCommunityGroup, PromptSheets.For(OrganisationKind.SmallVolunteerLedGroup));
        Assert.Throws<ArgumentOutOfRangeException>(() => PromptSheets.For(default));
    }

    [Fact]
    public void Sheets_RenderWithExamples()
    {
        string md = FilledChecklist.Start(PromptSheets.SmallCommunityGroup).ToMarkdown();
        Assert.Contains("  - _Who is allowed to see personal information about group members?_", md, StringComparison.Ordinal);
    }

    [Fact]
    public void PromptItemIds_EveryConstantNamesAnItem_AndEveryItemHasAConstant()
    {
        string[] constants = typeof(PromptItemIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
        string[] items = PromptSheets.All.SelectMany(sheet => sheet.Items).Select(i => i.Id).ToArray();
        Assert.Equal(constants.Length, constants.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(items.Order(StringComparer.Ordinal), constants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PromptItemIds_NameTheSheetsItemsByTheirSubject()
    {
        Assert.Equal("Your certificate of Public Liability Insurance", PromptSheets.VcseOrganisation.GetItem(PromptItemIds.VcsePublicLiabilityInsurance).Text);
        Assert.Equal("Safeguarding policy", PromptSheets.VcseOrganisation.Areas.Single(a => a.Items[0].Id == PromptItemIds.VcseSafeguarding).Title);
        Assert.Equal("Training and development", PromptSheets.VcseOrganisation.Areas.Single(a => a.Items[0].Id == PromptItemIds.VcseTrainingAndDevelopment).Title);
        Assert.Equal("Public Liability Insurance", PromptSheets.SmallCommunityGroup.Areas.Single(a => a.Items[0].Id == PromptItemIds.GroupPublicLiabilityInsurance).Title);
        Assert.StartsWith("Governance arrangements", PromptSheets.SmallCommunityGroup.GetItem(PromptItemIds.GroupGovernance).Text, StringComparison.Ordinal);
        Assert.StartsWith("Financial accounts", PromptSheets.SmallCommunityGroup.GetItem(PromptItemIds.GroupFinancialAccounts).Text, StringComparison.Ordinal);
    }
}
