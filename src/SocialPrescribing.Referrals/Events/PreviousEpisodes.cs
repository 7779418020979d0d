using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The one check of a link to a previous episode, shared by the start events.</summary>
internal static class PreviousEpisodes
{
    internal static void Check(EpisodeId episodeId, EpisodeId? previousEpisodeId, string paramName)
    {
        Preconditions.CheckArgument(previousEpisodeId is null || !previousEpisodeId.Value.IsDefault, paramName, ReferralsMessages.EpisodeIdDefault);
        Preconditions.CheckArgument(previousEpisodeId != episodeId, paramName, ReferralsMessages.PreviousIsSelf);
    }
}
