using FsCheck.Xunit;
using SocialPrescribing.Testing;

// Every [Property] in this assembly can take domain values as parameters.
[assembly: Properties(Arbitrary = [typeof(CoreArbitraries)], MaxTest = 200)]
