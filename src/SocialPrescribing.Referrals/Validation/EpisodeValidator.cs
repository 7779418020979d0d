using FluentValidation;
using FluentValidation.Results;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// Checks an episode is complete enough: at intake (rule set <see cref="ReferralRuleSet"/>) and at closure (rule set
/// <see cref="ClosureRuleSet"/>). Each failure names the field and the rule, with a stable code
/// (<see cref="ReferralsErrorCodes"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Referral</b> (intake completeness; seed section 10, "it would be helpful ... to collect"; PRSB "Referral details"):
/// there is a referral; a referral from a professional or agency carries the NHS number (PRSB marks it "Must have"; the
/// seed's self-referral never needs one: this library's choice) and names the referrer's organisation or service
/// (PRSB "Organisation" and "Service", mandatory); the method and the source agree on self-referral; an urgent referral
/// says why; the practice's PCN is known.
/// </para>
/// <para>
/// <b>Closure</b>: the episode is closed (so it has a closure reason); once a first contact was made, the outcome
/// measures were taken (two ONS4 on different dates; two PAM when PAM suits the person) or the reason they were not is
/// recorded at closure (seed section 10: "How did their wellbeing and activation levels change"; section 11).
/// </para>
/// <para>
/// Rules run on typed values and add failures themselves: a failure's <c>AttemptedValue</c> is always null and no
/// message holds the NHS number, a name or the person's words. The default rule set is empty: use
/// <see cref="ValidateReferral"/> and <see cref="ValidateClosure"/>, or name the rule sets to FluentValidation.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class EpisodeValidator : AbstractValidator<Episode>
{
    /// <summary>The name of the intake rule set.</summary>
    public const string ReferralRuleSet = "Referral";

    /// <summary>The name of the closure rule set.</summary>
    public const string ClosureRuleSet = "Closure";

    /// <summary>Creates the validator.</summary>
    public EpisodeValidator()
    {
        RuleSet(ReferralRuleSet, () => RuleFor(episode => episode).Custom((episode, context) =>
        {
            if (episode.Referral is not Referral referral)
            {
                Fail(context, nameof(Episode.Referral), ReferralsMessages.ValidationReferralMissing, ReferralsErrorCodes.ReferralMissing);
                return;
            }

            bool self = referral.Referrer.IsSelfReferral;
            if (!self && referral.Person.NhsNumber is null)
            {
                Fail(context, "Referral.Person.NhsNumber", ReferralsMessages.ValidationNhsNumberMissing, ReferralsErrorCodes.NhsNumberMissing);
            }

            if (!self && referral.Referrer.Organisation is null && referral.Referrer.Service is null)
            {
                Fail(context, "Referral.Referrer.Organisation", ReferralsMessages.ValidationReferrerOrganisationMissing, ReferralsErrorCodes.ReferrerOrganisationMissing);
            }

            if (self != (referral.Method == ReferralMethod.SelfReferral))
            {
                Fail(context, "Referral.Method", ReferralsMessages.ValidationMethodInconsistent, ReferralsErrorCodes.MethodInconsistent);
            }

            if (referral.Urgency == Urgency.Urgent && referral.UrgencyReason is null)
            {
                Fail(context, "Referral.UrgencyReason", ReferralsMessages.ValidationUrgencyReasonMissing, ReferralsErrorCodes.UrgencyReasonMissing);
            }

            if (referral.PrimaryCareNetwork is null)
            {
                Fail(context, "Referral.PrimaryCareNetwork", ReferralsMessages.ValidationPcnMissing, ReferralsErrorCodes.PrimaryCareNetworkMissing);
            }
        }));

        RuleSet(ClosureRuleSet, () => RuleFor(episode => episode).Custom((episode, context) =>
        {
            if (episode.State != EpisodeState.Closed)
            {
                Fail(context, nameof(Episode.ClosureReason), ReferralsMessages.ValidationClosureReasonMissing, ReferralsErrorCodes.ClosureReasonMissing);
                return;
            }

            if (episode.FirstContact is null || episode.MeasuresNotTaken is not null)
            {
                return;
            }

            if (episode.Ons4Responses.Select(r => r.DateAsked).Distinct().Count() < 2)
            {
                Fail(context, nameof(Episode.Ons4Responses), ReferralsMessages.ValidationOns4OutcomeMissing, ReferralsErrorCodes.Ons4OutcomeMissing);
            }

            if (episode.PamEligibility == PamEligibilityOutcome.Eligible && episode.PamAssessments.Select(p => p.On).Distinct().Count() < 2)
            {
                Fail(context, nameof(Episode.PamAssessments), ReferralsMessages.ValidationPamOutcomeMissing, ReferralsErrorCodes.PamOutcomeMissing);
            }
        }));
    }

    /// <summary>Runs the intake rule set only.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>The failures of <see cref="ReferralRuleSet"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    public ValidationResult ValidateReferral(Episode episode) => this.Validate(Checked(episode), o => o.IncludeRuleSets(ReferralRuleSet));

    /// <summary>Runs the closure rule set only.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>The failures of <see cref="ClosureRuleSet"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    public ValidationResult ValidateClosure(Episode episode) => this.Validate(Checked(episode), o => o.IncludeRuleSets(ClosureRuleSet));

    private static Episode Checked(Episode episode) => SocialPrescribing.Utility.Preconditions.CheckNotNull(episode, nameof(episode));

    private static void Fail(ValidationContext<Episode> context, string property, string message, string code)
        => context.AddFailure(new ValidationFailure(property, message) { ErrorCode = code });
}
