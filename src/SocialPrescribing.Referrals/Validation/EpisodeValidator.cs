using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using SocialPrescribing.Measures;

namespace SocialPrescribing.Referrals;

/// <summary>
/// Checks an episode is complete enough: at intake (rule set <see cref="ReferralRuleSet"/>), at closure and after it
/// (rule set <see cref="ClosureRuleSet"/>), or both as they apply (the plain <c>Validate(episode)</c>). Each failure
/// names the field and the rule, with a stable code (<see cref="ReferralsErrorCodes"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Referral</b> (intake completeness; seed section 10, "it would be helpful ... to collect"; PRSB "Referral details"):
/// there is a referral; a referral from a professional or agency names the referrer's organisation or service (PRSB
/// "Organisation" and "Service", 1..1 mandatory); the method and the source agree on self-referral; an urgent referral
/// says why; the practice's PCN is known. The NHS number of a person referred by a professional or agency is a
/// <see cref="Severity.Warning"/>, not an error: PRSB "Person demographics" has NHS number 0..1 R (required when
/// known, not mandatory), so a referral with only a local key (from the police, say) is complete; a self-referral never
/// gets the warning (seed section 1: social prescribing "supports self-referral").
/// </para>
/// <para>
/// <b>Closure</b>: the episode is closed (so it has a closure reason); once a first contact was made and the
/// measurement year has ended (<see cref="Episode.FollowUpEndsOn"/>), the outcome measures were taken (two ONS4 on
/// different dates; two PAM when PAM suits the person) or the reason they were not is recorded
/// (<see cref="Episode.MeasuresNotTaken"/>: at closure or later with <see cref="MeasuresNotTakenRecorded"/>; seed section
/// 10: "How did their wellbeing and activation levels change"; section 11). Measures may still be recorded after closure
/// until the follow-up ends, so before then their absence is not a failure. The year has ended on a date after
/// <see cref="Episode.FollowUpEndsOn"/>, or at closure when the follow-up ends then (the person died or declined further
/// support). <see cref="ValidateClosure(Episode, LocalDate)"/> checks as of a date; without one the check is as of the
/// closure date.
/// </para>
/// <para>
/// <b>The plain call</b> (<c>Validate(episode)</c>, FluentValidation's default rule set) checks what applies to the
/// episode as it stands: the referral rules when it has a referral, and the closure rules, as of its closure date, when
/// it is closed. An offer not yet referred, or an open episode, is not reported as incomplete for what has not happened.
/// </para>
/// <para>
/// Rules run on typed values and add failures themselves: a failure's <c>AttemptedValue</c> is always null and no
/// message holds the NHS number, a name or the person's words. FluentValidation's <c>IsValid</c> counts warnings too:
/// read <see cref="ValidationFailure.Severity"/> to tell a warning from an error.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class EpisodeValidator : AbstractValidator<Episode>
{
    /// <summary>The name of the intake rule set.</summary>
    public const string ReferralRuleSet = "Referral";

    /// <summary>The name of the closure rule set.</summary>
    public const string ClosureRuleSet = "Closure";

    private const string AsOfKey = "SocialPrescribing.Referrals.EpisodeValidator.AsOf";

    /// <summary>Creates the validator.</summary>
    public EpisodeValidator()
    {
        RuleSet(ReferralRuleSet, () => RuleFor(episode => episode).Custom(CheckReferral));
        RuleSet(ClosureRuleSet, () => RuleFor(episode => episode).Custom(CheckClosure));
        RuleFor(episode => episode).Custom((episode, context) =>
        {
            if (episode.Referral is not null)
            {
                CheckReferral(episode, context);
            }

            if (episode.State == EpisodeState.Closed)
            {
                CheckClosure(episode, context);
            }
        });
    }

    /// <summary>Runs the intake rule set only.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>The failures of <see cref="ReferralRuleSet"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    public ValidationResult ValidateReferral(Episode episode) => this.Validate(Checked(episode), o => o.IncludeRuleSets(ReferralRuleSet));

    /// <summary>Runs the closure rule set only, as of the closure date: the check to make when closing.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>The failures of <see cref="ClosureRuleSet"/>; the outcome measures are asked for only when the follow-up ended at closure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    public ValidationResult ValidateClosure(Episode episode) => this.Validate(Checked(episode), o => o.IncludeRuleSets(ClosureRuleSet));

    /// <summary>Runs the closure rule set only, as of a date: after the follow-up has ended, the outcome measures or the reason they were not taken are required.</summary>
    /// <param name="episode">The episode.</param>
    /// <param name="asOf">The date to check on, usually today.</param>
    /// <returns>The failures of <see cref="ClosureRuleSet"/> on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    public ValidationResult ValidateClosure(Episode episode, LocalDate asOf)
    {
        var context = new ValidationContext<Episode>(Checked(episode), null, new FluentValidation.Internal.RulesetValidatorSelector([ClosureRuleSet]));
        context.RootContextData[AsOfKey] = asOf;
        return Validate(context);
    }

    private static Episode Checked(Episode episode) => SocialPrescribing.Utility.Preconditions.CheckNotNull(episode, nameof(episode));

    private static void CheckReferral(Episode episode, ValidationContext<Episode> context)
    {
        if (episode.Referral is not Referral referral)
        {
            Fail(context, nameof(Episode.Referral), ReferralsMessages.ValidationReferralMissing, ReferralsErrorCodes.ReferralMissing);
            return;
        }

        bool self = referral.Referrer.IsSelfReferral;
        if (!self && referral.Person.NhsNumber is null)
        {
            Fail(context, "Referral.Person.NhsNumber", ReferralsMessages.ValidationNhsNumberMissing, ReferralsErrorCodes.NhsNumberMissing, Severity.Warning);
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
    }

    private static void CheckClosure(Episode episode, ValidationContext<Episode> context)
    {
        if (episode.State != EpisodeState.Closed || episode.ClosedOn is not LocalDate closedOn)
        {
            Fail(context, nameof(Episode.ClosureReason), ReferralsMessages.ValidationClosureReasonMissing, ReferralsErrorCodes.ClosureReasonMissing);
            return;
        }

        LocalDate asOf = context.RootContextData.TryGetValue(AsOfKey, out object? given) && given is LocalDate date ? date : closedOn;
        if (episode.FollowUpEndsOn is not LocalDate followUpEnds || episode.MeasuresNotTaken is not null
            || !(asOf > followUpEnds || (followUpEnds == closedOn && asOf >= closedOn)))
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
    }

    private static void Fail(ValidationContext<Episode> context, string property, string message, string code, Severity severity = Severity.Error)
        => context.AddFailure(new ValidationFailure(property, message) { ErrorCode = code, Severity = severity });
}
