using FsCheck.Xunit;
using SocialPrescribing.CarePlans.Testing;

[assembly: Properties(Arbitrary = [typeof(CarePlanArbitraries)], MaxTest = 200)]
