using SocialPrescribing.Testing;

namespace SocialPrescribing.QualityAssurance.Tests;

/// <summary>Reflection checks over the public surface (each rule is proven able to fail in Core's tests).</summary>
public class ConsistencyTests
{
    [Fact]
    public void PublicSurface_IsConsistent() => Assert.Empty(ApiConsistency.AllViolations(typeof(QualityAssuranceCheck).Assembly));
}
