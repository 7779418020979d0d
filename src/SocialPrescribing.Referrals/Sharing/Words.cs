using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>The words the message back uses for the package's codes.</summary>
internal static class Words
{
    internal static string Of(ClosureReason reason) => reason switch
    {
        ClosureReason.GoalsMet => "Goals met",
        ClosureReason.PersonDeclinedFurtherSupport => "The person declined further support",
        ClosureReason.NoContactAfterAttempts => "No contact after the service's attempts",
        ClosureReason.Disengaged => "The person disengaged",
        ClosureReason.MovedAway => "The person moved away",
        ClosureReason.ReferredBackToClinician => "Referred back to a clinician: the need is beyond the link worker's scope",
        ClosureReason.Died => "The person died",
        _ => "Other",
    };

    internal static string Of(IntroductionMethod how) => how switch
    {
        IntroductionMethod.LinkWorkerWentToFirstSession => "the link worker went to the first session",
        IntroductionMethod.VolunteerBuddyWent => "a volunteer buddy went with them",
        _ => "went on their own",
    };

    internal static string Of(EscalationReason reason) => reason switch
    {
        EscalationReason.SafeguardingConcern => "Safeguarding concern",
        EscalationReason.AbuseOrDomesticViolence => "Abuse or domestic violence",
        EscalationReason.MentalHealthNeedRequiringQualifiedPractitioner => "Mental health need requiring a qualified practitioner",
        _ => "Other clinical concern",
    };

    internal static string Of(EscalationRecipient to) => to switch
    {
        EscalationRecipient.GpSupervisor => "the GP supervisor",
        EscalationRecipient.Gp => "the GP",
        EscalationRecipient.OtherHealthProfessional => "another health professional",
        _ => "an identified individual",
    };

    internal static string Of(Ons4Item item) => item switch
    {
        Ons4Item.LifeSatisfaction => "Life satisfaction",
        Ons4Item.Worthwhile => "Things done are worthwhile",
        Ons4Item.Happiness => "Happiness yesterday",
        _ => "Anxiety yesterday",
    };

    internal static string Of(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Improved => "improved",
        ChangeDirection.Worsened => "worsened",
        ChangeDirection.Unchanged => "no change",
        _ => "not comparable",
    };

    internal static string Of(ConnectionCategory category) => category.OtherDescription is string described ? "Other: " + described : category.ToString();
}
