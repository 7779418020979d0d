using FsCheck.Xunit;
using SocialPrescribing.Checklists.Testing;
using SocialPrescribing.Testing;

[assembly: Properties(Arbitrary = [typeof(CoreArbitraries), typeof(ChecklistArbitraries)], MaxTest = 200)]
