using SocialPrescribing.Referrals;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Who is offered, referred and declines, by group: distinct people per 1,000 registered when the caller gives the
/// registered population, shares of all people otherwise, the share of offers declined, each with a Wilson 95% interval,
/// and rate ratios to a reference group (docs/demographics.md, "Rates").
/// </summary>
/// <remarks>
/// One pass; unlike <see cref="EpisodeOutcomes"/>, memory grows with the distinct people (each group keeps the people it
/// has counted, so that a person with two episodes counts once), and the result does not merge with another's.
/// </remarks>
/// <threadsafety>Safe to call from several threads at once.</threadsafety>
public static class EquityRates
{
    /// <summary>Counts the people of each group in one pass.</summary>
    /// <param name="episodes">The episodes; read once.</param>
    /// <param name="options">The grouping (any of <see cref="OutcomeDimensions"/>), periods and networks; <see langword="null"/> for <see cref="EpisodeOutcomeOptions.Default"/>.</param>
    /// <param name="population">The registered population, for rates per 1,000; <see langword="null"/> for shares only. Used only when it <see cref="RegisteredPopulation.Covers"/> the grouping.</param>
    /// <returns>The figures per group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="episodes"/> contains null, or the options' follow-up window is not earliest &lt;= target &lt;= latest.</exception>
    public static EquityReport Aggregate(IEnumerable<Episode> episodes, EpisodeOutcomeOptions? options = null, RegisteredPopulation? population = null)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        options = EpisodeOutcomes.CheckOptions(options);
        var groups = new Dictionary<OutcomeGroupKey, People>();
        var all = new People();
        foreach (Episode? episode in episodes)
        {
            Preconditions.CheckArgument(episode is not null, nameof(episodes), OutcomesMessages.NullEpisode);
            OutcomeGroupKey key = EpisodeOutcomes.KeyOf(episode, options);
            if (!groups.TryGetValue(key, out People? people))
            {
                people = new People();
                groups.Add(key, people);
            }

            people.Add(episode);
            all.Add(episode);
        }

        Dictionary<OutcomeGroupKey, long>? registered = population is not null && population.Covers(options.Dimensions)
            ? population.ByGroup(options.Dimensions, options)
            : null;
        EquityFigures total = all.Figures(registered is null ? null : registered.Values.Sum(), null);
        var figures = new Dictionary<OutcomeGroupKey, EquityFigures>(groups.Count);
        foreach ((OutcomeGroupKey key, People people) in groups)
        {
            figures.Add(key, people.Figures(registered is null ? null : registered.GetValueOrDefault(key.WithoutPeriod()), total));
        }

        return new EquityReport(options.Dimensions, figures, total, registered is not null);
    }

    /// <summary>One group's people: each counted once, by NHS number when known, otherwise by local key.</summary>
    private sealed class People
    {
        private readonly HashSet<(NhsNumber?, string?)> _offered = [];
        private readonly HashSet<(NhsNumber?, string?)> _referred = [];
        private readonly HashSet<(NhsNumber?, string?)> _declined = [];
        private long _offers;
        private long _offersDeclined;

        internal void Add(Episode episode)
        {
            PersonIdentifier person = episode.Person;
            (NhsNumber?, string?) id = person.NhsNumber is NhsNumber number ? (number, null) : (null, person.LocalKey);
            bool offered = episode.OfferedOn is not null;
            bool declined = episode.State == EpisodeState.Declined;
            if (offered)
            {
                _offers++;
                _offersDeclined += declined ? 1 : 0;
                _offered.Add(id);
            }

            if (episode.Referral is not null)
            {
                _referred.Add(id);
            }

            if (declined)
            {
                _declined.Add(id);
            }
        }

        internal EquityFigures Figures(long? registered, EquityFigures? all)
            => new(_offered.Count, _referred.Count, _declined.Count, _offers, _offersDeclined, registered, all);
    }
}
