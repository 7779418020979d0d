using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialPrescribing.Analytics.Tests;

/// <summary>Pseudonyms are HMAC-SHA-256 under the caller's secret, as the BCL's own HMAC class computes it.</summary>
public sealed class PersonKeyHasherTests
{
    private static readonly byte[] Secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Property]
    public bool Pseudonym_IsTheHmacOfTheKeysUtf8_InLowerCaseHex(NonNull<string> key)
    {
        using var hasher = new PersonKeyHasher(Secret);
        using var oracle = new HMACSHA256(Secret);
        return hasher.Pseudonymise(key.Get) == Convert.ToHexString(oracle.ComputeHash(Encoding.UTF8.GetBytes(key.Get))).ToLowerInvariant();
    }

    [Fact]
    public void ALongKey_IsHashedWhole()
    {
        string key = new('x', 10_000);
        using var hasher = new PersonKeyHasher(Secret);
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes(key))), hasher.Pseudonymise(key));
    }

    [Fact]
    public void AnotherSecret_GivesAnotherPseudonym()
    {
        using var one = new PersonKeyHasher(Secret);
        using var other = new PersonKeyHasher([.. Secret.Reverse()]);
        Assert.NotEqual(one.Pseudonymise("9990000026"), other.Pseudonymise("9990000026"));
        Assert.Equal(64, one.Pseudonymise("9990000026").Length);
    }

    [Fact]
    public void AShortSecret_IsRefused()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new PersonKeyHasher(new byte[31]));
        Assert.Equal("secret", e.ParamName);
    }

    [Fact]
    public void ANullKey_IsRefusedByName()
    {
        using var hasher = new PersonKeyHasher(new byte[32]);
        Assert.Equal("personKey", Assert.Throws<ArgumentNullException>(() => hasher.Pseudonymise(null!)).ParamName);
    }

    [Fact]
    public void ADisposedHasher_RefusesToHash()
    {
        var hasher = new PersonKeyHasher(Secret);
        hasher.Dispose();
        Assert.Throws<ObjectDisposedException>(() => hasher.Pseudonymise("P1"));
    }
}
