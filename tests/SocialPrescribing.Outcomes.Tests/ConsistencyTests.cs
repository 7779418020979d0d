using SocialPrescribing.Testing;

namespace SocialPrescribing.Outcomes.Tests;

/// <summary>Reflection checks over the whole public surface (each rule is proven able to fail in Core's tests).</summary>
public class ConsistencyTests
{
    [Fact]
    public void PublicSurface_IsConsistent()
    {
        IReadOnlyList<string> violations = [.. ApiConsistency.AllViolations(typeof(EpisodeOutcomes).Assembly)];
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
