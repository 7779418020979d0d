using NodaTime;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>The figures written the obvious way with LINQ, as an independent oracle for the aggregation.</summary>
internal static class ReferenceOutcomes
{
    internal sealed record Figures(
        int Episodes,
        int Offered,
        int Declined,
        int Referred,
        int Closed,
        int Connections,
        int AttendedContacts,
        int[] Waits,
        int Ons4LifePairs,
        int Ons4LifeChangeSum,
        int Ons4AnxietyImproved,
        int PamPairs,
        int PamGainsOf3);

    internal static Dictionary<OutcomeGroupKey, Figures> For(IEnumerable<Episode> episodes, EpisodeOutcomeOptions options) => episodes
        .GroupBy(e => KeyOf(e, options))
        .ToDictionary(g => g.Key, g => new Figures(
            g.Count(),
            g.Count(e => e.CodedEntries.Any(c => c.Concept.Id.ToString() == "871691000000100")),
            g.Count(e => e.CodedEntries.Any(c => c.Concept.Id.ToString() == "871711000000103")),
            g.Count(e => e.CodedEntries.Any(c => c.Concept.Id.ToString() == "871731000000106")),
            g.Count(e => e.State == EpisodeState.Closed),
            g.Sum(e => e.Connections.Length),
            g.Sum(e => e.Contacts.Count(c => c.Attendance == ContactAttendance.Attended)),
            [.. g.Where(e => e.Referral is not null && e.Contacts.Any(c => c.IsAttended))
                 .Select(e => Period.DaysBetween(e.Referral!.ReferredOn, e.Contacts.First(c => c.IsAttended).On))
                 .Order()],
            g.Select(e => Ons4Pair(e, options, r => r.LifeSatisfaction)).Count(p => p is not null),
            g.Select(e => Ons4Pair(e, options, r => r.LifeSatisfaction)).Where(p => p is not null).Sum(p => p!.Value.To - p.Value.From),
            g.Select(e => Ons4Pair(e, options, r => r.Anxiety)).Count(p => p is not null && p.Value.To < p.Value.From),
            g.Count(e => PamPair(e, options) is not null),
            g.Count(e => PamPair(e, options) is (int from, int to) && to - from >= 30)));

    internal static OutcomeGroupKey KeyOf(Episode e, EpisodeOutcomeOptions options)
    {
        OutcomeDimensions d = options.Dimensions;
        OdsCode? pcn = e.Referral?.PrimaryCareNetwork ?? (options.PracticeNetworks.TryGetValue(e.RegisteredPractice, out OdsCode p) ? p : null);
        LocalDate start = e.Referral?.ReferredOn ?? e.OfferedOn ?? e.Events[0].On;
        (LocalDate? born, AgeBand? band, StatedGender? gender, EthnicCategory? ethnic, DeprivationDecile? decile) = LastGiven(e);
        AgeBand? ageBand = born is LocalDate b ? DemographicCodes.AgeBandOf(start.Year - b.Year - ((start.Month, start.Day).CompareTo((b.Month, b.Day)) < 0 ? 1 : 0)) : band;
        return new OutcomeGroupKey(
            d.HasFlag(OutcomeDimensions.PrimaryCareNetwork) ? pcn : null,
            d.HasFlag(OutcomeDimensions.Practice) ? e.RegisteredPractice : null,
            d.HasFlag(OutcomeDimensions.ReferralSource) ? e.Referral?.Referrer.Kind : null,
            d.HasFlag(OutcomeDimensions.Period) ? ReportingPeriod.Containing(options.PeriodKind, start) : null,
            d.HasFlag(OutcomeDimensions.AgeBand) ? ageBand : null,
            d.HasFlag(OutcomeDimensions.StatedGender) ? gender : null,
            d.HasFlag(OutcomeDimensions.EthnicCategory) ? ethnic : null,
            d.HasFlag(OutcomeDimensions.EthnicGroup) ? ethnic?.GetGroup() : null,
            d.HasFlag(OutcomeDimensions.DeprivationDecile) ? decile : null,
            d.HasFlag(OutcomeDimensions.DeprivationQuintile) ? (DeprivationQuintile?)(((int?)decile + 1) / 2) : null);
    }

    /// <summary>Each demographic field as the last event that gave it left it, read from the events (not entered in error), not from the episode's fold.</summary>
    internal static (LocalDate? Born, AgeBand? Band, StatedGender? Gender, EthnicCategory? Ethnic, DeprivationDecile? Decile) LastGiven(Episode e)
    {
        (LocalDate? born, AgeBand? band, StatedGender? gender, EthnicCategory? ethnic, DeprivationDecile? decile) = (null, null, null, null, null);
        foreach (EpisodeEvent x in e.Events.Where(x => !e.EventsEnteredInError.Contains(x.Number)))
        {
            PersonDemographics? given = x switch
            {
                SocialPrescribingOffered o => o.Demographics,
                ReferralMade r => r.Referral.Demographics,
                DemographicsRecorded d => d.Demographics,
                _ => null,
            };
            if (given is null)
            {
                continue;
            }

            if (given.DateOfBirth is not null || given.AgeBand is not null)
            {
                (born, band) = (given.DateOfBirth, given.AgeBand);
            }

            gender = given.StatedGender ?? gender;
            ethnic = given.EthnicCategory ?? ethnic;
            decile = given.DeprivationDecile ?? decile;
        }

        return (born, band, gender, ethnic, decile);
    }

    internal static (int From, int To)? Ons4Pair(Episode e, EpisodeOutcomeOptions options, Func<Ons4Response, Ons4Answer> item)
    {
        var dated = e.Ons4Responses.Select((r, i) => (r.DateAsked, Index: i, Answer: item(r))).ToList();
        return Pair(dated.Select(d => (d.DateAsked, d.Index, Value: d.Answer.Rating?.Value)).ToList(), options);
    }

    internal static (int From, int To)? PamPair(Episode e, EpisodeOutcomeOptions options)
    {
        var dated = e.PamAssessments.Select((p, i) => (p.On, Index: i, Value: (int?)p.Score.Tenths)).ToList();
        (int From, int To)? pair = Pair(dated, options);
        return pair is (int from, _) && options.ExcludePamLevel4AtBaseline && PamScore.FromTenths(from).Level == PamLevel.Level4 ? null : pair;
    }

    // Baseline: the earliest (first recorded on a tie); follow-up: within [earliest, latest] after it, nearest the target, earlier on a tie.
    private static (int From, int To)? Pair(List<(LocalDate Date, int Index, int? Value)> dated, EpisodeOutcomeOptions options)
    {
        if (dated.Count == 0)
        {
            return null;
        }

        var baseline = dated.OrderBy(d => d.Date).ThenBy(d => d.Index).First();
        LocalDate aim = baseline.Date.Plus(options.FollowUpTarget);
        var followUp = dated
            .Where(d => d.Index != baseline.Index && d.Date >= baseline.Date.Plus(options.FollowUpEarliest) && d.Date <= baseline.Date.Plus(options.FollowUpLatest))
            .OrderBy(d => Math.Abs(Period.DaysBetween(aim, d.Date))).ThenBy(d => d.Date).ThenBy(d => d.Index)
            .Cast<(LocalDate Date, int Index, int? Value)?>()
            .FirstOrDefault();
        return baseline.Value is int from && followUp?.Value is int to ? (from, to) : null;
    }
}
