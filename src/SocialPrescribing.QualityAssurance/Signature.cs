using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.QualityAssurance;

/// <summary>One side's signature on an agreement to connect: the representative's name and the date (seed Appendix 5).</summary>
/// <remarks>The name identifies a person: <see cref="ToString"/> shows only the date.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class Signature
{
    /// <summary>Creates a signature.</summary>
    /// <param name="name">The representative's name.</param>
    /// <param name="signedOn">The date signed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public Signature(string name, LocalDate signedOn)
    {
        Name = TextArguments.Required(name, nameof(name));
        SignedOn = signedOn;
    }

    /// <summary>Gets the representative's name.</summary>
    /// <value>Non-blank text.</value>
    public string Name { get; }

    /// <summary>Gets the date signed.</summary>
    /// <value>A date.</value>
    public LocalDate SignedOn { get; }

    /// <summary>Shows the date only.</summary>
    /// <returns>For example <c>Signed 2026-02-01</c>.</returns>
    public override string ToString() => "Signed " + LocalDatePattern.Iso.Format(SignedOn);
}
