using FsCheck.Xunit;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Referrals.Testing;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(EpisodeArbitraries), typeof(CoreArbitraries), typeof(OutcomeArbitraries)], MaxTest = 200)]
