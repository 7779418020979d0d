using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// The outcomes of one group of episodes (seed sections 10 and 11): activity, waiting time, ONS4, PAM and satisfaction,
/// as exact counts and sums that merge.
/// </summary>
/// <remarks>
/// <para>
/// Every figure is a count, a <see cref="ValueCounts"/> or a <see cref="PairedChange"/>, so <see cref="Merge"/> of the
/// figures of two sets of episodes equals the figures of one pass over both (docs/outcomes.md). Nothing about a person
/// is kept: no identifier, date of birth or free text.
/// </para>
/// <para>
/// Waiting time counts episodes with a first attended contact (the days from referral to it); an episode still waiting
/// is not a completed wait and is left out (this library's choice; the caseload shows waits so far). ONS4 and PAM
/// are paired per person within the episode (baseline: the first assessment; follow-up: see
/// <see cref="EpisodeOutcomeOptions"/>), so a pair never mixes two people.
/// </para>
/// <para>
/// Immutable: the aggregation fills the figures before it returns them, and no public member changes them. Rebuild
/// figures read back from storage with the init-only properties and <see cref="WithOns4"/> (docs/outcomes.md,
/// "Scaling out").
/// </para>
/// </remarks>
/// <threadsafety>Immutable once returned; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class GroupOutcomes : IEquatable<GroupOutcomes>, System.Numerics.IEqualityOperators<GroupOutcomes, GroupOutcomes, bool>, IGroupFigures<GroupOutcomes>
{
    private const int Ons4Bands = PairedChange.Ons4Bands;
    private const int PamLevelCount = PairedChange.PamLevelCount;
    private static readonly SctId OfferedCode = SocialPrescribingConcepts.Offered.Id;
    private static readonly SctId DeclinedCode = SocialPrescribingConcepts.Declined.Id;
    private static readonly SctId ReferralCode = SocialPrescribingConcepts.ReferralToService.Id;
    /// <summary>The ONS4 items in the order of the figures.</summary>
    internal static readonly Ons4Item[] Items = [Ons4Item.LifeSatisfaction, Ons4Item.Worthwhile, Ons4Item.Happiness, Ons4Item.Anxiety];

    private long _episodes;
    private long _offered;
    private long _declined;
    private long _referred;
    private long _connectionsWithoutOutcome;
    private long _attendedContacts;
    private long _minutesWithPeople;
    private long _episodesEscalated;
    private long _pamPairsExcludedAtLevel4;
    private readonly ValueCounts[] _ons4Baseline = [new(), new(), new(), new()];
    private readonly ValueCounts[] _ons4FollowUp = [new(), new(), new(), new()];
    private readonly PairedChange[] _ons4Change = [new(Ons4Bands, 1), new(Ons4Bands, 1), new(Ons4Bands, 1), new(Ons4Bands, 1)];

    /// <summary>Gets how many episodes the group holds.</summary>
    /// <value>0 or more.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long Episodes { get => _episodes; init => _episodes = NonNegative(value); }

    /// <summary>Gets how many episodes recorded 871691000000100 (social prescribing offered).</summary>
    /// <value>0 to <see cref="Episodes"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long Offered { get => _offered; init => _offered = NonNegative(value); }

    /// <summary>Gets how many episodes recorded 871711000000103 (social prescribing declined).</summary>
    /// <value>0 to <see cref="Episodes"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long Declined { get => _declined; init => _declined = NonNegative(value); }

    /// <summary>Gets how many episodes recorded 871731000000106 (referral to social prescribing service).</summary>
    /// <value>0 to <see cref="Episodes"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long Referred { get => _referred; init => _referred = NonNegative(value); }

    /// <summary>Gets the episodes by the state they are in.</summary>
    /// <value>Totals <see cref="Episodes"/>.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CategoryCounts<EpisodeState> States { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets the closed episodes by closure reason.</summary>
    /// <value>Totals the episodes in <see cref="EpisodeState.Closed"/>.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CategoryCounts<ClosureReason> ClosureReasons { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets the referred episodes by kind of referral source.</summary>
    /// <value>Totals the episodes with a referral.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CategoryCounts<ReferralSourceKind> ReferralSources { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets the referral reasons; an episode counts once for each reason it gives.</summary>
    /// <value>May total more than the episodes.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CategoryCounts<ReferralReason> ReferralReasons { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets the connections made, by category (seed section 10).</summary>
    /// <value>Totals the connections.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CategoryCounts<ConnectionCategoryKind> ConnectionCategories { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets what came of each connection, by its latest outcome; connections without one are in <see cref="ConnectionsWithoutOutcome"/>.</summary>
    /// <value>With <see cref="ConnectionsWithoutOutcome"/>, totals the connections.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CategoryCounts<ConnectionOutcome> ConnectionOutcomes { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets how many connections have no outcome recorded yet.</summary>
    /// <value>0 or more.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long ConnectionsWithoutOutcome { get => _connectionsWithoutOutcome; init => _connectionsWithoutOutcome = NonNegative(value); }

    /// <summary>Gets how many attended contacts were recorded.</summary>
    /// <value>0 or more.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long AttendedContacts { get => _attendedContacts; init => _attendedContacts = NonNegative(value); }

    /// <summary>Gets the time spent with people in attended contacts, in whole minutes.</summary>
    /// <value>0 or more.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long MinutesWithPeople { get => _minutesWithPeople; init => _minutesWithPeople = NonNegative(value); }

    /// <summary>Gets how many escalations were recorded, to every recipient.</summary>
    /// <value>The total of <see cref="EscalationsByRecipient"/>.</value>
    public long Escalations => EscalationsByRecipient.Total;

    /// <summary>Gets the escalations by recipient: the GP supervisor, the GP, another health professional, an identified individual, and any recipient Referrals adds.</summary>
    /// <value>One count per escalation, under the recipient it went to (seed section 4).</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CategoryCounts<EscalationRecipient> EscalationsByRecipient { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets how many episodes had at least one escalation.</summary>
    /// <value>0 to <see cref="Episodes"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long EpisodesEscalated { get => _episodesEscalated; init => _episodesEscalated = NonNegative(value); }

    /// <summary>Gets the days from referral to the first attended contact, for episodes that had one.</summary>
    /// <value>Count, median, 90th percentile and maximum come from it.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ValueCounts WaitingDays { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets the answers to the Friends and Family Test question.</summary>
    /// <value>One per episode that recorded it.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CategoryCounts<FriendsAndFamilyAnswer> Satisfaction { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets the share of satisfaction answers that were very good or good, of those other than "don't know" (the NHS FFT convention).</summary>
    /// <value>0 to 1; <see langword="null"/> when no answer other than "don't know" was given.</value>
    public decimal? SatisfactionSharePositive
    {
        get
        {
            long answered = Satisfaction.Total - Satisfaction[FriendsAndFamilyAnswer.DontKnow];
            return answered == 0 ? null : (decimal)(Satisfaction[FriendsAndFamilyAnswer.VeryGood] + Satisfaction[FriendsAndFamilyAnswer.Good]) / answered;
        }
    }

    /// <summary>Gets the PAM baseline scores, in tenths (the first PAM of each episode).</summary>
    /// <value>One per episode with a PAM.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ValueCounts PamBaseline { get; init => field = Preconditions.CheckNotNull(value, nameof(value)); } = new();

    /// <summary>Gets PAM change from baseline to follow-up, in tenths; <see cref="PairedChange.AtLeastThreshold"/> counts gains of 3 points or more (CBE 2483).</summary>
    /// <value>Levels 1 to 4 for transitions.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is not of PAM (4 levels, 10 units per point).</exception>
    public PairedChange PamChange { get; init => field = CheckMeasure(value, PamLevelCount, 10, nameof(value)); } = new(PamLevelCount, 10);

    /// <summary>Gets how many PAM pairs were left out because the person was at level 4 at baseline (<see cref="EpisodeOutcomeOptions.ExcludePamLevel4AtBaseline"/>).</summary>
    /// <value>0 when level 4 is kept.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public long PamPairsExcludedAtLevel4 { get => _pamPairsExcludedAtLevel4; init => _pamPairsExcludedAtLevel4 = NonNegative(value); }

    /// <summary>Gets the baseline ratings of one ONS4 item (the first ONS4 of each episode, rated answers only).</summary>
    /// <param name="item">The item.</param>
    /// <returns>The ratings 0 to 10; mean and band shares come from it (<see cref="Ons4Thresholds"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a named member.</exception>
    public ValueCounts Ons4Baseline(Ons4Item item) => _ons4Baseline[Index(item)];

    /// <summary>Gets the follow-up ratings of one ONS4 item, for the pairs in <see cref="Ons4Change"/>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The ratings 0 to 10.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a named member.</exception>
    public ValueCounts Ons4FollowUp(Ons4Item item) => _ons4FollowUp[Index(item)];

    /// <summary>Gets the paired change of one ONS4 item; improvement follows the item's direction (lower anxiety is better).</summary>
    /// <param name="item">The item.</param>
    /// <returns>The change; transitions are between <see cref="Ons4Band"/> values 1 to 5.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a named member.</exception>
    public PairedChange Ons4Change(Ons4Item item) => _ons4Change[Index(item)];

    /// <summary>Makes a copy of these figures with one ONS4 item's figures replaced (for figures read back from storage).</summary>
    /// <param name="item">The item.</param>
    /// <param name="baseline">Its baseline ratings.</param>
    /// <param name="followUp">Its follow-up ratings.</param>
    /// <param name="change">Its paired change: 5 bands, 1 unit per point.</param>
    /// <returns>New figures; these are unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not a named member.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/>, <paramref name="followUp"/> or <paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="change"/> is not of ONS4 (5 bands, 1 unit per point).</exception>
    public GroupOutcomes WithOns4(Ons4Item item, ValueCounts baseline, ValueCounts followUp, PairedChange change)
    {
        int i = Index(item);
        Preconditions.CheckNotNull(baseline, nameof(baseline));
        Preconditions.CheckNotNull(followUp, nameof(followUp));
        CheckMeasure(change, Ons4Bands, 1, nameof(change));
        GroupOutcomes copy = Merge(this, new GroupOutcomes());
        copy._ons4Baseline[i] = baseline.Copy();
        copy._ons4FollowUp[i] = followUp.Copy();
        copy._ons4Change[i] = PairedChange.Merge(change, new PairedChange(Ons4Bands, 1));
        return copy;
    }

    /// <summary>Merges the figures of two groups into new figures, leaving both unchanged.</summary>
    /// <param name="first">The first figures.</param>
    /// <param name="second">The second figures.</param>
    /// <returns>The figures of both; associative and commutative, with new <see cref="GroupOutcomes"/> as identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    public static GroupOutcomes Merge(GroupOutcomes first, GroupOutcomes second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        var merged = new GroupOutcomes();
        merged.Add(first);
        merged.Add(second);
        return merged;
    }

    /// <summary>Compares two sets of figures figure by figure.</summary>
    /// <param name="other">The figures to compare with.</param>
    /// <returns><see langword="true"/> when every figure is equal.</returns>
    public bool Equals(GroupOutcomes? other)
        => other is not null && Episodes == other.Episodes && Offered == other.Offered && Declined == other.Declined && Referred == other.Referred
           && States.Equals(other.States) && ClosureReasons.Equals(other.ClosureReasons) && ReferralSources.Equals(other.ReferralSources)
           && ReferralReasons.Equals(other.ReferralReasons) && ConnectionCategories.Equals(other.ConnectionCategories)
           && ConnectionOutcomes.Equals(other.ConnectionOutcomes) && ConnectionsWithoutOutcome == other.ConnectionsWithoutOutcome
           && AttendedContacts == other.AttendedContacts && MinutesWithPeople == other.MinutesWithPeople && EscalationsByRecipient.Equals(other.EscalationsByRecipient)
           && EpisodesEscalated == other.EpisodesEscalated && WaitingDays.Equals(other.WaitingDays) && Satisfaction.Equals(other.Satisfaction)
           && PamBaseline.Equals(other.PamBaseline) && PamChange.Equals(other.PamChange) && PamPairsExcludedAtLevel4 == other.PamPairsExcludedAtLevel4
           && Items.All(i => Ons4Baseline(i).Equals(other.Ons4Baseline(i)) && Ons4FollowUp(i).Equals(other.Ons4FollowUp(i)) && Ons4Change(i).Equals(other.Ons4Change(i)));

    /// <summary>Compares two values for equality, as <see cref="Equals(GroupOutcomes)"/> does.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(GroupOutcomes? left, GroupOutcomes? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(GroupOutcomes? left, GroupOutcomes? right) => !(left == right);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> holds equal figures.</returns>
    public override bool Equals(object? obj) => Equals(obj as GroupOutcomes);

    /// <summary>Gets a hash code from the counts of episodes and codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Episodes, Offered, Declined, Referred);

    /// <summary>Describes the figures by episodes and codes.</summary>
    /// <returns>For example <c>120 episodes: 30 offered, 4 declined, 100 referred</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Episodes} episodes: {Offered} offered, {Declined} declined, {Referred} referred");

    /// <inheritdoc/>
    static GroupOutcomes IGroupFigures<GroupOutcomes>.Empty() => new();

    /// <inheritdoc/>
    void IGroupFigures<GroupOutcomes>.AddFigures(GroupOutcomes other) => Add(other);

    /// <summary>Adds every figure of another group to this one.</summary>
    internal void Add(GroupOutcomes other)
    {
        _episodes += other.Episodes;
        _offered += other.Offered;
        _declined += other.Declined;
        _referred += other.Referred;
        States.Add(other.States);
        ClosureReasons.Add(other.ClosureReasons);
        ReferralSources.Add(other.ReferralSources);
        ReferralReasons.Add(other.ReferralReasons);
        ConnectionCategories.Add(other.ConnectionCategories);
        ConnectionOutcomes.Add(other.ConnectionOutcomes);
        _connectionsWithoutOutcome += other.ConnectionsWithoutOutcome;
        _attendedContacts += other.AttendedContacts;
        _minutesWithPeople += other.MinutesWithPeople;
        EscalationsByRecipient.Add(other.EscalationsByRecipient);
        _episodesEscalated += other.EpisodesEscalated;
        WaitingDays.Add(other.WaitingDays);
        Satisfaction.Add(other.Satisfaction);
        PamBaseline.Add(other.PamBaseline);
        PamChange.Add(other.PamChange);
        _pamPairsExcludedAtLevel4 += other.PamPairsExcludedAtLevel4;
        for (int i = 0; i < Items.Length; i++)
        {
            _ons4Baseline[i].Add(other._ons4Baseline[i]);
            _ons4FollowUp[i].Add(other._ons4FollowUp[i]);
            _ons4Change[i].Add(other._ons4Change[i]);
        }
    }

    /// <summary>Adds one episode.</summary>
    internal void Add(Episode episode, FollowUpRule followUp, bool excludePamLevel4)
    {
        _episodes++;
        States.Increment(episode.State);
        var codes = episode.CodedEntries;
        for (int i = 0; i < codes.Length; i++)
        {
            SctId code = codes[i].Concept.Id;
            if (code == OfferedCode)
            {
                _offered++;
            }
            else if (code == DeclinedCode)
            {
                _declined++;
            }
            else if (code == ReferralCode)
            {
                _referred++;
            }
        }

        if (episode.ClosureReason is ClosureReason closure)
        {
            ClosureReasons.Increment(closure);
        }

        if (episode.Referral is Referral referral)
        {
            ReferralSources.Increment(referral.Referrer.Kind);
            var reasons = referral.Reasons;
            for (int i = 0; i < reasons.Count; i++)
            {
                ReferralReasons.Increment(reasons[i]);
            }
        }

        var connections = episode.Connections;
        for (int i = 0; i < connections.Length; i++)
        {
            Connection connection = connections[i];
            ConnectionCategories.Increment(connection.Made.Category.Kind);
            if (connection.Latest is ConnectionUpdate latest)
            {
                ConnectionOutcomes.Increment(latest.Outcome);
            }
            else
            {
                _connectionsWithoutOutcome++;
            }
        }

        _attendedContacts += episode.AttendedContactCount;
        _minutesWithPeople += (long)episode.TimeWithPerson.TotalMinutes;
        var escalations = episode.Escalations;
        for (int i = 0; i < escalations.Length; i++)
        {
            EscalationsByRecipient.Increment(escalations[i].To);
        }

        _episodesEscalated += escalations.Length > 0 ? 1 : 0;
        if (episode.DaysToFirstContact is int wait)
        {
            WaitingDays.Add(wait);
        }

        if (episode.Satisfaction is SatisfactionRecorded satisfaction)
        {
            Satisfaction.Increment(satisfaction.Answer);
        }

        AddOns4(episode, followUp);
        AddPam(episode, followUp, excludePamLevel4);
    }

    private static long NonNegative(long value)
    {
        Preconditions.CheckArgumentRange(nameof(value), value, 0, long.MaxValue);
        return value;
    }

    private static PairedChange CheckMeasure(PairedChange change, int bands, int unitsPerPoint, string paramName)
    {
        Preconditions.CheckNotNull(change, paramName);
        Preconditions.CheckArgument(change.Bands == bands && change.UnitsPerPoint == unitsPerPoint, paramName, OutcomesMessages.DifferentMeasure);
        return change;
    }

    internal static int Index(Ons4Item item)
    {
        Preconditions.CheckDefined(item, nameof(item));
        return (int)item - (int)Ons4Item.LifeSatisfaction;
    }

    private void AddOns4(Episode episode, FollowUpRule rule)
    {
        var responses = episode.Ons4Responses;
        if (responses.Length == 0)
        {
            return;
        }

        (int baseline, int followUp) = rule.Pair(responses.AsSpan(), static r => r.DateAsked);
        Ons4Response first = responses[baseline];
        for (int i = 0; i < Items.Length; i++)
        {
            Ons4Item item = Items[i];
            if (!first[item].TryGetRating(out Ons4Rating from))
            {
                continue;
            }

            _ons4Baseline[i].Add(from.Value);
            if (followUp >= 0 && responses[followUp][item].TryGetRating(out Ons4Rating to))
            {
                _ons4FollowUp[i].Add(to.Value);
                _ons4Change[i].Add(from.Value, to.Value, Ons4Thresholds.DirectionOf(item, from, to), (int)Ons4Thresholds.BandOf(item, from), (int)Ons4Thresholds.BandOf(item, to));
            }
        }
    }

    private void AddPam(Episode episode, FollowUpRule rule, bool excludeLevel4)
    {
        var scores = episode.PamAssessments;
        if (scores.Length == 0)
        {
            return;
        }

        (int baseline, int followUp, bool excluded) = rule.PairPam(scores.AsSpan(), excludeLevel4);
        PamScore from = scores[baseline].Score;
        PamBaseline.Add(from.Tenths);
        if (excluded)
        {
            _pamPairsExcludedAtLevel4++;
            return;
        }

        if (followUp < 0)
        {
            return;
        }

        PamScore to = scores[followUp].Score;
        ChangeDirection direction = to.Tenths > from.Tenths ? ChangeDirection.Improved : to.Tenths < from.Tenths ? ChangeDirection.Worsened : ChangeDirection.Unchanged;
        PamChange.Add(from.Tenths, to.Tenths, direction, (int)from.Level, (int)to.Level, PairedChange.PamGainTenths);
    }
}
