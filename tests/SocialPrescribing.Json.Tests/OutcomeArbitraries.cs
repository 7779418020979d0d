using FsCheck;
using FsCheck.Fluent;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Json.Tests;

/// <summary>
/// FsCheck arbitraries of Outcomes' documents, made from the synthetic episodes and coded rows of
/// SocialPrescribing.Outcomes.Testing (the same for the same seed): partials with every grouping and period kind,
/// and the tables they lay out as, published under every policy.
/// </summary>
public static class OutcomeArbitraries
{
    /// <summary>Gets the options of a cohort aggregation: any grouping and period kind, with or without the practices' PCNs, PAM level 4 kept or left out.</summary>
    public static Gen<EpisodeOutcomeOptions> EpisodeOptions { get; } =
        from dimensions in Gen.Choose(0, 15)
        from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
        from networks in Gen.Elements(true, true, false)
        from excludeLevel4 in Gen.Elements(false, true)
        select new EpisodeOutcomeOptions
        {
            Dimensions = (OutcomeDimensions)dimensions,
            PeriodKind = kind,
            PracticeNetworks = networks ? SyntheticEpisodes.PracticeNetworks : new Dictionary<OdsCode, OdsCode>(),
            ExcludePamLevel4AtBaseline = excludeLevel4,
        };

    /// <summary>Gets the options of an activity aggregation: any grouping and period kind, with or without the practices' PCNs.</summary>
    public static Gen<ActivityOptions> ActivityOptions { get; } =
        from dimensions in Gen.Choose(0, 7)
        from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
        from networks in Gen.Elements(true, false)
        select new ActivityOptions
        {
            Dimensions = (ActivityDimensions)dimensions,
            PeriodKind = kind,
            PracticeNetworks = networks ? SyntheticEpisodes.PracticeNetworks : new Dictionary<OdsCode, OdsCode>(),
        };

    /// <summary>Gets cohort partials of 0 to 80 synthetic episodes.</summary>
    public static Gen<EpisodeOutcomeAggregate> EpisodeOutcomes { get; } =
        from count in Gen.Choose(0, 80)
        from seed in Gen.Choose(0, int.MaxValue)
        from options in EpisodeOptions
        select SocialPrescribing.Outcomes.EpisodeOutcomes.Aggregate(SyntheticEpisodes.Generate(count, seed), options);

    /// <summary>Gets activity partials of 0 to 80 synthetic episodes and a few anonymous answers.</summary>
    public static Gen<ActivityAggregate> Activity { get; } =
        from count in Gen.Choose(0, 80)
        from seed in Gen.Choose(0, int.MaxValue)
        from answers in Gen.Choose(0, 3)
        from options in ActivityOptions
        select EpisodeActivity.Aggregate(SyntheticEpisodes.Generate(count, seed), AnonymousAnswers(answers, seed), options);

    /// <summary>Gets coded activity partials of 0 to 400 synthetic rows.</summary>
    public static Gen<CodedActivityPartial> Coded { get; } =
        from count in Gen.Choose(0, 400)
        from seed in Gen.Choose(0, int.MaxValue)
        from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
        select CodedActivity.Aggregate(SyntheticCodedRows.Generate(count, seed), kind);

    /// <summary>Gets the tables of cohort and activity partials.</summary>
    public static Gen<OutcomeTable> Tables { get; } = Gen.OneOf(EpisodeOutcomes.Select(a => a.ToTable()), Activity.Select(a => a.ToTable()));

    /// <summary>Gets every policy: none, NHS Digital's at both levels, and thresholds from 2 to 20.</summary>
    public static Gen<DisclosurePolicy> Policies { get; } = Gen.OneOf(
        Gen.Elements(DisclosurePolicy.None, DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.National), DisclosurePolicy.NhsDigitalHesEcds(PublicationLevel.Subnational)),
        Gen.Choose(2, 20).Select(DisclosurePolicy.SuppressBelow));

    /// <summary>Gets the cohort partials.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EpisodeOutcomeAggregate> EpisodeOutcomeAggregate() => EpisodeOutcomes.ToArbitrary();

    /// <summary>Gets the activity partials.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActivityAggregate> ActivityAggregate() => Activity.ToArbitrary();

    /// <summary>Gets the coded activity partials.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CodedActivityPartial> CodedActivityPartial() => Coded.ToArbitrary();

    /// <summary>Gets unpublished tables.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OutcomeTable> OutcomeTable() => Tables.ToArbitrary();

    /// <summary>Gets tables published under every policy.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PublishedTable> PublishedTable() => (from table in Tables from policy in Policies select policy.Apply(table)).ToArbitrary();

    /// <summary>Anonymous Friends and Family Test answers returned for synthetic practices in 2024/25 and 2025/26.</summary>
    internal static IEnumerable<FriendsAndFamilyResponse> AnonymousAnswers(int count, int seed)
    {
        var random = new Random(seed);
        OdsCode[] practices = [.. SyntheticEpisodes.PracticeNetworks.Keys];
        for (int i = 0; i < count; i++)
        {
            yield return FriendsAndFamilyResponse.Create(
                practices[random.Next(practices.Length)],
                new NodaTime.YearMonth(2024, 4).PlusMonths(random.Next(24)),
                Enum.GetValues<Referrals.FriendsAndFamilyAnswer>()[random.Next(6)]);
        }
    }
}
