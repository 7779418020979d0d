using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The rules for the person's answers on sharing, shared by the events that record them.</summary>
internal static class ConsentAnswers
{
    /// <summary>Throws unless <paramref name="answer"/> is an answer the person gave: given or declined.</summary>
    internal static void CheckAnswered(ConsentAnswer answer, string paramName)
    {
        if (answer is not (ConsentAnswer.Given or ConsentAnswer.Declined))
        {
            throw new ArgumentOutOfRangeException(paramName, answer, ReferralsMessages.AnswerGivenOrDeclined);
        }
    }

    /// <summary>The answers after a recording: each permission the recording answers takes its answer, the others keep theirs (seed section 5 item 5: a later answer changes only what it answers).</summary>
    internal static SharingPermissions Merge(SharingPermissions before, SharingPermissions recorded)
    {
        SharingPermissions merged = before;
        foreach (SharingPermission permission in SharingPermissions.AllPermissions)
        {
            ConsentAnswer answer = recorded.AnswerFor(permission);
            if (answer != ConsentAnswer.NotAsked)
            {
                merged = merged.With(permission, answer);
            }
        }

        return merged;
    }
}
