using System.Collections.ObjectModel;
using SocialPrescribing.Checklists;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// The two quality assurance prompt sheets of seed Appendix 5, word for word, as checklists: one for VCSE
/// organisations, one for small volunteer-led community groups.
/// </summary>
/// <remarks>
/// <para>
/// Each policy or topic is an area with one item: the item's text is "what we need to check", its detail "why we need
/// to check it", and its examples the "examples of supporting evidence" (VCSE sheet) or "examples of questions to ask"
/// (small group sheet). Documents the sheets ask to see ("Received: yes/no") are yes/no items, in the VCSE sheet's
/// "key documents" area and the small group sheet's last area.
/// </para>
/// <para>
/// The sheets guide a conversation; they are not a pass mark (seed section 9 principles 4-6 and section 5 item 5: a
/// proportionate, common sense approach that includes small, informal groups): the link worker decides.
/// </para>
/// <para>
/// Documents the sheets ask to see are answered "Received: yes/no": <see cref="PromptOutcome.EvidenceSeen"/> or
/// <see cref="PromptOutcome.NotReceived"/>, an outcome of its own and never a refusal.
/// </para>
/// <para>
/// Spelling is the seed's ("fulfill"). Where the seed text runs two table columns into each other (the small group
/// sheet's equality and recruitment rows), each cell was reassembled in reading order without changing a word. The
/// seed's text splits the "why we need to check it" cell of the VCSE health and safety policy, printing its general
/// sentence after the recruitment row; this library puts the general statement first, as the seed's confidentiality
/// and equality policies do, then "Your policy will outline ...".
/// </para>
/// <para>
/// The small group sheet's last part (governance and financial accounts) has no heading in the seed; its area is titled
/// <see cref="GovernanceAndAccountsTitle"/>, this library's label. See <c>docs/quality-assurance.md</c>.
/// </para>
/// </remarks>
/// <threadsafety>Static and immutable; safe to use from any thread.</threadsafety>
public static class PromptSheets
{
    /// <summary>The Notes column of every item.</summary>
    public const string NotesColumn = "Notes";

    /// <summary>
    /// The title of the small group sheet's governance and financial accounts area, which has no heading in the seed
    /// (Appendix 5): this library's label.
    /// </summary>
    public const string GovernanceAndAccountsTitle = "Governance and financial accounts";

    private static readonly string[] Notes = [NotesColumn];

