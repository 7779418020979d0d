using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Analytics;

/// <summary>
/// Pseudonymises person keys with a keyed hash (HMAC-SHA-256) under a secret the caller supplies and keeps: the same
/// key and secret always give the same pseudonym, so one person's rows still join across files, while without the
/// secret a pseudonym cannot be traced back or recomputed from a list of NHS numbers (docs/analytics.md,
/// "Pseudonymisation"). The secret is held only in memory, is never written to a file, and is cleared on
/// <see cref="Dispose"/>.
/// </summary>
/// <threadsafety>Safe to share between threads until disposed.</threadsafety>
[DebuggerDisplay("PersonKeyHasher")]
public sealed class PersonKeyHasher : IDisposable
{
    /// <summary>The fewest bytes of secret accepted: as many as the hash gives (RFC 2104 section 3).</summary>
    public const int MinimumSecretLength = 32;

    private readonly byte[] _secret;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="PersonKeyHasher"/> class.</summary>
    /// <param name="secret">The secret: at least <see cref="MinimumSecretLength"/> random bytes, kept by the caller (copied here).</param>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is shorter than <see cref="MinimumSecretLength"/> bytes.</exception>
    public PersonKeyHasher(ReadOnlySpan<byte> secret)
    {
        Preconditions.CheckArgument(secret.Length >= MinimumSecretLength, nameof(secret), AnalyticsMessages.SecretTooShort);
        _secret = secret.ToArray();
    }

    /// <summary>Gets the pseudonym of a person key.</summary>
    /// <param name="personKey">The key: an NHS number, a local key or an extract's own key.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personKey"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The hasher was disposed.</exception>
    public string Pseudonymise(string personKey)
    {
        Preconditions.CheckNotNull(personKey, nameof(personKey));
        ObjectDisposedException.ThrowIf(_disposed, this);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        int length = Encoding.UTF8.GetMaxByteCount(personKey.Length);
        // Stryker disable once all : the guard only chooses the stack for short keys; the bytes hashed are the same either way.
        Span<byte> text = length <= 256 ? stackalloc byte[256] : new byte[length];
        int written = Encoding.UTF8.GetBytes(personKey, text);
        HMACSHA256.HashData(_secret, text[..written], hash);
        // Stryker disable once Statement : clearing the key's bytes is memory hygiene; nothing a caller sees changes.
        text[..written].Clear();
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Clears the secret held.</summary>
    public void Dispose()
    {
        // Stryker disable once Statement : clearing the secret is memory hygiene; a disposed hasher refuses to hash either way (PersonKeyHasherTests).
        CryptographicOperations.ZeroMemory(_secret);
        _disposed = true;
    }
}
