using System.Diagnostics;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// One episode's figures as <see cref="EpisodeOutcomes"/> counts them, without the person: where and when it started,
/// how it went and the measures paired as the aggregation pairs them (docs/outcomes.md, "One row per episode"). The
/// aggregation of many summaries gives the figures of <see cref="EpisodeOutcomeAggregate"/>, which is how an engine
/// that has only the rows (DuckDB, Spark) reproduces them.
/// </summary>
/// <remarks>
/// A summary holds no free text, no name, no NHS number, no date of birth and no episode id: only codes (practice and
/// PCN), dates rounded to their reporting period, the person's demographic groups (age band, stated gender, ethnic
/// category, deprivation decile), counts and coded answers.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EpisodeSummary
{
    private readonly Ons4Rating?[] _ons4Baseline;
    private readonly Ons4Rating?[] _ons4FollowUp;
    private readonly int[] _escalationsTo;

    internal EpisodeSummary(Episode episode, EpisodeOutcomeOptions options, FollowUpRule followUp)
    {
        Practice = episode.RegisteredPractice;
        PrimaryCareNetwork = EpisodeOutcomes.NetworkOf(episode, options);
        Period = ReportingPeriod.Containing(options.PeriodKind, EpisodeOutcomes.StartedOn(episode));
        ReferralSource = episode.Referral?.Referrer.Kind;
        AgeBand = EpisodeOutcomes.AgeBandOf(episode);
        StatedGender = episode.Demographics.StatedGender;
        EthnicCategory = episode.Demographics.EthnicCategory;
        DeprivationDecile = episode.Demographics.DeprivationDecile;
        State = episode.State;
        ClosureReason = episode.ClosureReason;
        DaysToFirstContact = episode.DaysToFirstContact;
        AttendedContacts = episode.AttendedContactCount;
        MinutesWithPerson = (long)episode.TimeWithPerson.TotalMinutes;
        Connections = episode.Connections.Length;
        foreach (CodedEntry entry in episode.CodedEntries)
        {
            SctId code = entry.Concept.Id;
            CodedOffered |= code == SocialPrescribingConcepts.Offered.Id;
            CodedDeclined |= code == SocialPrescribingConcepts.Declined.Id;
            CodedReferred |= code == SocialPrescribingConcepts.ReferralToService.Id;
        }

        var escalations = episode.Escalations;
        Escalations = escalations.Length;
        _escalationsTo = new int[EnumIndex<EscalationRecipient>.Count];
        foreach (Escalated escalation in escalations)
        {
            _escalationsTo[EnumIndex<EscalationRecipient>.Of(escalation.To)]++;
        }

        Satisfaction = episode.Satisfaction?.Answer;

        _ons4Baseline = new Ons4Rating?[GroupOutcomes.Items.Length];
        _ons4FollowUp = new Ons4Rating?[GroupOutcomes.Items.Length];
        var responses = episode.Ons4Responses;
        if (responses.Length > 0)
        {
            (int baseline, int after) = followUp.Pair(responses.AsSpan(), static r => r.DateAsked);
            for (int i = 0; i < GroupOutcomes.Items.Length; i++)
            {
                Ons4Item item = GroupOutcomes.Items[i];
                if (responses[baseline][item].TryGetRating(out Ons4Rating from))
                {
                    _ons4Baseline[i] = from;
                    _ons4FollowUp[i] = after >= 0 && responses[after][item].TryGetRating(out Ons4Rating to) ? to : null;
                }
            }
        }

        var scores = episode.PamAssessments;
        if (scores.Length > 0)
        {
            (int baseline, int after, bool excluded) = followUp.PairPam(scores.AsSpan(), options.ExcludePamLevel4AtBaseline);
            PamBaseline = scores[baseline].Score;
            PamExcludedAtLevel4 = excluded;
            PamFollowUp = after >= 0 ? scores[after].Score : null;
        }
    }

    /// <summary>Gets the practice the person is registered with.</summary>
    public OdsCode Practice { get; }

    /// <summary>Gets the primary care network: the referral's, or the practice's from <see cref="EpisodeOutcomeOptions.PracticeNetworks"/>; null when neither says.</summary>
    public OdsCode? PrimaryCareNetwork { get; }

    /// <summary>Gets the reporting period the episode started in (its referral, else its offer, else its first event), of the options' kind.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets who referred; null when the episode has no referral.</summary>
    public ReferralSourceKind? ReferralSource { get; }

    /// <summary>Gets the person's age band on the date the episode started (<see cref="OutcomeDimensions.AgeBand"/>); null when age is not recorded.</summary>
    public AgeBand? AgeBand { get; }

    /// <summary>Gets the person's stated gender; null when not recorded.</summary>
    public StatedGender? StatedGender { get; }

    /// <summary>Gets the person's ethnic category; null when not recorded (its broad group: <see cref="DemographicCodes.GetGroup"/>).</summary>
    public EthnicCategory? EthnicCategory { get; }

    /// <summary>Gets the deprivation decile of where the person lives; null when not recorded (its quintile: <see cref="DemographicCodes.GetQuintile"/>).</summary>
    public DeprivationDecile? DeprivationDecile { get; }

    /// <summary>Gets the episode's state.</summary>
    public EpisodeState State { get; }

    /// <summary>Gets why the episode closed; null while it has not.</summary>
    public ClosureReason? ClosureReason { get; }

    /// <summary>Gets the days from referral to first contact; null without both.</summary>
    public int? DaysToFirstContact { get; }

    /// <summary>Gets the contacts the person attended.</summary>
    public int AttendedContacts { get; }

    /// <summary>Gets the whole minutes spent with the person.</summary>
    public long MinutesWithPerson { get; }

    /// <summary>Gets the connections made.</summary>
    public int Connections { get; }

    /// <summary>Gets whether the GP record holds 871691000000100 (social prescribing offered) for the episode.</summary>
    public bool CodedOffered { get; }

    /// <summary>Gets whether the GP record holds 871711000000103 (social prescribing declined) for the episode.</summary>
    public bool CodedDeclined { get; }

    /// <summary>Gets whether the GP record holds 871731000000106 (referral to social prescribing service) for the episode.</summary>
    public bool CodedReferred { get; }

    /// <summary>Gets how many times a concern was escalated, to any recipient.</summary>
    public int Escalations { get; }

    /// <summary>Gets whether a concern was escalated at least once.</summary>
    public bool Escalated => Escalations > 0;

    /// <summary>Gets the Friends and Family Test answer; null when not recorded.</summary>
    public FriendsAndFamilyAnswer? Satisfaction { get; }

    /// <summary>Gets the PAM score at baseline (the earliest assessment); null without one.</summary>
    public PamScore? PamBaseline { get; }

    /// <summary>Gets the PAM score at follow-up, paired as the aggregation pairs it; null when none falls in the window or the pair is excluded at level 4.</summary>
    public PamScore? PamFollowUp { get; }

    /// <summary>Gets whether a pair was left out because the baseline was at level 4 (<see cref="EpisodeOutcomeOptions.ExcludePamLevel4AtBaseline"/>).</summary>
    public bool PamExcludedAtLevel4 { get; }

    /// <summary>Gets an item's rating at baseline (the earliest response); null without a response or when that item was refused or not asked.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The rating, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not defined.</exception>
    public Ons4Rating? Ons4Baseline(Ons4Item item) => _ons4Baseline[GroupOutcomes.Index(item)];

    /// <summary>Gets an item's rating at follow-up, paired with its baseline: null unless both were rated and a response falls in the follow-up window.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The rating, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not defined.</exception>
    public Ons4Rating? Ons4FollowUp(Ons4Item item) => _ons4FollowUp[GroupOutcomes.Index(item)];

    /// <summary>Gets how many escalations went to one recipient.</summary>
    /// <param name="recipient">The recipient.</param>
    /// <returns>0 or more; the counts of every recipient total <see cref="Escalations"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recipient"/> is not defined.</exception>
    public int EscalationsTo(EscalationRecipient recipient)
    {
        Preconditions.CheckDefined(recipient, nameof(recipient));
        return _escalationsTo[EnumIndex<EscalationRecipient>.Of(recipient)];
    }

    /// <summary>Returns the practice, period and state: nothing about the person.</summary>
    /// <returns>For example <c>A81001 2025-Q3 Closed</c>.</returns>
    public override string ToString() => $"{Practice} {Period} {State}";
}
