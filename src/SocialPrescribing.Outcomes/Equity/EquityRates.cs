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
        var pass = new Pass(EpisodeOutcomes.CheckOptions(options));
        foreach (Episode? episode in episodes)
        {
            pass.Add(episode, nameof(episodes));
        }

        return pass.Finish(population);
    }

    /// <summary>Counts the people of each group in one pass over an asynchronous stream (episodes read from a file or a database).</summary>
    /// <param name="episodes">The episodes; read once.</param>
    /// <param name="options">The grouping, periods and networks; <see langword="null"/> for <see cref="EpisodeOutcomeOptions.Default"/>.</param>
    /// <param name="population">The registered population, for rates per 1,000; <see langword="null"/> for shares only.</param>
    /// <param name="cancellationToken">Stops the pass; also passed to the stream.</param>
    /// <returns>The figures per group: equal to <see cref="Aggregate(IEnumerable{Episode}, EpisodeOutcomeOptions?, RegisteredPopulation?)"/> over the same episodes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="episodes"/> contains null, or the options' follow-up window is not earliest &lt;= target &lt;= latest.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<EquityReport> AggregateAsync(IAsyncEnumerable<Episode> episodes, EpisodeOutcomeOptions? options = null, RegisteredPopulation? population = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        var pass = new Pass(EpisodeOutcomes.CheckOptions(options));
        await foreach (Episode? episode in episodes.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            pass.Add(episode, nameof(episodes));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return pass.Finish(population);
    }

    /// <summary>
    /// Counts the people of each group in a coded GP activity extract whose rows carry the person's demographics
    /// (<see cref="CodedActivityRow.WithDemographics"/>): the people with each of the three social prescribing codes.
    /// </summary>
    /// <param name="rows">The rows; read once. Rows of other codes are skipped.</param>
    /// <param name="options">The grouping (PCN, practice, period and demographic parts; a referral source is never set), periods and networks; <see langword="null"/> for <see cref="EpisodeOutcomeOptions.Default"/>.</param>
    /// <param name="population">The registered population, for rates per 1,000; <see langword="null"/> for shares only.</param>
    /// <returns>
    /// The figures per group. A row falls in the period of its date, and its person's age band is taken on that date.
    /// Here an offer is a person with the offered code, and an offer declined one who also has the declined code in the
    /// group: an extract has codes, not episodes.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> contains <c>default(CodedActivityRow)</c>, or the options' follow-up window is not earliest &lt;= target &lt;= latest.</exception>
    public static EquityReport AggregateCoded(IEnumerable<CodedActivityRow> rows, EpisodeOutcomeOptions? options = null, RegisteredPopulation? population = null)
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        options = EpisodeOutcomes.CheckOptions(options);
        var pass = new Pass(options);
        foreach (CodedActivityRow row in rows)
        {
            Preconditions.CheckArgument(row.PersonKeyOrNull is not null, nameof(rows), OutcomesMessages.CodedActivityRowDefault);
            if (row.Code != SocialPrescribingConcepts.Offered.Id && row.Code != SocialPrescribingConcepts.ReferralToService.Id && row.Code != SocialPrescribingConcepts.Declined.Id)
            {
                continue;
            }

            OutcomeDimensions d = options.Dimensions;
            OutcomeGroupKey key = OutcomeGroupKey.Of(
                d,
                options.PracticeNetworks.TryGetValue(row.Practice, out OdsCode network) ? network : null,
                row.Practice,
                null,
                (d & OutcomeDimensions.Period) != 0 ? ReportingPeriod.Containing(options.PeriodKind, row.Date) : null,
                row.Demographics,
                row.Date);
            pass.Add(key, row);
        }

        return pass.Finish(population);
    }

    /// <summary>One pass's groups, and everyone.</summary>
    private sealed class Pass(EpisodeOutcomeOptions options)
    {
        private readonly Dictionary<OutcomeGroupKey, People> _groups = [];
        private readonly People _all = new();

        internal void Add(Episode? episode, string paramName)
        {
            Preconditions.CheckArgument(episode is not null, paramName, OutcomesMessages.NullEpisode);
            Group(EpisodeOutcomes.KeyOf(episode, options)).Add(episode);
            _all.Add(episode);
        }

        internal void Add(OutcomeGroupKey key, CodedActivityRow row)
        {
            Group(key).Add(row);
            _all.Add(row);
        }

        internal EquityReport Finish(RegisteredPopulation? population)
        {
            Dictionary<OutcomeGroupKey, long>? registered = population is not null && population.Covers(options.Dimensions)
                ? population.ByGroup(options.Dimensions, options)
                : null;
            // Everyone registered, whatever the grouping (a practice in no known PCN included, as its people are).
            EquityFigures total = _all.Figures(registered is null ? null : population!.Total);
            var figures = new Dictionary<OutcomeGroupKey, EquityFigures>(_groups.Count);
            foreach ((OutcomeGroupKey key, People people) in _groups)
            {
                figures.Add(key, people.Figures(registered is null ? null : registered.GetValueOrDefault(key.WithoutPeriod())));
            }

            return new EquityReport(options.Dimensions, figures, total, registered is not null);
        }

        private People Group(OutcomeGroupKey key)
        {
            if (!_groups.TryGetValue(key, out People? people))
            {
                people = new People();
                _groups.Add(key, people);
            }

            return people;
        }
    }

    /// <summary>One group's people: each counted once, by NHS number when known, otherwise by local key (or an extract's person key).</summary>
    private sealed class People
    {
        private readonly HashSet<(NhsNumber?, string?)> _offered = [];
        private readonly HashSet<(NhsNumber?, string?)> _referred = [];
        private readonly HashSet<(NhsNumber?, string?)> _declined = [];
        private long _offers;
        private long _offersDeclined;
        private bool _coded;

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

        internal void Add(CodedActivityRow row)
        {
            // An extract has codes, not episodes: its offers are the people offered (counted at the end).
            _coded = true;
            (NhsNumber?, string?) id = (null, row.PersonKeyOrNull);
            HashSet<(NhsNumber?, string?)> set = row.Code == SocialPrescribingConcepts.Offered.Id ? _offered
                : row.Code == SocialPrescribingConcepts.Declined.Id ? _declined
                : _referred;
            set.Add(id);
        }

        internal EquityFigures Figures(long? registered)
            => _coded
                ? new(_offered.Count, _referred.Count, _declined.Count, _offered.Count, _offered.Count(_declined.Contains), registered)
                : new(_offered.Count, _referred.Count, _declined.Count, _offers, _offersDeclined, registered);
    }
}
