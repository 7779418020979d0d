using FsCheck.Xunit;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(CarePlanArbitraries)], MaxTest = 200)]
