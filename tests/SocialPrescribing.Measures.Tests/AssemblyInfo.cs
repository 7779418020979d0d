using FsCheck.Xunit;
using SocialPrescribing.Measures.Testing;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(CoreArbitraries), typeof(MeasuresArbitraries)], MaxTest = 300)]
