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
                Ask("1.1", "Are you working with all partners, including VCSE sector leaders, local infrastructure organisations, CCG, local authority commissioners and referral agencies to create a clear local plan for social prescribing?"),
                Ask("1.2", "Are you building strong local relationships with VCSE sector organisations and community groups?"),
                Open("1.3", "How do you plan to work with local partners in future years, to take social prescribing referrals from other agencies across the local system, to integrate services?")),
            Area("2. Providing social prescribing link worker services",
                Open("2.1", "Will your PCN employ social prescribing link workers directly or work with existing social prescribing connector schemes, for them to employ link workers and embed into your MDT? You have local discretion to use whatever contractual arrangements work best locally."),
                Ask("2.2", "Have you worked through the job description, person specification and framework to ensure that the link worker can provide dedicated, holistic support to people, based on \u2018what matters to me\u2019?"),
                Open("2.3", "How will you integrate social prescribing link workers, ensuring they are fully involved in the MDT?"),
                Open("2.4", "Who will act as the GP supervisor for the link worker?")),
            Area("3. Working with people on \u2018what matters to me\u2019",
                Ask("3.1", "Will link workers have the flexibility to undertake home visits, spend time and build trust with people?"),
                Ask("3.2", "Can link workers create simple personalised care and support plans with people, based on the person\u2019s own priorities?")),
            Area("4. Connecting people to community groups",
                Ask("4.1", "Can link workers take people to community groups to introduce them, ensuring they are comfortable and included?"),
                Ask("4.2", "Is there scope to recruit volunteers to buddy with people around befriending and connecting them to groups?"),
                Ask("4.3", "Are link workers able to collaborate with local partners to increase the capacity of community groups/VCSE organisations to receive more people?")),
            Area("5. Access to IT systems, data gathering and impact measurement",
                Ask("5.1", "Will all PCN staff making referrals to link workers use the social prescribing SNOMED codes to log referrals?"),
                Ask("5.2", "Can link workers establish local data systems in order to gather core referral data?"),
                Ask("5.3", "Will you support link workers to use the ONS4 Wellbeing Scale to measure the impact on patient wellbeing and PAM to assess how activated patients are to support themselves?")),
            Area("6. Safeguarding and quality assurance",
                Ask("6.1", "Can link workers use the prompt sheets to build rapport with local groups and VCSE organisations and ensure that everyone is confident to safeguard vulnerable people?"),
                Ask("6.2", "Can your PCN work flexibly, inclusively and proportionately with small community groups who lack formal policies, to enable them to be involved in social prescribing?")),
        ]);

    /// <summary>Gets Appendix 2: the local shared plan for social prescribing template, 2019-20 (partner details and five outcomes).</summary>
    /// <value>Partner details, then the five outcomes, each with actions, who will lead, timescales and resources needed.</value>
    public static ChecklistDefinition LocalSharedPlan { get; } = new(
        "local-shared-plan",
        "Local shared plan for social prescribing template 2019-20",
        "Seed Appendix 2",
        [
            Area("Partner details",
                new ChecklistItem("P", "Partner details \u2013 please include representatives from your CCG, local authority, PCNs, VCSE leaders, existing social prescribing connector schemes, people with lived experience and other local partners, throughout the planning process.", ChecklistResponseKind.TextOnly, [PartnersColumn])),
            Area("Outcomes",
                Plan("1", "Every PCN has a social prescribing link worker embedded within their multidisciplinary team"),
                Plan("2", "Existing social prescribing schemes are supported to work collaboratively with PCNs to embed additional link workers in multi-disciplinary teams"),
                Plan("3", "Additional PCN link workers are successfully recruited from within the local health and care economy"),
                Plan("4", "VCSE organisations and community groups are supported to receive social prescribing referrals and nurture community assets."),
                Plan("5", "All PCNs are supported to use the new national social prescribing SNOMED codes, to capture the number of social prescribing referrals.")),
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
                Score("1", "Comfortable to bring all local partners together (including PCNs, local authorities, existing social prescribing schemes and VCSE leaders) to create a shared local plan for social prescribing by July 2019, when funding becomes available?"),
                Score("2", "Able to support PCNs to work collaboratively with existing local social prescribing schemes to recruit additional link workers?",
                    "This may include sub-contracting or seconding new, additional link workers into PCN MultiDisciplinary Teams from existing social prescribing connector schemes, using the most effective contractual mechanisms available, to be determined locally."),
                Score("3", "Confident that local PCNs understand the difference between existing practice staff who undertake care navigation and social prescribing link workers who are employed to work intensively with people who struggle to make their own connections?"),
                Score("4", "Able to support PCNs to use national SNOMED social prescribing codes:",
                    "871691000000100 Social prescribing offered\n871711000000103 Social prescribing declined\n871731000000106 Referral to social prescribing service"),
                Score("5", "Confident to work collaboratively with your local authority and other partners to support the VCSE sector to receive social prescribing referrals, including providing local funding and development support to community groups and VCSE organisations.")),
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
                Induct("1", "Overview of social prescribing: what difference can social prescribing make to people\u2019s lives?", "Explain what difference social prescribing can make to people\u2019s lives."),
                Induct("2", "Overview of the social prescribing link worker role within the PCN MDT.", "Recognise the essential functions of the social prescribing link worker role within the PCN multi-disciplinary team."),
                Induct("3", "How social prescribing can support people to improve the wider determinants of their health and wellbeing.",
                    "- Understand how the wider determinants impact on personal health and wellbeing.\n- Explain what link workers can do to improve the wider determinants of personal health and wellbeing."),
                Induct("4", "Who can benefit from our social prescribing service?", "Describe who can benefit from social prescribing."),
                Induct("5", "Provide a personalised care approach, through motivational coaching, giving time to focus on \u2018what matters to me\u2019.",
                    "- Demonstrate how to work with people around \u2018what matters to me\u2019, taking a motivational coaching approach.\n- Involve people in decisions about them, based on the principle of \u2018nothing about me, without me\u2019."),
                Induct("6", "Creating and maintaining effective professional boundaries.", "Explain how a link worker can support people, whilst avoiding creating dependent relationships and being too involved in people\u2019s lives."),
                Induct("7", "Developing personalised care and support plans together.", "Create a shared personalised support plan with the person."),
                Induct("8", "Introduction to PCNs \u2013 how they will support local populations to take more control over their health and wellbeing.", "Explain the role of the PCN in developing a wider, proactive approach to population health."),
                Induct("9", "Introduction to the primary care network multidisciplinary healthcare team (MDT), including shadowing reception staff.",
                    "- Understand the different roles within the MDT.\n- What support they can expect from the MDT.\n- What support they will need to provide to the MDT."),
                Induct("10", "Partnership working", "Identify key partners within local agencies that they will need to work alongside."),
                Induct("11", "Introducing people to community groups", "Provide information about community groups and voluntary organisations in the local areas \u2013 who are they, what support do they give?"),
                Induct("12", "Connecting people to community groups", "Establish supportive, developmental relationships with community groups."),
                Induct("13", "Safeguarding vulnerable individuals who are connected to community groups", "Demonstrate how to use the quality assurance prompt sheets with community groups and VCSE organisations to build confidence to connect people to community groups."),
                Induct("14", "Data protection", "Work with members of the PCN to create safe data storage systems for referral data, in line with GDPR regulations."),
                Induct("15", "Record keeping", "Use the data storage systems created to record core data about referrals."),
                Induct("16", "Setting up systems to measure impact", "Plan how to introduce the ONS4 and PAM tool to create a baseline for impact measurement on the person.\nUse the SNOMED codes to register social prescribing referrals")),
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
