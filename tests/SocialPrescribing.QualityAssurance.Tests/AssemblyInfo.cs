using FsCheck.Xunit;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(QaArbitraries), typeof(MeasuresArbitraries)], MaxTest = 200)]
