using FsCheck.Xunit;
using SocialPrescribing.Measures.Testing;
using SocialPrescribing.Referrals.Testing;
using SocialPrescribing.Testing;

[assembly: Properties(
    Arbitrary = [typeof(EpisodeArbitraries), typeof(CoreArbitraries), typeof(MeasuresArbitraries)],
    MaxTest = 200)]
