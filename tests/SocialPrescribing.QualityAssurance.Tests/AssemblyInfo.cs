using FsCheck.Xunit;
using SocialPrescribing.QualityAssurance.Testing;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(CoreArbitraries), typeof(QualityAssuranceArbitraries)], MaxTest = 200)]