    /// <summary>Gets the prompt sheet for VCSE organisations (Appendix 5, first sheet).</summary>
    /// <value>Three key documents and six policies, each with what we check, why, and examples of supporting evidence.</value>
    public static ChecklistDefinition VcseOrganisation { get; } = new(
        "qa-vcse-organisation",
        "Social prescribing quality assurance prompt sheet for VCSE organisations",
        "Seed Appendix 5",
        [
            new ChecklistArea("Your organisation - key documents: please provide copies of the following:",
            [
                Received(PromptItemIds.VcseRegistration, "Your charity registration and company number. If unregistered, your governing document."),
                Received(PromptItemIds.VcseAnnualAccounts, "Your annual accounts. If you are a new organisation, please provide your latest bank statements and management accounts."),
                Received(PromptItemIds.VcsePublicLiabilityInsurance, "Your certificate of Public Liability Insurance"),
            ]),
            Topic(PromptItemIds.VcseSafeguarding, "Safeguarding policy",
                "Safeguarding policies and processes must be up to date and comply with current legislation. This should include Disclosure and Barring Service (DBS) check for all relevant staff and volunteers. There should be clear procedures for what to do when a safeguarding concern is raised, either by the person, their family or carers, volunteers or staff member.",
                "Children and vulnerable adults who are referred must be protected from harm. Any organisation working with children, young people or vulnerable adults should have a clear set of guidelines about how it will keep people safe from harm and respond to any concerns.",
                "Records of DBS checks for staff and volunteers involved in social prescribing.",
                "Safeguarding training records or certificates.",
                "Risk assessments for lone working.",
                "Procedure for dealing appropriately and swiftly with a safeguarding concern."),
            Topic(PromptItemIds.VcseConfidentialityAndDataProtection, "Confidentiality and data protection policy",
                "Information governance procedures must comply with current legislation and include appropriate arrangements for GDPR, data security, data protection and confidentiality.",
                "Organisations need to protect people\u2019s personal information and keep it safe. Your policy helps us to understand what your organisation does to keep personal information safe.",
                "Confidentiality and data protection/ procedures, dated, when last received.",
                "Copy of induction programme for staff/ volunteers, including GDPR, confidentiality and data protection induction.",
                "Confidentiality and data protection training records for staff/volunteers involved in social prescribing."),
            Topic(PromptItemIds.VcseHealthAndSafety, "Health and Safety policy",
                "Health and safety policies, risk assessments and procedures must comply with current legislation. Food handling certificates (if your organisation provides catering).",
                "Health and safety policy and procedures aim to protect both the people and the environment where your services and activities take place. Your policy will outline the steps your organisation has taken to make sure that you have made things as safe as possible.",
                "Copy of Health and Safety policy/ procedures, dated, when last reviewed.",
                "Risk register and examples of appropriate risk assessments.",
                "Accident reporting procedure.",
                "Food handling certificates."),
            Topic(PromptItemIds.VcseEqualityAndDiversity, "Equality and diversity policy",
                "Equal opportunities policies and procedures must comply with all current legislation.",
                "Equality is about being fair and making sure that everyone can fulfill their potential. Diversity is about recognising and valuing everyone\u2019s differences. Your policy tells us how your organisation is striving to be fair and equitable.",
                "Copy of Equality & Diversity policy dated, when last reviewed.",
                "Examples of how your service actively takes steps to include people with protected characteristics."),
            Topic(PromptItemIds.VcseRecruitment, "Recruitment policy (staff and volunteers)",
                "Recruitment policy and procedures must comply with current legislation.",
                "These policies demonstrate how you go about finding new people to join your organisation in a fair and effective way. This should include the recruitment of paid staff and volunteers.",
                "Recruitment policy.",
                "Induction checklists for staff and volunteers involved in social prescribing.",
                "Evidence of how you support volunteers, which may include a volunteer policy and volunteer role descriptions."),
            Topic(PromptItemIds.VcseTrainingAndDevelopment, "Training and development",
                "Training and development plans for staff and volunteers enable you to provide an effective service.",
                "To ensure that all roles (voluntary & paid) supporting social prescribing are suitably supported with appropriate training and people have sufficient skills and competencies to fulfill their roles. To ensure that the organisation meets legal requirements for first aid training.",
                "Training and development plans for staff and volunteers involved in social prescribing.",
                "First aid certificates."),
        ],
        "Policies and supporting evidence: what we need to check, why we need to check it, and examples of supporting evidence.");

