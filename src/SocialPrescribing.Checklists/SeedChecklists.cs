using System.Collections.ObjectModel;

namespace SocialPrescribing.Checklists;

/// <summary>
/// The seed's four programme checklists, word for word from NHS England's "Getting started with social prescribing
/// link workers" (2019): PCN readiness (Appendix 1), the local shared plan (Appendix 2), the CCG self-evaluation
/// (Appendix 3) and the link worker induction (section 6).
/// </summary>
/// <remarks>
/// Wording is the seed text's, including its typography (curly quotes, en dashes) and its spelling where a line-break
/// hyphen was lost in extraction ("multidisciplinary", "MultiDisciplinary"). Where the seed leaves the kind of
/// answer open, a question the seed asks as yes/no takes a yes/no; an open question ("How ...", "Who will ...") takes
/// text in its Notes column.
/// </remarks>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class SeedChecklists
{
    /// <summary>The Notes column of Appendix 1.</summary>
    public const string NotesColumn = "Notes";

    /// <summary>The Rationale column of Appendix 3.</summary>
    public const string RationaleColumn = "Rationale";

    /// <summary>The "When completed/notes" column of the section 6 induction.</summary>
    public const string CompletedNotesColumn = "When completed/notes";

    /// <summary>The Actions column of Appendix 2.</summary>
    public const string ActionsColumn = "Actions";

    /// <summary>The "Who will lead/be involved" column of Appendix 2.</summary>
    public const string LeadColumn = "Who will lead/be involved";

    /// <summary>The Timescales column of Appendix 2.</summary>
    public const string TimescalesColumn = "Timescales";

    /// <summary>The "Resources needed" column of Appendix 2.</summary>
    public const string ResourcesColumn = "Resources needed";

    /// <summary>The partner details column of Appendix 2.</summary>
    public const string PartnersColumn = "Partner details";

    /// <summary>The item ids of <see cref="PcnReadiness"/> (seed Appendix 1), numbered area then position (this library's choice).</summary>
    /// <threadsafety>Constants; safe to use from any thread.</threadsafety>
    public static class PcnReadinessItems
    {
        /// <summary>Item <c>1.1</c>: Are you working with all partners ... to create a clear local plan.</summary>
        public const string WorkingWithAllPartners = "1.1";

        /// <summary>Item <c>1.2</c>: Are you building strong local relationships with VCSE sector organisations and community groups.</summary>
        public const string RelationshipsWithVcse = "1.2";

        /// <summary>Item <c>1.3</c>: How do you plan to work with local partners in future years.</summary>
        public const string FuturePartnerWorking = "1.3";

        /// <summary>Item <c>2.1</c>: Will your PCN employ link workers directly or work with existing connector schemes.</summary>
        public const string EmploymentArrangements = "2.1";

        /// <summary>Item <c>2.2</c>: Have you worked through the job description, person specification and framework.</summary>
        public const string JobDescription = "2.2";

        /// <summary>Item <c>2.3</c>: How will you integrate link workers, ensuring they are fully involved in the MDT.</summary>
        public const string IntegrationIntoMdt = "2.3";

        /// <summary>Item <c>2.4</c>: Who will act as the GP supervisor for the link worker.</summary>
        public const string GpSupervisor = "2.4";

        /// <summary>Item <c>3.1</c>: Will link workers have the flexibility to undertake home visits.</summary>
        public const string HomeVisits = "3.1";

        /// <summary>Item <c>3.2</c>: Can link workers create simple personalised care and support plans.</summary>
        public const string PersonalisedCarePlans = "3.2";

        /// <summary>Item <c>4.1</c>: Can link workers take people to community groups to introduce them.</summary>
        public const string IntroductionsToGroups = "4.1";

        /// <summary>Item <c>4.2</c>: Is there scope to recruit volunteers to buddy with people.</summary>
        public const string Volunteers = "4.2";

        /// <summary>Item <c>4.3</c>: Are link workers able to increase the capacity of community groups/VCSE organisations.</summary>
        public const string CapacityOfGroups = "4.3";

        /// <summary>Item <c>5.1</c>: Will all PCN staff making referrals use the social prescribing SNOMED codes.</summary>
        public const string SnomedCodes = "5.1";

        /// <summary>Item <c>5.2</c>: Can link workers establish local data systems to gather core referral data.</summary>
        public const string ReferralData = "5.2";

        /// <summary>Item <c>5.3</c>: Will you support link workers to use ONS4 and PAM.</summary>
        public const string ImpactMeasurement = "5.3";

        /// <summary>Item <c>6.1</c>: Can link workers use the prompt sheets.</summary>
        public const string PromptSheets = "6.1";

        /// <summary>Item <c>6.2</c>: Can your PCN work flexibly with small community groups who lack formal policies.</summary>
        public const string SmallCommunityGroups = "6.2";
    }

    /// <summary>The item ids of <see cref="LocalSharedPlan"/> (seed Appendix 2): the partner details row, then the five outcomes.</summary>
    /// <threadsafety>Constants; safe to use from any thread.</threadsafety>
    public static class LocalSharedPlanItems
    {
        /// <summary>Item <c>P</c>: Partner details.</summary>
        public const string PartnerDetails = "P";

        /// <summary>Item <c>1</c>: Outcome 1: every PCN has a link worker embedded within their multidisciplinary team.</summary>
        public const string LinkWorkerInEveryPcn = "1";

        /// <summary>Item <c>2</c>: Outcome 2: existing schemes are supported to work collaboratively with PCNs.</summary>
        public const string ExistingSchemesSupported = "2";

        /// <summary>Item <c>3</c>: Outcome 3: additional link workers are recruited from within the local health and care economy.</summary>
        public const string LocalRecruitment = "3";

        /// <summary>Item <c>4</c>: Outcome 4: VCSE organisations and community groups are supported to receive referrals.</summary>
        public const string VcseReadyForReferrals = "4";

        /// <summary>Item <c>5</c>: Outcome 5: all PCNs are supported to use the SNOMED codes.</summary>
        public const string SnomedCodesInUse = "5";
    }

    /// <summary>The item ids of <see cref="CcgSelfEvaluation"/> (seed Appendix 3), the seed's question numbers.</summary>
    /// <threadsafety>Constants; safe to use from any thread.</threadsafety>
    public static class CcgSelfEvaluationItems
    {
        /// <summary>Item <c>1</c>: Comfortable to bring all local partners together to create a shared local plan.</summary>
        public const string SharedLocalPlan = "1";

        /// <summary>Item <c>2</c>: Able to support PCNs to work with existing schemes to recruit additional link workers.</summary>
        public const string CollaborativeRecruitment = "2";

        /// <summary>Item <c>3</c>: Confident that PCNs understand the difference between care navigation and link workers.</summary>
        public const string CareNavigationDifference = "3";

        /// <summary>Item <c>4</c>: Able to support PCNs to use the national SNOMED codes.</summary>
        public const string SnomedCodes = "4";

        /// <summary>Item <c>5</c>: Confident to support the VCSE sector to receive referrals.</summary>
        public const string VcseSupport = "5";
    }

    /// <summary>The item ids of <see cref="LinkWorkerInduction"/> (seed section 6), the areas to cover in the seed's order.</summary>
    /// <threadsafety>Constants; safe to use from any thread.</threadsafety>
    public static class LinkWorkerInductionItems
    {
        /// <summary>Item <c>1</c>: Overview of social prescribing.</summary>
        public const string SocialPrescribingOverview = "1";

        /// <summary>Item <c>2</c>: Overview of the link worker role within the PCN MDT.</summary>
        public const string LinkWorkerRole = "2";

        /// <summary>Item <c>3</c>: How social prescribing can support people to improve the wider determinants of their health.</summary>
        public const string WiderDeterminants = "3";

        /// <summary>Item <c>4</c>: Who can benefit from our social prescribing service.</summary>
        public const string WhoCanBenefit = "4";

        /// <summary>Item <c>5</c>: Provide a personalised care approach, through motivational coaching.</summary>
        public const string PersonalisedCareApproach = "5";

        /// <summary>Item <c>6</c>: Creating and maintaining effective professional boundaries.</summary>
        public const string ProfessionalBoundaries = "6";

        /// <summary>Item <c>7</c>: Developing personalised care and support plans together.</summary>
        public const string SupportPlans = "7";

        /// <summary>Item <c>8</c>: Introduction to PCNs.</summary>
        public const string PrimaryCareNetworks = "8";

        /// <summary>Item <c>9</c>: Introduction to the primary care network multidisciplinary healthcare team (MDT).</summary>
        public const string MultidisciplinaryTeam = "9";

        /// <summary>Item <c>10</c>: Partnership working.</summary>
        public const string PartnershipWorking = "10";

        /// <summary>Item <c>11</c>: Introducing people to community groups.</summary>
        public const string IntroducingPeopleToGroups = "11";

        /// <summary>Item <c>12</c>: Connecting people to community groups.</summary>
        public const string ConnectingPeopleToGroups = "12";

        /// <summary>Item <c>13</c>: Safeguarding vulnerable individuals who are connected to community groups.</summary>
        public const string Safeguarding = "13";

        /// <summary>Item <c>14</c>: Data protection.</summary>
        public const string DataProtection = "14";

        /// <summary>Item <c>15</c>: Record keeping.</summary>
        public const string RecordKeeping = "15";

        /// <summary>Item <c>16</c>: Setting up systems to measure impact.</summary>
        public const string ImpactMeasurement = "16";
    }

    private static readonly string[] Notes = [NotesColumn];
    private static readonly string[] PlanColumns = [ActionsColumn, LeadColumn, TimescalesColumn, ResourcesColumn];

    /// <summary>Gets Appendix 1: the checklist for introducing social prescribing link workers into PCNs (six areas).</summary>
    /// <value>17 questions in six areas, each with notes.</value>
    public static ChecklistDefinition PcnReadiness { get; } = new(
        "pcn-readiness",
        "Checklist for introducing social prescribing link workers into PCNs",
        "Seed Appendix 1",
        [
            Area("1. Partnership working and shared local planning",
                Ask(PcnReadinessItems.WorkingWithAllPartners, "Are you working with all partners, including VCSE sector leaders, local infrastructure organisations, CCG, local authority commissioners and referral agencies to create a clear local plan for social prescribing?"),
                Ask(PcnReadinessItems.RelationshipsWithVcse, "Are you building strong local relationships with VCSE sector organisations and community groups?"),
                Open(PcnReadinessItems.FuturePartnerWorking, "How do you plan to work with local partners in future years, to take social prescribing referrals from other agencies across the local system, to integrate services?")),
            Area("2. Providing social prescribing link worker services",
                Open(PcnReadinessItems.EmploymentArrangements, "Will your PCN employ social prescribing link workers directly or work with existing social prescribing connector schemes, for them to employ link workers and embed into your MDT? You have local discretion to use whatever contractual arrangements work best locally."),
                Ask(PcnReadinessItems.JobDescription, "Have you worked through the job description, person specification and framework to ensure that the link worker can provide dedicated, holistic support to people, based on \u2018what matters to me\u2019?"),
                Open(PcnReadinessItems.IntegrationIntoMdt, "How will you integrate social prescribing link workers, ensuring they are fully involved in the MDT?"),
                Open(PcnReadinessItems.GpSupervisor, "Who will act as the GP supervisor for the link worker?")),
            Area("3. Working with people on \u2018what matters to me\u2019",
                Ask(PcnReadinessItems.HomeVisits, "Will link workers have the flexibility to undertake home visits, spend time and build trust with people?"),
                Ask(PcnReadinessItems.PersonalisedCarePlans, "Can link workers create simple personalised care and support plans with people, based on the person\u2019s own priorities?")),
            Area("4. Connecting people to community groups",
                Ask(PcnReadinessItems.IntroductionsToGroups, "Can link workers take people to community groups to introduce them, ensuring they are comfortable and included?"),
                Ask(PcnReadinessItems.Volunteers, "Is there scope to recruit volunteers to buddy with people around befriending and connecting them to groups?"),
                Ask(PcnReadinessItems.CapacityOfGroups, "Are link workers able to collaborate with local partners to increase the capacity of community groups/VCSE organisations to receive more people?")),
            Area("5. Access to IT systems, data gathering and impact measurement",
                Ask(PcnReadinessItems.SnomedCodes, "Will all PCN staff making referrals to link workers use the social prescribing SNOMED codes to log referrals?"),
                Ask(PcnReadinessItems.ReferralData, "Can link workers establish local data systems in order to gather core referral data?"),
                Ask(PcnReadinessItems.ImpactMeasurement, "Will you support link workers to use the ONS4 Wellbeing Scale to measure the impact on patient wellbeing and PAM to assess how activated patients are to support themselves?")),
            Area("6. Safeguarding and quality assurance",
                Ask(PcnReadinessItems.PromptSheets, "Can link workers use the prompt sheets to build rapport with local groups and VCSE organisations and ensure that everyone is confident to safeguard vulnerable people?"),
                Ask(PcnReadinessItems.SmallCommunityGroups, "Can your PCN work flexibly, inclusively and proportionately with small community groups who lack formal policies, to enable them to be involved in social prescribing?")),
        ]);

    /// <summary>Gets Appendix 2: the local shared plan for social prescribing template, 2019-20 (partner details and five outcomes).</summary>
    /// <value>Partner details, then the five outcomes, each with actions, who will lead, timescales and resources needed.</value>
    public static ChecklistDefinition LocalSharedPlan { get; } = new(
        "local-shared-plan",
        "Local shared plan for social prescribing template 2019-20",
        "Seed Appendix 2",
        [
            Area("Partner details",
                new ChecklistItem(LocalSharedPlanItems.PartnerDetails, "Partner details \u2013 please include representatives from your CCG, local authority, PCNs, VCSE leaders, existing social prescribing connector schemes, people with lived experience and other local partners, throughout the planning process.", ChecklistResponseKind.TextOnly, [PartnersColumn])),
            Area("Outcomes",
                Plan(LocalSharedPlanItems.LinkWorkerInEveryPcn, "Every PCN has a social prescribing link worker embedded within their multidisciplinary team"),
                Plan(LocalSharedPlanItems.ExistingSchemesSupported, "Existing social prescribing schemes are supported to work collaboratively with PCNs to embed additional link workers in multi-disciplinary teams"),
                Plan(LocalSharedPlanItems.LocalRecruitment, "Additional PCN link workers are successfully recruited from within the local health and care economy"),
                Plan(LocalSharedPlanItems.VcseReadyForReferrals, "VCSE organisations and community groups are supported to receive social prescribing referrals and nurture community assets."),
                Plan(LocalSharedPlanItems.SnomedCodesInUse, "All PCNs are supported to use the new national social prescribing SNOMED codes, to capture the number of social prescribing referrals.")),
        ],
        "Aim: This template has been created to help CCG commissioners, local authorities, PCNs, social prescribing connector schemes, VCSE leaders, people with lived experience and other partners work together to create a shared local plan for social prescribing social, which;\n"
        + "- enables every PCN to integrate social prescribing link workers within their multidisciplinary team either through direct employment or contracting for a social prescribing link worker service\n"
        + "- builds on existing local social prescribing schemes, avoiding duplication and enabling all social prescribing link workers (wherever they are employed) to work together as a wider team across the local area\n"
        + "- recruits new additional social prescribing link workers (using the national funding available to PCNs)\n"
        + "- works together to nurture community assets, support VCSE organisations and community groups, through funding and development support.");

    /// <summary>Gets Appendix 3: the social prescribing self-evaluation checklist for CCGs, 2019-20.</summary>
    /// <value>Five questions, each self-assessed 1 (low) to 5 (high) with a required rationale.</value>
    public static ChecklistDefinition CcgSelfEvaluation { get; } = new(
        "ccg-self-evaluation",
        "Social prescribing self-evaluation checklist for CCGs 2019-20",
        "Seed Appendix 3",
        [
            Area("Questions: To what extent are staff:",
                Score(CcgSelfEvaluationItems.SharedLocalPlan, "Comfortable to bring all local partners together (including PCNs, local authorities, existing social prescribing schemes and VCSE leaders) to create a shared local plan for social prescribing by July 2019, when funding becomes available?"),
                Score(CcgSelfEvaluationItems.CollaborativeRecruitment, "Able to support PCNs to work collaboratively with existing local social prescribing schemes to recruit additional link workers?",
                    "This may include sub-contracting or seconding new, additional link workers into PCN MultiDisciplinary Teams from existing social prescribing connector schemes, using the most effective contractual mechanisms available, to be determined locally."),
                Score(CcgSelfEvaluationItems.CareNavigationDifference, "Confident that local PCNs understand the difference between existing practice staff who undertake care navigation and social prescribing link workers who are employed to work intensively with people who struggle to make their own connections?"),
                Score(CcgSelfEvaluationItems.SnomedCodes, "Able to support PCNs to use national SNOMED social prescribing codes:",
                    "871691000000100 Social prescribing offered\n871711000000103 Social prescribing declined\n871731000000106 Referral to social prescribing service"),
                Score(CcgSelfEvaluationItems.VcseSupport, "Confident to work collaboratively with your local authority and other partners to support the VCSE sector to receive social prescribing referrals, including providing local funding and development support to community groups and VCSE organisations.")),
        ],
        "Self-assessment: 5 = high, 1 = low.");

    /// <summary>Gets section 6: what to include in a link worker induction.</summary>
    /// <value>16 areas to cover, each with what "the link worker can..." do, a completion date and notes.</value>
    public static ChecklistDefinition LinkWorkerInduction { get; } = new(
        "link-worker-induction",
        "What to include in a link worker induction",
        "Seed section 6",
        [
            Area("Area to cover",
                Induct(LinkWorkerInductionItems.SocialPrescribingOverview, "Overview of social prescribing: what difference can social prescribing make to people\u2019s lives?", "Explain what difference social prescribing can make to people\u2019s lives."),
                Induct(LinkWorkerInductionItems.LinkWorkerRole, "Overview of the social prescribing link worker role within the PCN MDT.", "Recognise the essential functions of the social prescribing link worker role within the PCN multi-disciplinary team."),
                Induct(LinkWorkerInductionItems.WiderDeterminants, "How social prescribing can support people to improve the wider determinants of their health and wellbeing.",
                    "- Understand how the wider determinants impact on personal health and wellbeing.\n- Explain what link workers can do to improve the wider determinants of personal health and wellbeing."),
                Induct(LinkWorkerInductionItems.WhoCanBenefit, "Who can benefit from our social prescribing service?", "Describe who can benefit from social prescribing."),
                Induct(LinkWorkerInductionItems.PersonalisedCareApproach, "Provide a personalised care approach, through motivational coaching, giving time to focus on \u2018what matters to me\u2019.",
                    "- Demonstrate how to work with people around \u2018what matters to me\u2019, taking a motivational coaching approach.\n- Involve people in decisions about them, based on the principle of \u2018nothing about me, without me\u2019."),
                Induct(LinkWorkerInductionItems.ProfessionalBoundaries, "Creating and maintaining effective professional boundaries.", "Explain how a link worker can support people, whilst avoiding creating dependent relationships and being too involved in people\u2019s lives."),
                Induct(LinkWorkerInductionItems.SupportPlans, "Developing personalised care and support plans together.", "Create a shared personalised support plan with the person."),
                Induct(LinkWorkerInductionItems.PrimaryCareNetworks, "Introduction to PCNs \u2013 how they will support local populations to take more control over their health and wellbeing.", "Explain the role of the PCN in developing a wider, proactive approach to population health."),
                Induct(LinkWorkerInductionItems.MultidisciplinaryTeam, "Introduction to the primary care network multidisciplinary healthcare team (MDT), including shadowing reception staff.",
                    "- Understand the different roles within the MDT.\n- What support they can expect from the MDT.\n- What support they will need to provide to the MDT."),
                Induct(LinkWorkerInductionItems.PartnershipWorking, "Partnership working", "Identify key partners within local agencies that they will need to work alongside."),
                Induct(LinkWorkerInductionItems.IntroducingPeopleToGroups, "Introducing people to community groups", "Provide information about community groups and voluntary organisations in the local areas \u2013 who are they, what support do they give?"),
                Induct(LinkWorkerInductionItems.ConnectingPeopleToGroups, "Connecting people to community groups", "Establish supportive, developmental relationships with community groups."),
                Induct(LinkWorkerInductionItems.Safeguarding, "Safeguarding vulnerable individuals who are connected to community groups", "Demonstrate how to use the quality assurance prompt sheets with community groups and VCSE organisations to build confidence to connect people to community groups."),
                Induct(LinkWorkerInductionItems.DataProtection, "Data protection", "Work with members of the PCN to create safe data storage systems for referral data, in line with GDPR regulations."),
                Induct(LinkWorkerInductionItems.RecordKeeping, "Record keeping", "Use the data storage systems created to record core data about referrals."),
                Induct(LinkWorkerInductionItems.ImpactMeasurement, "Setting up systems to measure impact", "Plan how to introduce the ONS4 and PAM tool to create a baseline for impact measurement on the person.\nUse the SNOMED codes to register social prescribing referrals")),
        ],
        "The link worker can\u2026 (for each area to cover; record when completed, with notes).");

    /// <summary>Gets the four checklists, in the seed's order of appearance as this library ships them.</summary>
    /// <value>PCN readiness, local shared plan, CCG self-evaluation, link worker induction.</value>
    public static ReadOnlyCollection<ChecklistDefinition> All { get; } = Array.AsReadOnly([PcnReadiness, LocalSharedPlan, CcgSelfEvaluation, LinkWorkerInduction]);

    private static ChecklistArea Area(string title, params ChecklistItem[] items) => new(title, items);

    private static ChecklistItem Ask(string id, string text) => new(id, text, ChecklistResponseKind.YesNo, Notes);

    private static ChecklistItem Open(string id, string text) => new(id, text, ChecklistResponseKind.TextOnly, Notes);

    private static ChecklistItem Plan(string id, string text) => new(id, text, ChecklistResponseKind.TextOnly, PlanColumns);

    private static ChecklistItem Score(string id, string text, string? detail = null)
        => new(id, text, ChecklistResponseKind.SelfAssessment, [RationaleColumn], detail, requiredColumn: RationaleColumn);

    private static ChecklistItem Induct(string id, string area, string linkWorkerCan)
        => new(id, area, ChecklistResponseKind.CompletionDate, [CompletedNotesColumn], linkWorkerCan);
}
