using NodaTime;
using SocialPrescribing.Referrals;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Counts activity by the date it happened (activity figures): each episode's contacts, connections, escalations,
/// closure, satisfaction answer and measures taken, and anonymous Friends and Family Test answers, per PCN, practice
/// and the period each happened in (seed section 10; docs/outcomes.md, "Activity figures").
/// </summary>
/// <remarks>
/// <para>
/// The cohort figures of <see cref="EpisodeOutcomes"/> answer "what came of the people referred in this period"; these
/// answer "what did the service do in this period": an answer given in September is counted in September's period,
/// whenever the person was referred.
/// </para>
/// <para>
/// One pass, reading each episode once, with no allocation per event: the episode's organisation is worked out once,
/// and each dated thing is added to the group of its period. Memory is in proportion to the groups, never to the
/// episodes.
/// </para>
/// </remarks>
/// <threadsafety>Safe to call from several threads at once.</threadsafety>
public static class EpisodeActivity
{
    /// <summary>Counts the activity of a sequence of episodes and of anonymous FFT answers in one pass.</summary>
    /// <param name="episodes">The episodes; read once.</param>
    /// <param name="anonymousAnswers">Friends and Family Test answers that belong to no episode; <see langword="null"/> for none.</param>
    /// <param name="options">Grouping; <see langword="null"/> for <see cref="ActivityOptions.Default"/>.</param>
    /// <returns>The activity per group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="episodes"/> or <paramref name="anonymousAnswers"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Grouped by financial year, a date falls outside the financial years the calendar holds.</exception>
    public static ActivityAggregate Aggregate(IEnumerable<Episode> episodes, IEnumerable<FriendsAndFamilyResponse>? anonymousAnswers = null, ActivityOptions? options = null)
    {
        Preconditions.CheckNotNull(episodes, nameof(episodes));
        var pass = new Pass(options ?? ActivityOptions.Default);
        foreach (Episode episode in episodes)
        {
            Preconditions.CheckArgument(episode is not null, nameof(episodes), OutcomesMessages.NullEpisode);
            pass.Add(episode);
        }

        foreach (FriendsAndFamilyResponse response in anonymousAnswers ?? [])
        {
            Preconditions.CheckArgument(response is not null, nameof(anonymousAnswers), OutcomesMessages.NullResponse);
            pass.Add(response);
        }

        return pass.ToAggregate();
    }

    /// <summary>One pass's groups, with the group last added to kept at hand: an episode's events mostly fall in one period.</summary>
    private sealed class Pass(ActivityOptions options)
    {
        private readonly Dictionary<ActivityGroupKey, ActivityFigures> _groups = [];
        private readonly bool _byNetwork = (options.Dimensions & ActivityDimensions.PrimaryCareNetwork) != 0;
        private readonly bool _byPractice = (options.Dimensions & ActivityDimensions.Practice) != 0;
        private readonly bool _byPeriod = (options.Dimensions & ActivityDimensions.Period) != 0;
        private OdsCode? _network;
        private OdsCode? _practice;
        private ActivityFigures? _last;
        private ReportingPeriod? _lastPeriod;

        internal void Add(Episode episode)
        {
            OdsCode practice = episode.RegisteredPractice;
            Start(
                episode.Referral?.PrimaryCareNetwork ?? (options.PracticeNetworks.TryGetValue(practice, out OdsCode known) ? known : null),
                practice);
            var contacts = episode.Contacts;
            for (int i = 0; i < contacts.Length; i++)
            {
                ContactRecorded contact = contacts[i];
                if (contact.IsAttended)
                {
                    At(contact.On).AddContact(contact.Duration);
                }
            }

            var connections = episode.Connections;
            for (int i = 0; i < connections.Length; i++)
            {
                At(connections[i].Made.On).AddConnection();
            }

            var escalations = episode.Escalations;
            for (int i = 0; i < escalations.Length; i++)
            {
                At(escalations[i].On).EscalationsByRecipient.Increment(escalations[i].To);
            }

            if (episode.ClosedOn is LocalDate closedOn && episode.ClosureReason is ClosureReason reason)
            {
                At(closedOn).ClosureReasons.Increment(reason);
            }

            if (episode.Satisfaction is SatisfactionRecorded satisfaction)
            {
                At(satisfaction.On).Satisfaction.Increment(satisfaction.Answer);
            }

            var ons4 = episode.Ons4Responses;
            for (int i = 0; i < ons4.Length; i++)
            {
                At(ons4[i].DateAsked).AddOns4();
            }

            var pam = episode.PamAssessments;
            for (int i = 0; i < pam.Length; i++)
            {
                At(pam[i].On).AddPam();
            }
        }

        /// <summary>Adds an anonymous answer: a practice the map names is under its PCN; any other code is taken to be a PCN's own (this library's choice).</summary>
        internal void Add(FriendsAndFamilyResponse response)
        {
            OdsCode service = response.Service;
            bool isPractice = options.PracticeNetworks.TryGetValue(service, out OdsCode network);
            Start(isPractice ? network : service, isPractice ? service : null);
            At(new LocalDate(response.Month.Year, response.Month.Month, 1)).AddAnonymous(response.Answer);
        }

        internal ActivityAggregate ToAggregate() => new(options.Dimensions, options.PeriodKind, _groups);

        private void Start(OdsCode? network, OdsCode? practice)
        {
            _network = _byNetwork ? network : null;
            _practice = _byPractice ? practice : null;
            _last = null;
        }

        private ActivityFigures At(LocalDate on)
        {
            ReportingPeriod? period = _byPeriod ? ReportingPeriod.Containing(options.PeriodKind, on) : null;
            if (_last is not null && period == _lastPeriod)
            {
                return _last;
            }

            var key = new ActivityGroupKey(_network, _practice, period);
            if (!_groups.TryGetValue(key, out ActivityFigures? figures))
            {
                figures = new ActivityFigures();
                _groups.Add(key, figures);
            }

            _last = figures;
            _lastPeriod = period;
            return figures;
        }
    }
}
