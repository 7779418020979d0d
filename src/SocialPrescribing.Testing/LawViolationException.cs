namespace SocialPrescribing.Testing;

/// <summary>Thrown by <see cref="Laws"/> when a value breaks a law its type promises (equality, ordering, hashing).</summary>
public sealed class LawViolationException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public LawViolationException()
    {
    }

    /// <summary>Creates an exception naming the law broken.</summary>
    /// <param name="message">Which law was broken.</param>
    public LawViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception naming the law broken, with its cause.</summary>
    /// <param name="message">Which law was broken.</param>
    /// <param name="innerException">The cause.</param>
    public LawViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
