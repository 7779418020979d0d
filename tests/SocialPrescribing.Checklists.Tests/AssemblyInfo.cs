using FsCheck.Xunit;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(ChecklistArbitraries), typeof(MeasuresArbitraries)], MaxTest = 200)]
