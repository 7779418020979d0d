using FsCheck.Xunit;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(MeasuresArbitraries)], MaxTest = 300)]
