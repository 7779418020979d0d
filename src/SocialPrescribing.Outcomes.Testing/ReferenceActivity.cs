using NodaTime;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// The activity table of <see cref="ActivityAggregate.ToTable"/> (every column, per group and for all), written the
/// obvious way: every dated thing of every episode and every anonymous answer listed with its group, then LINQ
/// <c>GroupBy</c> and one query per column. An oracle for the activity figures. Each row is the columns' values in the
/// table's order: a count, or a percentage as the fraction numerator / denominator; <see langword="null"/> where the
/// table has "not applicable".
/// </summary>
internal static class ReferenceActivity
{
    /// <summary>The rows of the groups.</summary>
    internal static Dictionary<ActivityGroupKey, decimal?[]> For(IReadOnlyList<Episode> episodes, IReadOnlyList<FriendsAndFamilyResponse> anonymous, ActivityOptions options)
        => Happenings(episodes, anonymous, options).GroupBy(h => h.Key).ToDictionary(g => g.Key, g => Row([.. g]));

    /// <summary>The total row.</summary>
    internal static decimal?[] Total(IReadOnlyList<Episode> episodes, IReadOnlyList<FriendsAndFamilyResponse> anonymous, ActivityOptions options)
        => Row([.. Happenings(episodes, anonymous, options)]);

    private static IEnumerable<Happening> Happenings(IReadOnlyList<Episode> episodes, IReadOnlyList<FriendsAndFamilyResponse> anonymous, ActivityOptions options)
    {
        foreach (Episode e in episodes)
        {
            OdsCode? pcn = e.Referral?.PrimaryCareNetwork ?? (options.PracticeNetworks.TryGetValue(e.RegisteredPractice, out OdsCode p) ? p : null);
            ActivityGroupKey Key(LocalDate on) => KeyOf(pcn, e.RegisteredPractice, on, options);
            var all = e.Contacts.Where(c => c.IsAttended).Select(c => new Happening(Key(c.On), "contact", c.Duration.BclCompatibleTicks))
                .Concat(e.Connections.Select(c => new Happening(Key(c.Made.On), "connection")))
                .Concat(e.Escalations.Select(x => new Happening(Key(x.On), "escalation", Category: x.To)))
                .Concat(e.ClosedOn is LocalDate closed ? [new Happening(Key(closed), "closure", Category: e.ClosureReason)] : [])
                .Concat(e.Satisfaction is SatisfactionRecorded s ? [new Happening(Key(s.On), "answer", Category: s.Answer)] : [])
                .Concat(e.Ons4Responses.Select(r => new Happening(Key(r.DateAsked), "ons4")))
                .Concat(e.PamAssessments.Select(r => new Happening(Key(r.On), "pam")));
            foreach (Happening h in all)
            {
                yield return h;
            }
        }

        foreach (FriendsAndFamilyResponse r in anonymous)
        {
            bool practice = options.PracticeNetworks.ContainsKey(r.Service);
            OdsCode pcn = practice ? options.PracticeNetworks[r.Service] : r.Service;
            ActivityGroupKey key = KeyOf(pcn, practice ? r.Service : null, r.Month.OnDayOfMonth(1), options);
            yield return new Happening(key, "answer", Category: r.Answer, Anonymous: true);
        }
    }

    private static ActivityGroupKey KeyOf(OdsCode? pcn, OdsCode? practice, LocalDate on, ActivityOptions options)
    {
        ActivityDimensions d = options.Dimensions;
        return new ActivityGroupKey(
            d.HasFlag(ActivityDimensions.PrimaryCareNetwork) ? pcn : null,
            d.HasFlag(ActivityDimensions.Practice) ? practice : null,
            d.HasFlag(ActivityDimensions.Period) ? ReportingPeriod.Containing(options.PeriodKind, on) : null);
    }

    private static decimal?[] Row(IReadOnlyList<Happening> g)
    {
        long Count(string what) => g.Count(h => h.What == what);
        long CountOf(string what, Enum category) => g.Count(h => h.What == what && Equals(h.Category, category));
        var row = new List<decimal?>
        {
            Count("contact"),
            g.Where(h => h.What == "contact").Sum(h => h.Ticks) / NodaConstants.TicksPerMinute,
            Count("connection"),
            Count("escalation"),
        };
        row.AddRange(Enum.GetValues<EscalationRecipient>().Distinct().Select(r => (decimal?)CountOf("escalation", r)));
        row.Add(Count("closure"));
        row.AddRange(Enum.GetValues<ClosureReason>().Select(r => (decimal?)CountOf("closure", r)));
        row.Add(Count("ons4"));
        row.Add(Count("pam"));
        row.Add(Count("answer"));
        row.AddRange(Enum.GetValues<FriendsAndFamilyAnswer>().Select(a => (decimal?)CountOf("answer", a)));
        row.Add(g.Count(h => h.Anonymous));
        long answered = g.Count(h => h.What == "answer" && !Equals(h.Category, FriendsAndFamilyAnswer.DontKnow));
        long positive = CountOf("answer", FriendsAndFamilyAnswer.VeryGood) + CountOf("answer", FriendsAndFamilyAnswer.Good);
        row.Add(answered);
        row.Add(positive);
        row.Add(answered == 0 ? null : (decimal)positive / answered);
        return [.. row];
    }

    private sealed record Happening(ActivityGroupKey Key, string What, long Ticks = 0, Enum? Category = null, bool Anonymous = false);
}
