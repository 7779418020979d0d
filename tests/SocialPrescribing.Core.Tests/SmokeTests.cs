namespace SocialPrescribing.Tests;

public class SmokeTests
{
    [Fact]
    public void One_Equals_One() => Assert.Equal(1, 1);

    [FsCheck.Xunit.Property]
    public bool Reverse_Twice(int[] xs) => xs.Reverse().Reverse().SequenceEqual(xs);
}
