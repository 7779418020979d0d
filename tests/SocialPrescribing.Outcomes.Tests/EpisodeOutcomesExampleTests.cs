using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>
/// Worked examples of the pairing and counting rules of docs/outcomes.md ("Pairs", the figures table), on episodes built
/// by hand. Dates: referred 5 January 2026; baseline 6 January, so the follow-up target is 6 July and the window
/// 6 April to 6 October.
/// </summary>
public sealed class EpisodeOutcomesExampleTests
{
    private static readonly LocalDate Referral = new(2026, 1, 5);
    private static readonly LocalDate Baseline = new(2026, 1, 6);
    private static readonly LocalDate Target = new(2026, 7, 6);
    private static readonly EpisodeOutcomeOptions Together = new() { Dimensions = OutcomeDimensions.None };

    private static GroupOutcomes Figures(params EpisodeBuilder[] episodes) => Figures(Together, episodes);

    private static GroupOutcomes Figures(EpisodeOutcomeOptions options, params EpisodeBuilder[] episodes)
        => EpisodeOutcomes.Aggregate([.. episodes.Select(e => e.Episode)], options).Total();

    [Fact]
    public void Aggregate_BaselineRecordedAfterItsFollowUp_IsStillTheEarliestOns4()
    {
        // A paper baseline typed in after the 6-month response: the baseline is the earliest dated, whatever the order recorded.
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(Referral)
            .Ons4(Target, life: 7, worthwhile: 7, happiness: 7, anxiety: 3)
            .Ons4(Baseline, life: 4, worthwhile: 5, happiness: 5, anxiety: 6));

