using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// Checks an episode's SNOMED CT codes against the social prescribing minimum dataset's reference sets as the caller
/// holds them: each need or concern on the referral a member of the needs and concerns set, each connection's support
/// code a member of the support offered set (docs/demographics.md, "Coded needs, support and outcomes").
/// </summary>
/// <remarks>
/// The library holds no members: NHS England distributes the reference sets on request, and the caller loads them (for
/// example with SocialPrescribing.Analytics' <c>ReferenceSetFiles</c>). A set not given is not checked. Each failure
/// names the field as the episode's members index it from 0 (<c>Referral.NeedsAndConcerns[0]</c>, <c>Connections[1].SupportCode</c>
/// for connection number 2) and the reference set, with a
/// stable code (<see cref="ReferralsErrorCodes"/>); codes are not personal data, and <c>AttemptedValue</c> is null.
/// </remarks>
/// <threadsafety>Immutable once constructed; safe to share between threads.</threadsafety>
public sealed class MinimumDatasetValidator : AbstractValidator<Episode>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="needsAndConcerns">The needs and concerns reference set; <see langword="null"/> to leave needs unchecked.</param>
    /// <param name="supportOffered">The support offered reference set; <see langword="null"/> to leave support codes unchecked.</param>
    public MinimumDatasetValidator(ReferenceSet? needsAndConcerns, ReferenceSet? supportOffered)
    {
        NeedsAndConcerns = needsAndConcerns;
        SupportOffered = supportOffered;
        RuleFor(episode => episode).Custom(Check);
    }

    /// <summary>Gets the needs and concerns reference set checked against.</summary>
    /// <value>The set, or <see langword="null"/> when needs are not checked.</value>
    public ReferenceSet? NeedsAndConcerns { get; }

    /// <summary>Gets the support offered reference set checked against.</summary>
    /// <value>The set, or <see langword="null"/> when support codes are not checked.</value>
    public ReferenceSet? SupportOffered { get; }

    private void Check(Episode episode, ValidationContext<Episode> context)
    {
        Preconditions.CheckNotNull(episode, nameof(episode));
        if (NeedsAndConcerns is ReferenceSet needs && episode.Referral is Referral referral)
        {
            for (int i = 0; i < referral.NeedsAndConcerns.Count; i++)
            {
                if (!needs.Contains(referral.NeedsAndConcerns[i]))
                {
                    Fail(context, Texts.Invariant($"Referral.NeedsAndConcerns[{i}]"), needs, ReferralsErrorCodes.NeedNotInReferenceSet);
                }
            }
        }

        if (SupportOffered is ReferenceSet support)
        {
            foreach (Connection connection in episode.Connections)
            {
                if (connection.Made.SupportCode is SctId code && !support.Contains(code))
                {
                    Fail(context, Texts.Invariant($"Connections[{connection.Number - 1}].SupportCode"), support, ReferralsErrorCodes.SupportNotInReferenceSet);
                }
            }
        }
    }

    private static void Fail(ValidationContext<Episode> context, string property, ReferenceSet set, string code)
        => context.AddFailure(new ValidationFailure(property, string.Create(CultureInfo.InvariantCulture, $"{property} {ReferralsMessages.NotInReferenceSet} ({set.Id}).")) { ErrorCode = code });
}
