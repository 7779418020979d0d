using FsCheck.Xunit;
using SocialPrescribing.CarePlans.Testing;
using SocialPrescribing.Json.Tests;
using SocialPrescribing.Checklists.Testing;
using SocialPrescribing.Measures.Testing;
using SocialPrescribing.QualityAssurance.Testing;
using SocialPrescribing.Referrals.Testing;
using SocialPrescribing.Testing;

[assembly: Properties(
    Arbitrary = [typeof(EpisodeArbitraries), typeof(CoreArbitraries), typeof(MeasuresArbitraries), typeof(ChecklistArbitraries), typeof(CarePlanArbitraries), typeof(QualityAssuranceArbitraries), typeof(OutcomeArbitraries)],
    MaxTest = 200)]