    /// <summary>Gets the prompt sheet for small volunteer-led community groups (Appendix 5, second sheet).</summary>
    /// <value>Six topics, each with what we check, why, and examples of questions to ask; then governance and financial accounts (<see cref="GovernanceAndAccountsTitle"/>).</value>
    public static ChecklistDefinition SmallCommunityGroup { get; } = new(
        "qa-small-community-group",
        "Social prescribing quality assurance prompt sheet for small volunteer-led community groups",
        "Seed Appendix 5",
        [
            Topic(PromptItemIds.GroupPublicLiabilityInsurance, "Public Liability Insurance",
                "Does your community group have its own public liability insurance or meet in premises with public liability insurance?",
                "It is necessary to have appropriate public liability insurance in place in case anyone has an accident and is injured at your group. If you don\u2019t have your own public liability insurance, you should meet in public premises that are insured.",
                "What would happen if someone who had been connected to your group tripped over an object and fell during a group session?"),
            Topic(PromptItemIds.GroupSafeguarding, "Safeguarding for vulnerable adults and children",
                "Does your group include children and/or adults who are vulnerable? If so, do you have Disclosure and Barring Service (DBS) checks for people who work with vulnerable people? Does your group have any written guidelines for how to keep vulnerable people safe, including any procedures for responding when someone says they don\u2019t feel safe or raises a safeguarding concern?",
                "Children and vulnerable adults who are referred must be protected from harm.",
                "Are group members ever in 1-1 situations with vulnerable adults or children? What can you proactively do to avoid group members being in 1-1 situations with vulnerable adults?",
                "If group leaders are worried about the physical or mental health of people who have been referred by you, what steps would you take to refer people back to the PCN or to emergency medical support?",
                "If someone raises a safeguarding concern or says they feel unsafe, what would you do to deal with this appropriately and swiftly?"),
            Topic(PromptItemIds.GroupConfidentialityAndDataProtection, "Confidentiality and data protection",
                "Does your group keep information about members or people who are referred on paper files or online? If so, you should have procedures that comply with GDPR to protect data and confidentiality.",
                "All data that is kept about a person should be held according to GDPR legislation.",
                "How does your community group keep personal information about group members secure?",
                "Who is allowed to see personal information about group members?"),
            Topic(PromptItemIds.GroupHealthAndSafety, "Health and safety risk assessments",
                "Health and safety risk assessments should be carried out, when starting new activities and using equipment. Food handling certificates are needed (if your community group provides catering).",
                "Health and safety procedures protect people (and the environment) from harm.",
                "Can you show examples and talk through how you carry out risk assessments?",
                "If your group is about to undertake a new activity, such as a trip to the seaside, or gardening session, which introduces new tools, do you carry out risk assessments?"),
            Topic(PromptItemIds.GroupEqualityAndDiversity, "Equality and diversity",
                "We need to ensure that community groups are inclusive and accessible. No one should be discriminated against, on the grounds of race, age, disability, gender and the other protected characteristics covered by the 2010 Equality Act. We need to consider the active steps your group takes to ensure that everyone can be fully involved.",
                "It is illegal to discriminate against people on the grounds of the protected characteristics. Equality is about being fair and making sure that everyone can fulfill their potential. Diversity is about recognising and valuing everyone\u2019s differences.",
                "Can you explain how your community group ensures that everyone is comfortable and included?",
                "Could you give some examples of how your group actively takes steps to include everyone, such as ensuring meeting places are accessible?",
                "A participant with limited knowledge of the English language is referred to your group and is finding it difficult to understand and engage in the activities you offer. How would you support this person?"),
            Topic(PromptItemIds.GroupRecruitmentAndTraining, "Recruitment of new members and training volunteers",
                "We need to check that community groups recruit new members and volunteers fairly. If you have volunteers, they are supported through: clear roles; ongoing support; regular training, where needed.",
                "To ensure that everyone is supported to build skills, knowledge and confidence within the group. To ensure that all volunteers are supported with appropriate training to fulfill their roles. To ensure that the group meets legal requirements for first aid training.",
                "How does your community group support new members?",
                "How are people within your group supported to build knowledge, skills and confidence?",
                "Do you have volunteers? If so, do they have: role descriptions; ongoing support/ supervision (particularly when they are new in their role); training (including training records and plans).",
                "Do relevant volunteers have First Aid certificates?"),
            new ChecklistArea(GovernanceAndAccountsTitle,
            [
                Received(PromptItemIds.GroupGovernance, "Governance arrangements: does your group have a constitution which guides how the group operates? Please provide a copy."),
                Received(PromptItemIds.GroupFinancialAccounts, "Financial accounts: does your group have a bank account and keep records of income and spending? Please show latest bank statements and accounts."),
            ]),
        ],
        "Documents and supporting evidence. The social prescribing link worker will work with your community group to support your readiness to be involved in social prescribing.");

    /// <summary>Gets both sheets.</summary>
    /// <value>The VCSE organisation sheet, then the small community group sheet.</value>
    public static ReadOnlyCollection<ChecklistDefinition> All { get; } = Array.AsReadOnly([VcseOrganisation, SmallCommunityGroup]);

    /// <summary>Gets the sheet for a kind of organisation.</summary>
    /// <param name="kind">The kind of organisation.</param>
    /// <returns>Its prompt sheet.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a named member.</exception>
    public static ChecklistDefinition For(OrganisationKind kind) => kind switch
    {
        OrganisationKind.VcseOrganisation => VcseOrganisation,
        OrganisationKind.SmallVolunteerLedGroup => SmallCommunityGroup,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), Utility.Preconditions.EnumValueNotDefined),
    };

    /// <summary>Tests whether an item is one of the documents a sheet asks for, answered "Received: yes/no".</summary>
    internal static bool IsDocument(ChecklistItem item) => item.ResponseKind == ChecklistResponseKind.YesNo;

    private static ChecklistItem Received(string id, string text) => new(id, text, ChecklistResponseKind.YesNo, Notes);

    private static ChecklistArea Topic(string id, string title, string whatWeCheck, string why, params string[] examples)
        => new(title, [new ChecklistItem(id, whatWeCheck, ChecklistResponseKind.TextOnly, Notes, why, examples: examples)]);
}