        Assert.Equal(4m, g.Ons4Baseline(Ons4Item.LifeSatisfaction).Mean);
        Assert.Equal(7, g.Ons4FollowUp(Ons4Item.LifeSatisfaction).Max);
        PairedChange life = g.Ons4Change(Ons4Item.LifeSatisfaction);
        Assert.Equal((1L, 3L, 1L), (life.Count, life.SumOfChanges, life.Improved));   // 4 -> 7
        PairedChange anxiety = g.Ons4Change(Ons4Item.Anxiety);
        Assert.Equal((1L, -3L, 1L), (anxiety.Count, anxiety.SumOfChanges, anxiety.Improved)); // 6 -> 3: a fall in anxiety is an improvement
    }

    [Fact]
    public void Aggregate_PamBaselineRecordedAfterItsFollowUp_IsStillTheEarliestScore()
    {
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(Referral).Pam(Target, 560).Pam(Baseline, 500));

        Assert.Equal(500, g.PamBaseline.Max);
        Assert.Equal((1L, 60L, 1L), (g.PamChange.Count, g.PamChange.SumOfChanges, g.PamChange.Improved)); // 50.0 -> 56.0
    }

    [Fact]
    public void Aggregate_TwoFollowUpsEquallyNearTheTarget_TakesTheEarlier()
    {
        // 5 August is 30 days after the target, 6 June 30 days before; the later one is recorded first.
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(Referral)
            .Ons4(Baseline, 4, 4, 4, 4)
            .Ons4(new LocalDate(2026, 8, 5), 9, 9, 9, 9)
            .Ons4(new LocalDate(2026, 6, 6), 6, 6, 6, 6));

        Assert.Equal(2, g.Ons4Change(Ons4Item.Happiness).SumOfChanges); // 4 -> 6, not 4 -> 9
    }

    [Fact]
    public void Aggregate_FollowUpNearerTheTarget_WinsOverAnEarlierOne()
    {
        // 1 July is 5 days from the target, 6 May 61 days: the nearer wins although the farther is earlier.
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(Referral)
            .Ons4(Baseline, 4, 4, 4, 4)
            .Ons4(new LocalDate(2026, 7, 1), 8, 8, 8, 8)
            .Ons4(new LocalDate(2026, 5, 6), 5, 5, 5, 5));

        Assert.Equal(4, g.Ons4Change(Ons4Item.Worthwhile).SumOfChanges); // 4 -> 8
    }

    [Fact]
    public void Aggregate_TwoFollowUpsOnTheSameDay_TakesTheFirstRecorded()
    {
        // Same date, same distance: the first recorded (the tie rule of ReferenceOutcomes, this library's choice).
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(Referral)
            .Ons4(Baseline, 4, 4, 4, 4)
            .Ons4(Target, 8, 8, 8, 8)
            .Ons4(Target, 9, 9, 9, 9));

        Assert.Equal(4, g.Ons4Change(Ons4Item.LifeSatisfaction).SumOfChanges);
    }

    [Fact]
    public void Aggregate_TwoAssessmentsOnTheFirstDay_TheFirstRecordedIsTheBaseline()
    {
        // Both dated 6 January: the first recorded is the baseline (the tie rule of ReferenceOutcomes, this library's choice).
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(Referral)
            .Ons4(Baseline, 4, 4, 4, 4)
            .Ons4(Baseline, 6, 6, 6, 6)
            .Ons4(Target, 8, 8, 8, 8)
            .Pam(Baseline, 500)
            .Pam(Baseline, 520)
            .Pam(Target, 560));

        Assert.Equal([new ValueCount(4, 1)], g.Ons4Baseline(Ons4Item.LifeSatisfaction).Entries);
        Assert.Equal(4, g.Ons4Change(Ons4Item.LifeSatisfaction).SumOfChanges); // 4 -> 8
        Assert.Equal([new ValueCount(500, 1)], g.PamBaseline.Entries);
        Assert.Equal(60, g.PamChange.SumOfChanges);                          // 50.0 -> 56.0
    }

    [Fact]
    public void Aggregate_UnratedAnswers_AreLeftOutOfTheirItemOnly()
    {
        // Anxiety refused at baseline: no anxiety baseline and no anxiety pair. Life satisfaction not asked at follow-up:
        // a life satisfaction baseline but no pair. Happiness rated both times: one pair.
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(Referral)
            .Ons4(Baseline, Ons4Answer.Create(3), Ons4Answer.Create(3), Ons4Answer.Create(3), Ons4Answer.Refused)
            .Ons4(Target, Ons4Answer.NotAsked, Ons4Answer.Create(6), Ons4Answer.Create(8), Ons4Answer.Create(2)));

        Assert.Equal(0, g.Ons4Baseline(Ons4Item.Anxiety).Count);
        Assert.Equal(0, g.Ons4Change(Ons4Item.Anxiety).Count);
        Assert.Equal(1, g.Ons4Baseline(Ons4Item.LifeSatisfaction).Count);
        Assert.Equal(0, g.Ons4Change(Ons4Item.LifeSatisfaction).Count);
        Assert.Equal(0, g.Ons4FollowUp(Ons4Item.LifeSatisfaction).Count);
        Assert.Equal((1L, 5L), (g.Ons4Change(Ons4Item.Happiness).Count, g.Ons4Change(Ons4Item.Happiness).SumOfChanges));
        Assert.Equal([new ValueCount(8, 1)], g.Ons4FollowUp(Ons4Item.Happiness).Entries);
    }

    [Fact]
    public void Aggregate_WindowEdgesMeetingTheTarget_PairOnlyThatDay()
    {
        // Earliest = target = latest = 6 months is allowed (earliest <= target <= latest); only 6 July pairs, not a day either side.
        Period six = Period.FromMonths(6);
        var exact = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.None, FollowUpEarliest = six, FollowUpTarget = six, FollowUpLatest = six };
        EpisodeBuilder offByOne = EpisodeBuilder.Referred(Referral).Ons4(Baseline, 4, 4, 4, 4).Ons4(Target.PlusDays(-1), 5, 5, 5, 5).Ons4(Target.PlusDays(1), 6, 6, 6, 6);
        EpisodeBuilder onTheDay = EpisodeBuilder.Referred(Referral).Ons4(Baseline, 4, 4, 4, 4).Ons4(Target, 7, 7, 7, 7);

        Assert.Equal(0, Figures(exact, offByOne).Ons4Change(Ons4Item.Happiness).Count);
        Assert.Equal(3, Figures(exact, onTheDay).Ons4Change(Ons4Item.Happiness).SumOfChanges);
    }

    [Fact]
    public void Aggregate_PamPairs_CountedByDirectionAndGainsOfThreePoints()
    {
        // CBE 2483: a gain of 3 points or more; 53.0 - 50.0 is exactly 3, 52.9 - 50.0 is not.
        EpisodeBuilder[] episodes =
        [
            EpisodeBuilder.Referred(Referral).Pam(Baseline, 500).Pam(Target, 530),   // improved, gain of 3.0
            EpisodeBuilder.Referred(Referral).Pam(Baseline, 500).Pam(Target, 529),   // improved, gain of 2.9
            EpisodeBuilder.Referred(Referral).Pam(Baseline, 600).Pam(Target, 580),   // worse
            EpisodeBuilder.Referred(Referral).Pam(Baseline, 550).Pam(Target, 550),   // unchanged
        ];
        PairedChange pam = Figures(episodes).PamChange;

        Assert.Equal((4L, 2L, 1L, 1L), (pam.Count, pam.Improved, pam.Worsened, pam.Unchanged));
        Assert.Equal(1, pam.AtLeastThreshold);
        Assert.Equal(39, pam.SumOfChanges); // 30 + 29 - 20 + 0 tenths
    }

    [Fact]
    public void Aggregate_ExcludingLevel4Baselines_CountsThemApart()
    {
        // 70.0 is above 67.0, so level 4 at baseline: left out of the change when asked, and counted as left out.
        EpisodeBuilder atLevel4 = EpisodeBuilder.Referred(Referral).Pam(Baseline, 700).Pam(Target, 720);
        EpisodeBuilder atLevel2 = EpisodeBuilder.Referred(Referral).Pam(Baseline, 500).Pam(Target, 540);
        var excluding = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.None, ExcludePamLevel4AtBaseline = true };

        GroupOutcomes kept = Figures(atLevel4, atLevel2);
        GroupOutcomes left = Figures(excluding, atLevel4, atLevel2);

        Assert.Equal((2L, 0L), (kept.PamChange.Count, kept.PamPairsExcludedAtLevel4));
        Assert.Equal((1L, 1L), (left.PamChange.Count, left.PamPairsExcludedAtLevel4));
        Assert.Equal(40, left.PamChange.SumOfChanges);
        Assert.Equal(2, left.PamBaseline.Count); // the baseline itself is still counted
    }

    [Fact]
    public void Aggregate_Escalations_CountedAndEpisodesEscalatedCountedOnce()
    {
        GroupOutcomes g = Figures(
            EpisodeBuilder.Referred(Referral).Escalate(Baseline).Escalate(Baseline.PlusDays(3)),
            EpisodeBuilder.Referred(Referral),
            EpisodeBuilder.Referred(Referral).Escalate(Baseline));

        Assert.Equal(3, g.Escalations);
        Assert.Equal(2, g.EpisodesEscalated);
    }

    [Fact]
    public void Aggregate_ReferralReasons_EveryReasonOfEveryReferralCounted()
    {
        // The script's referral 1 gives reasons 2 and 5 (mental health, debt and money); referral 5 gives loneliness and other.
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(Referral, choice: 1), EpisodeBuilder.Referred(Referral, choice: 1), EpisodeBuilder.Referred(Referral, choice: 5));

        Assert.Equal(
            [
                KeyValuePair.Create(ReferralReason.LonelinessOrIsolation, 1L),
                KeyValuePair.Create(ReferralReason.SupportWithMentalHealth, 2L),
                KeyValuePair.Create(ReferralReason.DebtAndMoney, 2L),
                KeyValuePair.Create(ReferralReason.Other, 1L),
            ],
            g.ReferralReasons.Entries);
    }

    [Fact]
    public void Aggregate_OfferedThenReferred_FallsInThePeriodOfTheReferral()
    {
        // Offered 30 March 2026 (2025/26 Q4), referred 4 April (2026/27 Q1): the referral date places it. Never referred: the offer does.
        var byQuarter = new EpisodeOutcomeOptions { Dimensions = OutcomeDimensions.Period };
        EpisodeOutcomeAggregate aggregate = EpisodeOutcomes.Aggregate(
            [EpisodeBuilder.Offered(new LocalDate(2026, 3, 30), referredDaysLater: 5).Episode, EpisodeBuilder.Offered(new LocalDate(2026, 3, 31)).Episode], byQuarter);

        Assert.Equal(["2025/26 Q4", "2026/27 Q1"], aggregate.Keys.Select(k => k.ToString()));
        Assert.Equal(1, aggregate.Keys.Select(k => aggregate[k].Referred).Last());
    }

    [Fact]
    public void Aggregate_WaitOverMaxValueDays_IsCountedOutOfRange_AndTheRestStillCount()
    {
        // One bad row must not end a large aggregation (issue #18): a wait of 10,001 days is counted as out of range, not as a wait.
        GroupOutcomes g = Figures(EpisodeBuilder.Referred(new LocalDate(1990, 1, 1), waitDays: ValueCounts.MaxValue + 1), EpisodeBuilder.Referred(Referral, waitDays: 4));

        Assert.Equal(2, g.Episodes);
        Assert.Equal((1L, 1L, 4), (g.WaitingDays.Count, g.WaitingDays.OutOfRange, g.WaitingDays.Max));
        OutcomeTable table = EpisodeOutcomes.Aggregate([EpisodeBuilder.Referred(new LocalDate(1990, 1, 1), waitDays: ValueCounts.MaxValue + 1).Episode], Together).ToTable();
        Assert.Equal(1, table[table.Rows.Count - 1, table.Columns.ToList().FindIndex(c => c.Name == "Waits out of range")].CountValue);
    }

    [Fact]
    public void Aggregate_Escalations_AreCountedPerRecipient()
    {
        // Seed section 4: escalation goes to "the GP supervisor and/or identified individual(s)" or "the GP or other suitable health professional".
        EpisodeBuilder twice = EpisodeBuilder.Referred(Referral).Escalate(Referral.PlusDays(3));
        Episode both = Escalate(twice.Episode, Referral.PlusDays(4), EscalationRecipient.Gp);
        Episode other = Escalate(EpisodeBuilder.Referred(Referral).Episode, Referral.PlusDays(5), EscalationRecipient.IdentifiedIndividual);

        GroupOutcomes g = EpisodeOutcomes.Aggregate([both, other], Together).Total();

        Assert.Equal((1L, 1L, 0L, 1L), (g.EscalationsByRecipient[EscalationRecipient.GpSupervisor], g.EscalationsByRecipient[EscalationRecipient.Gp], g.EscalationsByRecipient[EscalationRecipient.OtherHealthProfessional], g.EscalationsByRecipient[EscalationRecipient.IdentifiedIndividual]));
        Assert.Equal((3L, 2L), (g.Escalations, g.EpisodesEscalated));
    }

    private static Episode Escalate(Episode episode, LocalDate on, EscalationRecipient to)
    {
        EpisodeResult result = episode.Apply(new Escalated(new EventContext(episode.Id, episode.NextNumber, episode.Events[^1].At + Duration.FromMinutes(1), ActorRole.LinkWorker, episode.Events[^1].LinkWorker), on, EscalationReason.OtherClinicalConcern, to, Urgency.Routine, false));
        Assert.True(result.IsSuccess, result.ToString());
        return result.Episode!;
    }
}
