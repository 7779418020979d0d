using FsCheck;
using FsCheck.Fluent;

namespace SocialPrescribing.Referrals.Testing;

/// <summary>FsCheck arbitraries for Referrals types; register with <c>[Properties(Arbitrary = [typeof(EpisodeArbitraries)])]</c>.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class EpisodeArbitraries
{
    /// <summary>Gets scripts, shrinking by command.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EpisodeScript> EpisodeScript() => Arb.From(EpisodeGenerators.Scripts, EpisodeGenerators.ShrinkScript);

    /// <summary>Gets episodes in every state, in about equal numbers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Episode> Episode() => EpisodeGenerators.EpisodesInEveryState.ToArbitrary();

    /// <summary>Gets episode ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EpisodeId> EpisodeId() => EpisodeGenerators.Ids.ToArbitrary();
}
