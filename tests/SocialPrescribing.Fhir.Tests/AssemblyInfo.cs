using FsCheck.Xunit;
using SocialPrescribing.Referrals.Testing;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(EpisodeArbitraries), typeof(CoreArbitraries)], MaxTest = 100)]
